import {
  AVOIDANCE_SKIPS,
  AVOIDANCE_WINDOW_DAYS,
  clampLevel,
  DAY_MS,
  EASY_ACTUAL_MAX,
  EASY_ASKS_TO_STEP_UP,
  EASY_MARGIN_BELOW_FORECAST,
  HARD_ACTUAL_MIN,
  MAX_LEVEL,
  MIN_LEVEL,
  VERY_HARD_ACTUAL_MIN,
} from './rules';

/** A done attempt as the ladder sees it: the answer itself plays no part. */
export interface RatedAttempt {
  doneAt: number;
  level: number;
  forecast?: number;
  actual: number;
}

export interface SkipEvent {
  at: number;
  action: 'easier' | 'notToday';
}

export interface ProgressionInput {
  level: number;
  /** When the level last changed (0 if never): only what happened after it counts. */
  levelSince: number;
  attempts: readonly RatedAttempt[];
  skips: readonly SkipEvent[];
  now: number;
}

export type LadderReason =
  | { code: 'upEasy'; count: number }
  | { code: 'downVeryHard'; actual: number }
  | { code: 'downTwoHard' }
  | { code: 'downAvoidance'; skips: number }
  | { code: 'stayTop' }
  | { code: 'stayBottom' }
  | { code: 'stayProgress'; easy: number; needed: number };

export interface LadderDecision {
  from: number;
  to: number;
  reason: LadderReason;
}

export function feltEasy(attempt: RatedAttempt): boolean {
  return (
    attempt.actual <= EASY_ACTUAL_MAX ||
    (attempt.forecast !== undefined && attempt.forecast - attempt.actual >= EASY_MARGIN_BELOW_FORECAST)
  );
}

/**
 * Where the ladder goes after what the user did: at most one step, never out of 1–10,
 * always with a reason the UI can show. Stepping down wins over stepping up: when an ask
 * hurt, the next one should be gentler whatever came before.
 */
export function decideLevel(input: ProgressionInput): LadderDecision {
  const from = clampLevel(input.level);
  const since = input.attempts.filter((a) => a.doneAt > input.levelSince).sort((a, b) => a.doneAt - b.doneAt);
  const down = (reason: LadderReason): LadderDecision =>
    from > MIN_LEVEL ? { from, to: from - 1, reason } : { from, to: from, reason: { code: 'stayBottom' } };

  const last = since[since.length - 1];
  if (last && last.actual >= VERY_HARD_ACTUAL_MIN) return down({ code: 'downVeryHard', actual: last.actual });
  const previous = since[since.length - 2];
  if (last && previous && last.actual >= HARD_ACTUAL_MIN && previous.actual >= HARD_ACTUAL_MIN) {
    return down({ code: 'downTwoHard' });
  }

  const windowStart = input.now - AVOIDANCE_WINDOW_DAYS * DAY_MS;
  const skips = input.skips.filter(
    (s) => s.at > input.levelSince && s.at >= windowStart && s.at <= input.now,
  ).length;
  const attemptedInWindow = since.some((a) => a.doneAt >= windowStart);
  if (skips >= AVOIDANCE_SKIPS && !attemptedInWindow) return down({ code: 'downAvoidance', skips });

  const easy = since.filter((a) => a.level === from && feltEasy(a)).length;
  if (easy >= EASY_ASKS_TO_STEP_UP) {
    return from < MAX_LEVEL
      ? { from, to: from + 1, reason: { code: 'upEasy', count: easy } }
      : { from, to: from, reason: { code: 'stayTop' } };
  }
  return { from, to: from, reason: { code: 'stayProgress', easy, needed: EASY_ASKS_TO_STEP_UP } };
}

export interface ManualLevelChange {
  to: number;
  /** A jump of more than one level needs the user to confirm, after a note on small steps. */
  needsConfirmation: boolean;
}

export function manualLevelChange(from: number, requested: number): ManualLevelChange {
  const to = clampLevel(requested);
  return { to, needsConfirmation: Math.abs(to - clampLevel(from)) > 1 };
}
