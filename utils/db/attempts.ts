import { dayKey, weekStartKey } from '../dates';
import { applyAttemptChange, rebuildStats, statKeysTouched, weekKey } from '../stats';
import type { AskAnywayDatabase } from './database';
import type { Attempt, StatRow } from './schema';

/** Writes an attempt and its share of the running aggregates in one transaction. */
export async function putAttempt(db: AskAnywayDatabase, after: Attempt, draftKey?: string): Promise<void> {
  await db.transaction('rw', [db.attempts, db.stats, db.drafts], async () => {
    const before = await db.attempts.get(after.id);
    const keys = statKeysTouched(before, after);
    const existing = await db.stats.bulkGet(keys);
    const rows = new Map<string, StatRow>();
    for (const row of existing) if (row) rows.set(row.key, row);
    const changed = applyAttemptChange(rows, before, after);
    await db.attempts.put(after);
    await db.stats.bulkPut(changed);
    if (draftKey) await db.drafts.delete(draftKey);
  });
}

/** Aggregates of the week that contains `now` (undefined: nothing logged yet). */
export function getWeekStats(db: AskAnywayDatabase, now: number): Promise<StatRow | undefined> {
  return db.stats.get(weekKey(weekStartKey(dayKey(now))));
}

/** Recomputes every aggregate from history: the repair path, never the load path. */
export async function rebuildAllStats(db: AskAnywayDatabase): Promise<void> {
  await db.transaction('rw', [db.attempts, db.stats], async () => {
    const rows = rebuildStats(await db.attempts.toArray());
    await db.stats.clear();
    await db.stats.bulkPut([...rows.values()]);
  });
}

/**
 * Adds many attempts at once (an import, or a benchmark's seeded history) and rebuilds the
 * aggregates from the whole history in the same transaction, so they can never disagree.
 */
export async function importAttempts(db: AskAnywayDatabase, attempts: readonly Attempt[]): Promise<void> {
  await db.transaction('rw', [db.attempts, db.stats], async () => {
    await db.attempts.bulkPut([...attempts]);
    const rows = rebuildStats(await db.attempts.toArray());
    await db.stats.clear();
    await db.stats.bulkPut([...rows.values()]);
  });
}

const VERIFIED_KEY = 'statsVerifiedDay';

function sameCounters(a: StatRow, b: StatRow): boolean {
  return (Object.keys(a) as (keyof StatRow)[]).every((field) => a[field] === b[field]);
}

/**
 * The repair path, run in the background (never on a page's load path): once a day, or
 * sooner when the total disagrees with the attempts, recompute every aggregate from history
 * and put right any row that is missing, extra or wrong. Resolves to whether anything changed.
 */
export async function verifyStats(db: AskAnywayDatabase, now: number): Promise<boolean> {
  return db.transaction('rw', [db.attempts, db.stats, db.meta], async () => {
    const today = dayKey(now);
    const verifiedToday = (await db.meta.get(VERIFIED_KEY))?.value === today;
    if (verifiedToday) {
      // Two native counts (no cursor over the rows): every attempt less the commitments.
      const done =
        (await db.attempts.count()) - (await db.attempts.where('state').equals('committed').count());
      const total = await db.stats.get('all');
      if ((total?.attempts ?? 0) === done) return false;
    }
    const expected = rebuildStats(await db.attempts.toArray());
    const stored = await db.stats.toArray();
    const wrong =
      stored.length !== expected.size ||
      stored.some((row) => {
        const want = expected.get(row.key);
        return !want || !sameCounters(want, row);
      });
    await db.meta.put({ key: VERIFIED_KEY, value: today });
    if (!wrong) return false;
    await db.stats.clear();
    await db.stats.bulkPut([...expected.values()]);
    return true;
  });
}
