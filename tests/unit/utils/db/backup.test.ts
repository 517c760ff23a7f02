import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../../utils/backup/parseBackup';
import {
  countAlreadyHere,
  deleteAllData,
  exportBackup,
  holdsData,
  importBackup,
} from '../../../../utils/db/backup';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { rebuildStats } from '../../../../utils/stats';
import { attempt, backupFile, bytesOf } from '../backup/backupFile';
import { dumpDatabase } from './dumpDatabase';
import { seedFixture } from './seedFixture';

let db: AskAnywayDatabase;
beforeEach(async () => {
  db = new AskAnywayDatabase(`backup-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

// Later than everything the fixture writes, so every date in it is "before now".
const NOW = Date.UTC(2026, 10, 30, 12);

/** Export, through the file's own bytes and the checks every import goes through. */
async function roundTrip(database: AskAnywayDatabase) {
  const file = await exportBackup(database, { weeklyGoal: 5 }, NOW);
  const parsed = await parseBackup(bytesOf(file), { now: NOW });
  if (!parsed.ok) throw new Error(`export did not pass its own checks: ${JSON.stringify(parsed.problems)}`);
  return parsed.backup;
}

describe('export → delete everything → import', () => {
  it.each(['replace', 'merge'] as const)('gives back the same database, row by row (%s)', async (mode) => {
    await seedFixture(db);
    const before = await dumpDatabase(db);
    const backup = await roundTrip(db);
    expect(backup.counts.attempts).toBe((before.attempts ?? []).length);
    expect(backup.settings).toEqual({ weeklyGoal: 5 });

    await deleteAllData(db);
    for (const rows of Object.values(await dumpDatabase(db))) expect(rows).toEqual([]);

    await importBackup(db, backup, mode);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('writes a header with app, versions, time and counts', async () => {
    await seedFixture(db);
    const file = await exportBackup(db, null, NOW);
    expect(file).toMatchObject({ app: 'ask-anyway', formatVersion: 1, schemaVersion: 1 });
    expect(file.exportedAt).toBe('2026-11-30T12:00:00.000Z');
    expect(file.counts.attempts).toBe(await db.attempts.count());
    expect(file.counts.meta).toBe(await db.meta.count());
    expect(Object.keys(file.stores)).not.toContain('stats');
  });
});

describe('importBackup', () => {
  it('rebuilds the aggregates from the asks it leaves', async () => {
    await importBackup(db, backupFile([attempt(1), attempt(2), attempt(3)]), 'replace');
    const expected = [...rebuildStats(await db.attempts.toArray()).values()];
    expect(await db.stats.toArray()).toEqual(expect.arrayContaining(expected));
    expect(await db.stats.count()).toBe(expected.length);
    expect((await db.stats.get('all'))?.attempts).toBe(3);
  });

  it('replace removes what the backup does not hold', async () => {
    await importBackup(db, backupFile([attempt(1), attempt(2)]), 'replace');
    await importBackup(db, backupFile([attempt(3)]), 'replace');
    expect((await db.attempts.toArray()).map((a) => a.id)).toEqual(['attempt-3']);
  });

  it('merge keeps what is here, adds what is new, and the newer edit of an ask wins', async () => {
    await importBackup(db, backupFile([attempt(1), attempt(2, 2, { askTitle: 'old title' })]), 'replace');
    const newer = attempt(2, 2, { askTitle: 'new title', updatedAt: attempt(2).updatedAt + 1 });
    const older = attempt(1, 1, { askTitle: 'stale', updatedAt: attempt(1).updatedAt - 1 });
    await importBackup(db, backupFile([older, newer, attempt(3)]), 'merge');
    const titles = (await db.attempts.toArray()).map((a) => [a.id, a.askTitle]);
    expect(titles).toEqual([
      ['attempt-1', 'Ask number 1'],
      ['attempt-2', 'new title'],
      ['attempt-3', 'Ask number 3'],
    ]);
    expect((await db.stats.get('all'))?.attempts).toBe(3);
  });

  it('merge never replaces a reflection with an empty or older one', async () => {
    await importBackup(db, backupFile([attempt(1)]), 'replace');
    const later = attempt(1).updatedAt + 10;
    const empty = { expected: '', happened: ' ', thoughtsFeelings: '', beliefUpdate: '', reflectedAt: later };
    const olderText = { ...empty, happened: 'older words', reflectedAt: 1 };
    await importBackup(db, backupFile([attempt(1, 1, { reflection: empty, updatedAt: later })]), 'merge');
    expect((await db.attempts.get('attempt-1'))?.reflection?.happened).toBe('A yes');
    await importBackup(
      db,
      backupFile([attempt(1, 1, { reflection: olderText, updatedAt: later + 1 })]),
      'merge',
    );
    const kept = await db.attempts.get('attempt-1');
    expect(kept?.reflection?.happened).toBe('A yes');
    expect(kept?.updatedAt).toBe(later + 1);
  });

  it('merge adds events once, however often the same backup comes in', async () => {
    const file = backupFile();
    await importBackup(db, file, 'merge');
    await importBackup(db, file, 'merge');
    expect(await db.cardEvents.count()).toBe(1);
    expect(await db.ladderEvents.count()).toBe(1);
    expect(await db.safetyEvents.count()).toBe(file.stores.safetyEvents.length);
  });

  it('merge keeps this device’s place but takes the ladder position that moved last', async () => {
    await db.meta.bulkPut([
      { key: 'ladder', value: { level: 1, since: 5 } },
      { key: 'popupFlow', value: { step: 'forecast', askId: 'feedback_02' } },
    ]);
    await importBackup(db, backupFile(), 'merge');
    expect((await db.meta.get('ladder'))?.value).toMatchObject({ level: 2 });
    expect((await db.meta.get('popupFlow'))?.value).toEqual({ step: 'forecast', askId: 'feedback_02' });
  });

  it('a write that fails half-way leaves the database exactly as it was', async () => {
    await seedFixture(db);
    const before = await dumpDatabase(db);
    vi.spyOn(db.meta, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(importBackup(db, backupFile([attempt(7)]), 'replace')).rejects.toThrow('disk full');
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('knows whether anything here would be replaced', async () => {
    expect(await holdsData(db)).toBe(false);
    await db.meta.put({ key: 'popupFlow', value: { step: 'card' } });
    expect(await holdsData(db)).toBe(false);
    await importBackup(db, backupFile([attempt(1)]), 'replace');
    expect(await holdsData(db)).toBe(true);
  });

  it('counts the backup’s asks and custom asks that are here already', async () => {
    await importBackup(db, backupFile([attempt(1)]), 'replace');
    expect(await countAlreadyHere(db, backupFile([attempt(1), attempt(2)]))).toEqual({
      asks: 1,
      customAsks: 1,
      asksHere: 1,
    });
  });
});
