import type { SafetyEvent } from '../db/schema';
import { AVOIDANCE_WINDOW_DAYS, DAY_MS } from '../ladder/rules';
import type { Concern, ConcernKind } from './detectConcern';

// Every time the safety card speaks is a row in safetyEvents, with the numbers it put into
// words, and later the person's choice. Pages show the open one (spoken, not yet answered)
// until it is answered or a day has passed; the detector reads the rows to keep each kind
// quiet inside its window. Pure, so the new tab (which reads without Dexie) shares it.

/** A card nobody answered stays on screen this long, then goes quietly. */
export const OPEN_FOR_MS = DAY_MS;

const CONCERN_KINDS: ReadonlySet<string> = new Set<ConcernKind>([
  'feltMuchWorse',
  'risingDiscomfort',
  'avoidance',
  'distressAtBottom',
]);

/** A row the safety card wrote (not an older kind no longer in use). */
export function isConcernRow(row: SafetyEvent): boolean {
  return CONCERN_KINDS.has(row.kind);
}

/** What the card shows: the concern, the row it was recorded as, and the level it spoke at. */
export interface OpenConcern {
  eventId: number;
  at: number;
  level: number;
  concern: Concern;
}

export function eventRow(concern: Concern, at: number, level: number): SafetyEvent {
  const base = { at, kind: concern.kind, level };
  switch (concern.kind) {
    case 'feltMuchWorse':
      return {
        ...base,
        attemptId: concern.attemptId,
        actual: concern.actual,
        ...(concern.forecast !== undefined && { forecast: concern.forecast }),
      };
    case 'risingDiscomfort':
      return { ...base, recentMean: concern.recentMean, earlierMean: concern.earlierMean };
    case 'avoidance':
      return { ...base, skips: concern.skips };
    case 'distressAtBottom':
      return {
        ...base,
        because: concern.because,
        ...(concern.attemptId && { attemptId: concern.attemptId }),
      };
  }
}

/** The concern a row recorded, or null for a row that is not one (an older kind, a bad import). */
export function concernOf(row: SafetyEvent): Concern | null {
  switch (row.kind) {
    case 'feltMuchWorse':
      // Without the rating it spoke of there is nothing true to show.
      return row.actual === undefined
        ? null
        : {
            kind: 'feltMuchWorse',
            attemptId: row.attemptId ?? '',
            actual: row.actual,
            ...(row.forecast !== undefined && { forecast: row.forecast }),
          };
    case 'risingDiscomfort':
      return { kind: 'risingDiscomfort', recentMean: row.recentMean ?? 0, earlierMean: row.earlierMean ?? 0 };
    case 'avoidance':
      return { kind: 'avoidance', skips: row.skips ?? 0, days: AVOIDANCE_WINDOW_DAYS };
    case 'distressAtBottom':
      return {
        kind: 'distressAtBottom',
        because: row.because ?? 'feltMuchWorse',
        ...(row.attemptId && { attemptId: row.attemptId }),
      };
    default:
      return null;
  }
}

function openConcern(row: SafetyEvent): OpenConcern | null {
  const concern = concernOf(row);
  return concern && row.id !== undefined
    ? { eventId: row.id, at: row.at, level: row.level ?? 1, concern }
    : null;
}

/**
 * The newest unanswered concern among `rows` that spoke less than a day before `now`. An
 * avoidance card goes once an ask has been done after it (`lastAskAt`): it would no longer
 * be true.
 */
export function openConcernAmong(
  rows: readonly SafetyEvent[],
  now: number,
  lastAskAt = 0,
): OpenConcern | null {
  const open = rows
    .filter(
      (row) =>
        row.choice === undefined &&
        isConcernRow(row) &&
        row.at > now - OPEN_FOR_MS &&
        row.at <= now &&
        !(row.kind === 'avoidance' && row.at < lastAskAt),
    )
    .sort((a, b) => a.at - b.at)
    .at(-1);
  return open ? openConcern(open) : null;
}
