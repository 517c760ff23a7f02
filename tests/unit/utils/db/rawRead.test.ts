import { afterEach, describe, expect, it } from 'vitest';
import { loadJournal } from '../../../../components/newtab/loadJournal';
import { importAttempts } from '../../../../utils/db/attempts';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { openRawReader } from '../../../../utils/db/rawRead';
import type { Attempt } from '../../../../utils/db/schema';
import { NO_CRITERIA } from '../../../../utils/journal';

const opened: AskAnywayDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function attempt(i: number, reflected: boolean): Attempt {
  const day = `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return {
    id: `a${String(i).padStart(4, '0')}`,
    askSource: 'catalogue',
    askId: 'feedback_01',
    askTitle: `Ask ${i}`,
    level: 1,
    category: 'feedback',
    state: 'answered',
    outcome: 'yes',
    committedAt: i,
    doneAt: i,
    doneDay: day,
    updatedAt: i,
    ...(reflected && {
      reflection: { expected: 'e', happened: 'h', thoughtsFeelings: 't', beliefUpdate: 'b' },
    }),
  };
}

describe('raw reads for the new tab', () => {
  it('finds no database before the first save, and does not create one', async () => {
    expect(await openRawReader()).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain('ask-anyway');
  });

  it('reads the journal newest first, a page at a time', async () => {
    const db = new AskAnywayDatabase();
    opened.push(db);
    await importAttempts(
      db,
      Array.from({ length: 25 }, (_, i) => attempt(i, true)),
    );
    const reader = await openRawReader();
    if (!reader) throw new Error('no reader');
    const first = await loadJournal(reader, NO_CRITERIA, 0);
    expect(first.entries.map((e) => e.askTitle)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Ask ${24 - i}`),
    );
    expect(first.hasMore).toBe(true);
    const last = await loadJournal(reader, NO_CRITERIA, 2);
    expect(last.entries.map((e) => e.askTitle)).toEqual(['Ask 4', 'Ask 3', 'Ask 2', 'Ask 1', 'Ask 0']);
    expect(last.hasMore).toBe(false);
    reader.close();
  });

  it('stops a load-path read after a bounded number of attempts, and says more may exist', async () => {
    const db = new AskAnywayDatabase();
    opened.push(db);
    // 60 attempts, only the oldest reflected on: a bounded first page must not read them all.
    await importAttempts(
      db,
      Array.from({ length: 60 }, (_, i) => attempt(i, i === 0)),
    );
    const reader = await openRawReader();
    if (!reader) throw new Error('no reader');
    const bounded = await loadJournal(reader, NO_CRITERIA, 0, 20);
    expect(bounded.entries).toEqual([]);
    expect(bounded.hasMore).toBe(true);
    const full = await loadJournal(reader, NO_CRITERIA, 0);
    expect(full.entries.map((e) => e.askTitle)).toEqual(['Ask 0']);
    expect(full.hasMore).toBe(false);
    reader.close();
  });
});
