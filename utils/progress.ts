import { addDays, type DayKey, dayKey, weekStartKey } from './dates';
import type { StatRow } from './db/schema';
import { BELIEF_PREFIX, dayStatKey, emptyStatRow, levelKey, TOTAL_KEY, weekKey } from './stats';

// What the new tab shows, computed from the running aggregates alone: the cost is the same
// for a week of history or ten years of it.

export const PAST_WEEKS = 12;
export const CALENDAR_WEEKS = 52;
export const FORECAST_WEEKS = 26;
/** Rated asks needed before the page draws a conclusion from them. */
export const INSIGHT_MIN_RATED = 5;
/** Below this average gap (points) forecast and reality count as about the same. */
export const INSIGHT_SAME_WITHIN = 0.5;
/** The most-tested beliefs the page lists. */
export const BELIEFS_SHOWN = 8;

export interface StatRanges {
  /** Keys of every aggregate row the page reads, as [first, last] ranges plus single keys. */
  weeks: [string, string];
  days: [string, string];
  levels: [string, string];
  beliefs: [string, string];
  total: string;
}

/** The aggregate rows the page needs around `now`; fixed in number whatever the history. */
export function statRanges(now: number): StatRanges {
  const today = dayKey(now);
  const monday = weekStartKey(today);
  const firstWeek = addDays(monday, -7 * (Math.max(PAST_WEEKS, FORECAST_WEEKS) - 1));
  return {
    weeks: [weekKey(firstWeek), weekKey(monday)],
    days: [dayStatKey(addDays(monday, -7 * (CALENDAR_WEEKS - 1))), dayStatKey(today)],
    // 'level:1' … 'level:9' sort before 'level:10' as text, so the range is by prefix.
    levels: [levelKey(0), `${levelKey(9)}\uffff`],
    beliefs: [BELIEF_PREFIX, `${BELIEF_PREFIX}\uffff`],
    total: TOTAL_KEY,
  };
}

export interface WeekBar {
  monday: DayKey;
  count: number;
}

export interface CalendarDay {
  day: DayKey;
  count: number;
  future: boolean;
}

export interface ForecastPoint {
  monday: DayKey;
  rated: number;
  forecastAvg: number;
  actualAvg: number;
}

export type Insight =
  | { kind: 'easier' | 'harder'; points: number; asks: number }
  | { kind: 'asExpected'; asks: number };

export interface BeliefEvidence {
  belief: string;
  tested: number;
  /** Answered yes or partly: the feared answer did not come. */
  answeredYes: number;
  /** Answered no, or no reply. */
  answeredNo: number;
  /** Average expected minus felt discomfort over the rated tests (positive: easier than feared). */
  easierBy: number | null;
}

export interface ProgressView {
  week: { count: number; goal: number };
  pastWeeks: WeekBar[];
  levels: { level: number; attempts: number }[];
  calendar: { weeks: CalendarDay[][]; attempts: number; activeDays: number };
  outcomes: Pick<StatRow, 'attempts' | 'yes' | 'partly' | 'no' | 'noReply' | 'awaiting'>;
  forecast: { rated: number; forecastAvg: number; actualAvg: number; weekly: ForecastPoint[] };
  insight: Insight | null;
  /** How often the expected answer was the answer that came. */
  answers: { expected: number; met: number };
  beliefs: BeliefEvidence[];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function progressView(input: {
  now: number;
  weeklyGoal: number;
  rows: readonly StatRow[];
}): ProgressView {
  const byKey = new Map(input.rows.map((row) => [row.key, row]));
  const row = (key: string): StatRow => byKey.get(key) ?? emptyStatRow(key);
  const today = dayKey(input.now);
  const monday = weekStartKey(today);
  const mondays = (count: number): DayKey[] =>
    Array.from({ length: count }, (_, i) => addDays(monday, -7 * (count - 1 - i)));

  const calendarWeeks = mondays(CALENDAR_WEEKS).map((start) =>
    Array.from({ length: 7 }, (_, i) => {
      const day = addDays(start, i);
      const future = day > today;
      return { day, count: future ? 0 : row(dayStatKey(day)).attempts, future };
    }),
  );
  const calendarDays = calendarWeeks.flat();

  const weekly = mondays(FORECAST_WEEKS).flatMap((start): ForecastPoint[] => {
    const w = row(weekKey(start));
    return w.rated > 0
      ? [
          {
            monday: start,
            rated: w.rated,
            forecastAvg: round1(w.forecastSum / w.rated),
            actualAvg: round1(w.actualSum / w.rated),
          },
        ]
      : [];
  });

  const total = row(TOTAL_KEY);
  const forecastAvg = total.rated > 0 ? total.forecastSum / total.rated : 0;
  const actualAvg = total.rated > 0 ? total.actualSum / total.rated : 0;
  let insight: Insight | null = null;
  if (total.rated >= INSIGHT_MIN_RATED) {
    const gap = forecastAvg - actualAvg;
    insight =
      Math.abs(gap) < INSIGHT_SAME_WITHIN
        ? { kind: 'asExpected', asks: total.rated }
        : { kind: gap > 0 ? 'easier' : 'harder', points: round1(Math.abs(gap)), asks: total.rated };
  }

  return {
    week: { count: row(weekKey(monday)).attempts, goal: input.weeklyGoal },
    pastWeeks: mondays(PAST_WEEKS).map((start) => ({ monday: start, count: row(weekKey(start)).attempts })),
    levels: Array.from({ length: 10 }, (_, i) => ({ level: i + 1, attempts: row(levelKey(i + 1)).attempts })),
    calendar: {
      weeks: calendarWeeks,
      attempts: calendarDays.reduce((sum, d) => sum + d.count, 0),
      activeDays: calendarDays.filter((d) => d.count > 0).length,
    },
    outcomes: {
      attempts: total.attempts,
      yes: total.yes,
      partly: total.partly,
      no: total.no,
      noReply: total.noReply,
      awaiting: total.awaiting,
    },
    forecast: { rated: total.rated, forecastAvg: round1(forecastAvg), actualAvg: round1(actualAvg), weekly },
    insight,
    answers: { expected: total.expected ?? 0, met: total.expectedMet ?? 0 },
    beliefs: input.rows
      .filter((r) => r.key.startsWith(BELIEF_PREFIX) && r.attempts > 0)
      .map((r) => ({
        belief: r.key.slice(BELIEF_PREFIX.length),
        tested: r.attempts,
        answeredYes: r.yes + r.partly,
        answeredNo: r.no + r.noReply,
        easierBy: r.rated > 0 ? round1((r.forecastSum - r.actualSum) / r.rated) : null,
      }))
      .sort((a, b) => b.tested - a.tested || a.belief.localeCompare(b.belief))
      .slice(0, BELIEFS_SHOWN),
  };
}
