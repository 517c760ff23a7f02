import { AVOIDANCE_SKIPS, AVOIDANCE_WINDOW_DAYS, clampLevel, DAY_MS, MIN_LEVEL } from '../ladder/rules';

// Knowing when to stop (principle 8), as a pure rule over the person's own history: which
// trend, if any, is worth a calm word now. The pages show it and record that it spoke; this
// decides nothing else, and never blocks anything.

export type ConcernKind = 'feltMuchWorse' | 'risingDiscomfort' | 'avoidance' | 'distressAtBottom';

/** An ask that was done, with its ratings (0–10) where the person gave them. */
export interface RatedAsk {
  id: string;
  doneAt: number;
  forecast?: number;
  actual?: number;
}

/** A step away from practice: an easier card, "not today", or a commitment let go. */
export interface Skip {
  at: number;
}

/** A time a concern was shown (and so will not be shown again inside its window). */
export interface ConcernSpoken {
  kind: ConcernKind;
  at: number;
}

export interface ConcernInput {
  now: number;
  level: number;
  asks: readonly RatedAsk[];
  skips: readonly Skip[];
  spoken: readonly ConcernSpoken[];
}

/** What was noticed, with the numbers the page puts into words. */
export type Concern =
  | { kind: 'feltMuchWorse'; attemptId: string; actual: number; forecast?: number }
  | { kind: 'risingDiscomfort'; recentMean: number; earlierMean: number }
  | { kind: 'avoidance'; skips: number; days: number }
  | { kind: 'distressAtBottom'; because: 'feltMuchWorse' | 'risingDiscomfort'; attemptId?: string };

/** Each kind speaks at most once in this many days, whatever the person chose. */
export const CONCERN_WINDOW_DAYS = 7;
/** One ask this hard is enough to say something. */
export const MUCH_WORSE_ACTUAL = 9;
/** Or an ask this much harder than forecast, when it was also at least… */
export const WORSE_THAN_FORECAST_BY = 4;
export const WORSE_THAN_FORECAST_MIN = 8;
/** Rising: the mean of the last five rated asks this far above the five before… */
export const RISING_BY = 2;
export const RISING_GROUP = 5;
/** …with at least this many rated asks in all… */
export const RISING_MIN_RATED = 8;
/** …among those done in the last six weeks, the newest of them inside the window. */
export const RISING_LOOKBACK_DAYS = 42;

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Whether one ask, by itself, felt much worse than anyone should be left alone with. */
export function feltMuchWorse({ actual, forecast }: Pick<RatedAsk, 'actual' | 'forecast'>): boolean {
  if (actual === undefined) return false;
  if (actual >= MUCH_WORSE_ACTUAL) return true;
  return (
    forecast !== undefined && actual - forecast >= WORSE_THAN_FORECAST_BY && actual >= WORSE_THAN_FORECAST_MIN
  );
}

/** When one of `kinds` last spoke (before or at `now`), or 0. */
function lastSpoke(spoken: readonly ConcernSpoken[], kinds: readonly ConcernKind[], now: number): number {
  return Math.max(0, ...spoken.filter((s) => kinds.includes(s.kind) && s.at <= now).map((s) => s.at));
}

function spokeRecently(
  spoken: readonly ConcernSpoken[],
  kinds: readonly ConcernKind[],
  now: number,
): boolean {
  return lastSpoke(spoken, kinds, now) > now - CONCERN_WINDOW_DAYS * DAY_MS;
}

function muchWorseAsk({ asks, now }: ConcernInput): RatedAsk | undefined {
  const since = now - CONCERN_WINDOW_DAYS * DAY_MS;
  return asks
    .filter((ask) => ask.doneAt > since && ask.doneAt <= now && feltMuchWorse(ask))
    .sort((a, b) => b.doneAt - a.doneAt)[0];
}

/**
 * Only on fresh evidence: the newest rated ask is inside the window and came after a check-in
 * about distress last spoke, so asks already spoken of are never spoken of again.
 */
function rising({
  asks,
  now,
  spoken,
}: ConcernInput): { recentMean: number; earlierMean: number } | undefined {
  const from = now - RISING_LOOKBACK_DAYS * DAY_MS;
  const inLookback = asks
    .filter((ask): ask is RatedAsk & { actual: number } => ask.actual !== undefined && ask.doneAt <= now)
    .filter((ask) => ask.doneAt > from)
    .sort((a, b) => a.doneAt - b.doneAt);
  const newest = inLookback.at(-1)?.doneAt ?? 0;
  // Any check-in about distress since the newest rated ask has spoken of these same asks.
  const spokeOfIt = lastSpoke(spoken, ['risingDiscomfort', 'distressAtBottom', 'feltMuchWorse'], now);
  if (newest <= now - CONCERN_WINDOW_DAYS * DAY_MS || newest <= spokeOfIt) return undefined;
  const rated = inLookback.map((ask) => ask.actual);
  if (rated.length < RISING_MIN_RATED) return undefined;
  const recent = rated.slice(-RISING_GROUP);
  const earlier = rated.slice(-2 * RISING_GROUP, -RISING_GROUP);
  const [recentMean, earlierMean] = [mean(recent), mean(earlier)];
  // Rounded: 4.6 − 2.6 is 1.9999999999999996 in floating point, and two points is two points.
  return round1(recentMean - earlierMean) >= RISING_BY
    ? { recentMean: round1(recentMean), earlierMean: round1(earlierMean) }
    : undefined;
}

/** Skips counted since the window began, and only those after avoidance last spoke. */
function avoiding({ asks, skips, now, spoken }: ConcernInput): number | undefined {
  const since = now - AVOIDANCE_WINDOW_DAYS * DAY_MS;
  if (asks.some((ask) => ask.doneAt > since && ask.doneAt <= now)) return undefined;
  const after = Math.max(since, lastSpoke(spoken, ['avoidance'], now));
  const count = skips.filter((skip) => skip.at > after && skip.at <= now).length;
  return count >= AVOIDANCE_SKIPS ? count : undefined;
}

/**
 * The one concern to show now, or null. Distress comes first, and at the bottom rung (where a
 * step down is impossible) it is its own kind, so the page offers pause and carry on only. A
 * kind that spoke inside its window stays quiet, whatever was chosen then.
 */
export function detectConcern(input: ConcernInput): Concern | null {
  const { now, level, spoken } = input;
  const worse = muchWorseAsk(input);
  const risingNow = worse ? undefined : rising(input);
  // A hard ask and distress at the bottom are one family, as are a rising trend and distress at
  // the bottom: a step down to the first level must not make the same ask speak again.
  if ((worse || risingNow) && level <= MIN_LEVEL) {
    const family: ConcernKind[] = ['distressAtBottom', worse ? 'feltMuchWorse' : 'risingDiscomfort'];
    if (spokeRecently(spoken, family, now)) return null;
    return {
      kind: 'distressAtBottom',
      because: worse ? 'feltMuchWorse' : 'risingDiscomfort',
      ...(worse && { attemptId: worse.id }),
    };
  }
  if (worse && !spokeRecently(spoken, ['feltMuchWorse', 'distressAtBottom'], now))
    return {
      kind: 'feltMuchWorse',
      attemptId: worse.id,
      actual: worse.actual ?? 0,
      ...(worse.forecast !== undefined && { forecast: worse.forecast }),
    };
  const risingAny = risingNow ?? rising(input);
  if (risingAny && !spokeRecently(spoken, ['risingDiscomfort', 'distressAtBottom'], now))
    return { kind: 'risingDiscomfort', ...risingAny };
  const skipped = avoiding(input);
  if (skipped !== undefined && !spokeRecently(spoken, ['avoidance'], now))
    return { kind: 'avoidance', skips: skipped, days: AVOIDANCE_WINDOW_DAYS };
  return null;
}

/** "Step down a level": one rung, never below the first. */
export function stepDownLevel(level: number): number {
  return clampLevel(level - 1);
}
