import { weekStartKey } from './dates';
import type { Attempt, StatRow } from './db/schema';

// Running aggregates as pure functions. An attempt contributes a fixed set of counters to
// a fixed set of keys; an edit subtracts the old contribution and adds the new one, so the
// incremental path and a full rebuild agree by construction (and a property test checks it).

export type StatCounters = Omit<StatRow, 'key'>;

export function emptyStatRow(key: string): StatRow {
  return {
    key,
    attempts: 0,
    yes: 0,
    partly: 0,
    no: 0,
    noReply: 0,
    awaiting: 0,
    rated: 0,
    forecastSum: 0,
    actualSum: 0,
    expected: 0,
    expectedMet: 0,
  };
}

export const TOTAL_KEY = 'all';
export const weekKey = (monday: string): string => `week:${monday}`;
export const dayStatKey = (day: string): string => `day:${day}`;
export const levelKey = (level: number): string => `level:${level}`;
export const BELIEF_PREFIX = 'belief:';
const BELIEF_MAX = 200;

/** A belief as typed, with spacing tidied: the same words make the same key. */
export function beliefText(belief: string | undefined): string {
  return (belief ?? '').replace(/\s+/g, ' ').trim().slice(0, BELIEF_MAX);
}

/** Only attempts that were actually done count; a commitment alone does not. */
export function statKeysFor(attempt: Attempt): string[] {
  if (attempt.state === 'committed' || !attempt.doneDay) return [];
  const keys = [TOTAL_KEY, weekKey(weekStartKey(attempt.doneDay)), dayStatKey(attempt.doneDay)];
  if (attempt.level >= 1) keys.push(levelKey(attempt.level));
  const belief = beliefText(attempt.belief);
  if (belief) keys.push(BELIEF_PREFIX + belief);
  return keys;
}

export function countersFor(attempt: Attempt): StatCounters {
  const row = emptyStatRow('');
  row.attempts = 1;
  if (attempt.state === 'awaiting') row.awaiting = 1;
  else if (attempt.outcome) row[attempt.outcome] = 1;
  if (attempt.forecastDiscomfort !== undefined && attempt.actualDiscomfort !== undefined) {
    row.rated = 1;
    row.forecastSum = attempt.forecastDiscomfort;
    row.actualSum = attempt.actualDiscomfort;
  }
  if (
    attempt.expectedAnswer &&
    (attempt.outcome === 'yes' || attempt.outcome === 'partly' || attempt.outcome === 'no')
  ) {
    row.expected = 1;
    row.expectedMet = attempt.outcome === attempt.expectedAnswer ? 1 : 0;
  }
  const { key: _key, ...counters } = row;
  return counters;
}

const COUNTER_FIELDS = [
  'attempts',
  'yes',
  'partly',
  'no',
  'noReply',
  'awaiting',
  'rated',
  'forecastSum',
  'actualSum',
  'expected',
  'expectedMet',
] as const satisfies readonly (keyof StatCounters)[];

function addInto(row: StatRow, counters: StatCounters, sign: 1 | -1): void {
  // Rows stored before a counter existed lack it: they start it from 0 (the daily check
  // rebuilds them from history anyway).
  for (const field of COUNTER_FIELDS) row[field] = (row[field] ?? 0) + sign * counters[field];
}

/**
 * Applies an attempt change (insert: no `before`; edit: both; delete: no `after`) to the rows
 * given, creating missing ones. Returns the rows that changed, ready to write back (a row
 * whose counters all came to 0 is one to remove: see isEmptyStatRow).
 */
export function applyAttemptChange(
  rows: Map<string, StatRow>,
  before: Attempt | undefined,
  after: Attempt | undefined,
): StatRow[] {
  const touched = new Map<string, StatRow>();
  const rowFor = (key: string): StatRow => {
    let row = rows.get(key);
    if (!row) {
      row = emptyStatRow(key);
      rows.set(key, row);
    }
    touched.set(key, row);
    return row;
  };
  if (before) {
    const counters = countersFor(before);
    for (const key of statKeysFor(before)) addInto(rowFor(key), counters, -1);
  }
  if (after) {
    const counters = countersFor(after);
    for (const key of statKeysFor(after)) addInto(rowFor(key), counters, 1);
  }
  return [...touched.values()];
}

/**
 * A row no attempt counts in any more (its last attempt deleted or moved): removed rather than
 * kept at 0, so the rows kept are exactly the rows a rebuild from history makes.
 */
export function isEmptyStatRow(row: StatRow): boolean {
  return COUNTER_FIELDS.every((field) => (row[field] ?? 0) === 0);
}

/** Every stat key a change from `before` to `after` (either may be absent) may touch. */
export function statKeysTouched(before: Attempt | undefined, after: Attempt | undefined): string[] {
  return [...new Set([...(before ? statKeysFor(before) : []), ...(after ? statKeysFor(after) : [])])];
}

export function rebuildStats(attempts: Iterable<Attempt>): Map<string, StatRow> {
  const rows = new Map<string, StatRow>();
  for (const attempt of attempts) applyAttemptChange(rows, undefined, attempt);
  return rows;
}
