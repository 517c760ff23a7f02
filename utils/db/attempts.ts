import { type AttemptEdit, applyAttemptEdit, canEdit, changesAttempt } from '../attemptEdit';
import { dayKey, weekStartKey } from '../dates';
import { applyAttemptChange, isEmptyStatRow, rebuildStats, statKeysTouched, weekKey } from '../stats';
import type { AskAnywayDatabase } from './database';
import { FLOW_KEY, getFlow } from './flow';
import type { Attempt, Draft, MetaRow, StatRow } from './schema';

/**
 * Moves the running aggregates by one attempt's change (insert, edit or, with no `after`,
 * delete). Call inside a transaction that holds the stats table.
 */
async function writeStatChange(
  db: AskAnywayDatabase,
  before: Attempt | undefined,
  after: Attempt | undefined,
): Promise<void> {
  const existing = await db.stats.bulkGet(statKeysTouched(before, after));
  const rows = new Map<string, StatRow>();
  for (const row of existing) if (row) rows.set(row.key, row);
  const changed = applyAttemptChange(rows, before, after);
  await db.stats.bulkDelete(changed.filter(isEmptyStatRow).map((row) => row.key));
  await db.stats.bulkPut(changed.filter((row) => !isEmptyStatRow(row)));
}

/** Writes an attempt and its share of the running aggregates in one transaction. */
export async function putAttempt(db: AskAnywayDatabase, after: Attempt, draftKey?: string): Promise<void> {
  await db.transaction('rw', [db.attempts, db.stats, db.drafts], async () => {
    const before = await db.attempts.get(after.id);
    await writeStatChange(db, before, after);
    await db.attempts.put(after);
    if (draftKey) await db.drafts.delete(draftKey);
  });
}

export class AttemptMissingError extends Error {
  constructor(id: string) {
    super(`no attempt ${id} (deleted elsewhere?)`);
  }
}

/**
 * A correction of what the person entered (the answer, how it felt, the reflection), with the
 * aggregates moved and the edit's draft removed in the same transaction. The ladder is not
 * asked again: a move it made stays made. Resolves to the attempt as it is now.
 */
export async function editAttempt(
  db: AskAnywayDatabase,
  id: string,
  edit: AttemptEdit,
  now: number,
  draftKey?: string,
): Promise<Attempt> {
  return db.transaction('rw', [db.attempts, db.stats, db.drafts], async () => {
    const before = await db.attempts.get(id);
    if (!before) throw new AttemptMissingError(id);
    if (!canEdit(before)) throw new Error('an ask not done yet has nothing to correct');
    const after = applyAttemptEdit(before, edit, now);
    if (!changesAttempt(before, after)) {
      if (draftKey) await db.drafts.delete(draftKey);
      return before;
    }
    await putAttempt(db, after, draftKey);
    return after;
  });
}

/** What a delete took away, kept by the page that did it so that Undo can put it all back. */
export interface DeletedAttempt {
  attempt: Attempt;
  /** Text being typed about it (a reflection, an edit), keyed `…:<attempt id>`. */
  drafts: Draft[];
  /** The popup's flow, when it pointed at the attempt, and the ladder decision kept for its summary. */
  meta: MetaRow[];
}

const decisionKey = (id: string) => `decision:${id}`;

/**
 * Deletes one attempt and, in the same transaction, its share of every aggregate, the drafts
 * about it and the popup's place on it (the flow goes back to the card). Moves of the ladder
 * it took part in stay made. Resolves to everything removed, for restoreAttempt.
 */
export async function deleteAttempt(db: AskAnywayDatabase, id: string): Promise<DeletedAttempt> {
  return db.transaction('rw', [db.attempts, db.stats, db.drafts, db.meta], async () => {
    const attempt = await db.attempts.get(id);
    if (!attempt) throw new AttemptMissingError(id);
    const drafts = await db.drafts.filter((draft) => draft.key.endsWith(`:${id}`)).toArray();
    const flowRow = await db.meta.get(FLOW_KEY);
    const flow = await getFlow(db);
    const pointsHere = 'attemptId' in flow && flow.attemptId === id;
    const decision = await db.meta.get(decisionKey(id));
    const meta = [...(pointsHere && flowRow ? [flowRow] : []), ...(decision ? [decision] : [])];

    await writeStatChange(db, attempt, undefined);
    await db.attempts.delete(id);
    await db.drafts.bulkDelete(drafts.map((draft) => draft.key));
    if (decision) await db.meta.delete(decision.key);
    if (pointsHere) await db.meta.put({ key: FLOW_KEY, value: { step: 'card' } });
    return { attempt, drafts, meta };
  });
}

/**
 * Undo for deleteAttempt: the same row and its aggregates, the drafts, and the popup's place on
 * it (only while the popup is still on the card: an ask started since is never pushed aside).
 * Putting back an attempt that is there already changes nothing.
 */
export async function restoreAttempt(db: AskAnywayDatabase, deleted: DeletedAttempt): Promise<void> {
  await db.transaction('rw', [db.attempts, db.stats, db.drafts, db.meta], async () => {
    await putAttempt(db, deleted.attempt);
    for (const draft of deleted.drafts) if (!(await db.drafts.get(draft.key))) await db.drafts.put(draft);
    for (const row of deleted.meta) {
      if (row.key === FLOW_KEY && (await getFlow(db)).step !== 'card') continue;
      await db.meta.put(row);
    }
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
