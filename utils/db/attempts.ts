import { dayKey, weekStartKey } from '../dates';
import { applyAttemptChange, rebuildStats, statKeysTouched, weekKey } from '../stats';
import type { AskAnywayDatabase } from './database';
import type { Attempt, Outcome, StatRow } from './schema';

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

export interface QuickLogInput {
  title: string;
  outcome: Outcome;
}

/** The minimal "I asked, here is what happened" record, logged from the popup. */
export async function logQuickAttempt(
  db: AskAnywayDatabase,
  input: QuickLogInput,
  now: number,
  draftKey?: string,
): Promise<Attempt> {
  const awaiting = input.outcome === 'noReply';
  const attempt: Attempt = {
    id: crypto.randomUUID(),
    askSource: 'quick',
    askId: '',
    askTitle: input.title.trim(),
    level: 0,
    category: 'other',
    state: awaiting ? 'awaiting' : 'answered',
    committedAt: now,
    doneAt: now,
    doneDay: dayKey(now),
    ...(awaiting ? {} : { outcome: input.outcome, answeredAt: now }),
    updatedAt: now,
  };
  await putAttempt(db, attempt, draftKey);
  return attempt;
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
