import { afterEach, describe, expect, it } from 'vitest';
import { importAttempts } from '../../../../utils/db/attempts';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { loadJournal } from '../../../../utils/db/journal';
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

async function databaseWith(attempts: Attempt[]): Promise<AskAnywayDatabase> {
  const db = new AskAnywayDatabase(`journal-test-${opened.length}`);
  opened.push(db);
  await importAttempts(db, attempts);
  return db;
}

describe('the journal, read a page at a time', () => {
  it('reads newest first, a page at a time', async () => {
    const db = await databaseWith(Array.from({ length: 25 }, (_, i) => attempt(i, true)));
    const first = await loadJournal(db, NO_CRITERIA, 0);
    expect(first.entries.map((e) => e.askTitle)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Ask ${24 - i}`),
    );
    expect(first.hasMore).toBe(true);
    const last = await loadJournal(db, NO_CRITERIA, 2);
    expect(last.entries.map((e) => e.askTitle)).toEqual(['Ask 4', 'Ask 3', 'Ask 2', 'Ask 1', 'Ask 0']);
    expect(last.hasMore).toBe(false);
  });

  it('skips attempts with no reflection and keeps to the day range', async () => {
    const db = await databaseWith(Array.from({ length: 40 }, (_, i) => attempt(i, i % 2 === 0)));
    const ranged = await loadJournal(db, { ...NO_CRITERIA, from: '2026-01-05', to: '2026-01-12' }, 0);
    // Days 5 to 12 of January are attempts 4 to 11; the even ones were reflected on.
    expect(ranged.entries.map((e) => e.askTitle)).toEqual(['Ask 10', 'Ask 8', 'Ask 6', 'Ask 4']);
    expect(ranged.hasMore).toBe(false);
  });

  it('stops a load-path read after a bounded number of attempts, and says more may exist', async () => {
    // 60 attempts, only the oldest reflected on: a bounded first page must not read them all.
    const db = await databaseWith(Array.from({ length: 60 }, (_, i) => attempt(i, i === 0)));
    const bounded = await loadJournal(db, NO_CRITERIA, 0, 20);
    expect(bounded.entries).toEqual([]);
    expect(bounded.hasMore).toBe(true);
    const full = await loadJournal(db, NO_CRITERIA, 0);
    expect(full.entries.map((e) => e.askTitle)).toEqual(['Ask 0']);
    expect(full.hasMore).toBe(false);
  });
});
