import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayKey, weekStartKey } from '../../../utils/dates';
import type { Attempt } from '../../../utils/db/schema';
import {
  CALENDAR_WEEKS,
  INSIGHT_MIN_RATED,
  PAST_WEEKS,
  progressView,
  statRanges,
} from '../../../utils/progress';
import { dayStatKey, levelKey, rebuildStats, weekKey } from '../../../utils/stats';
import { attemptArbitrary } from './attemptArbitrary';

const NOW = new Date(2026, 5, 17, 12).getTime(); // a Wednesday
const TODAY = dayKey(NOW);
const MONDAY = weekStartKey(TODAY);

const done = (attempts: Attempt[]) => attempts.filter((a) => a.state !== 'committed' && a.doneDay);
const view = (attempts: Attempt[], weeklyGoal = 3) =>
  progressView({ now: NOW, weeklyGoal, rows: [...rebuildStats(attempts).values()] });

function rated(forecast: number, actual: number, i: number): Attempt {
  const doneAt = NOW - i * 3_600_000;
  return {
    id: `a${i}`,
    askSource: 'catalogue',
    askId: 'feedback_01',
    askTitle: 'An ask',
    level: 2,
    category: 'feedback',
    state: 'answered',
    outcome: 'yes',
    committedAt: doneAt,
    updatedAt: doneAt,
    doneAt,
    doneDay: dayKey(doneAt),
    forecastDiscomfort: forecast,
    actualDiscomfort: actual,
  };
}

describe('progress view from aggregates', () => {
  it('agrees with counting the attempts themselves', () => {
    fc.assert(
      fc.property(fc.array(attemptArbitrary, { maxLength: 60 }), (attempts) => {
        const result = view(attempts);
        const doneOnes = done(attempts);
        const calendarStart = addDays(MONDAY, -7 * (CALENDAR_WEEKS - 1));
        expect(result.outcomes.attempts).toBe(doneOnes.length);
        expect(result.week.count).toBe(
          doneOnes.filter((a) => weekStartKey(a.doneDay ?? '') === MONDAY).length,
        );
        expect(result.calendar.attempts).toBe(
          doneOnes.filter((a) => (a.doneDay ?? '') >= calendarStart && (a.doneDay ?? '') <= TODAY).length,
        );
        expect(result.levels.reduce((sum, l) => sum + l.attempts, 0)).toBe(
          doneOnes.filter((a) => a.level >= 1).length,
        );
        expect(result.pastWeeks).toHaveLength(PAST_WEEKS);
        expect(result.pastWeeks.at(-1)?.monday).toBe(MONDAY);
        const o = result.outcomes;
        expect(o.yes + o.partly + o.no + o.noReply + o.awaiting).toBe(o.attempts);
      }),
      { numRuns: 300 },
    );
  });

  it('lays the calendar out as 52 weeks of Monday to Sunday, today last with data', () => {
    const result = view([rated(5, 5, 0)]);
    expect(result.calendar.weeks).toHaveLength(CALENDAR_WEEKS);
    for (const week of result.calendar.weeks) expect(week).toHaveLength(7);
    const days = result.calendar.weeks.flat();
    expect(days.find((d) => d.day === TODAY)).toEqual({ day: TODAY, count: 1, future: false });
    expect(days.filter((d) => d.future).map((d) => d.day)).toEqual([
      addDays(TODAY, 1),
      addDays(TODAY, 2),
      addDays(TODAY, 3),
      addDays(TODAY, 4),
    ]);
    expect(result.calendar.activeDays).toBe(1);
  });

  it('draws no conclusion until there are enough rated asks', () => {
    const few = Array.from({ length: INSIGHT_MIN_RATED - 1 }, (_, i) => rated(8, 3, i));
    expect(view(few).insight).toBeNull();
    expect(view([...few, rated(8, 3, 99)]).insight).toEqual({ kind: 'easier', points: 5, asks: 5 });
  });

  it('says harder, or about as expected, when that is what the ratings show', () => {
    const harder = Array.from({ length: 6 }, (_, i) => rated(2, i % 2 ? 5 : 4, i));
    expect(view(harder).insight).toEqual({ kind: 'harder', points: 2.5, asks: 6 });
    const same = Array.from({ length: 6 }, (_, i) => rated(5, i % 3 === 0 ? 6 : 5, i));
    expect(view(same).insight).toEqual({ kind: 'asExpected', asks: 6 });
  });

  it('counts expected answers that came true, and the evidence for each belief', () => {
    const belief = "They'll think I'm pushy";
    const result = view([
      { ...rated(7, 3, 1), outcome: 'yes', expectedAnswer: 'no', belief },
      { ...rated(6, 5, 2), outcome: 'no', expectedAnswer: 'no', belief: ` ${belief}  ` },
      { ...rated(5, 5, 3), outcome: 'partly', expectedAnswer: 'partly', belief: 'I will be ignored' },
      { ...rated(5, 5, 4), state: 'closed', outcome: 'noReply', expectedAnswer: 'yes' },
    ]);
    expect(result.answers).toEqual({ expected: 3, met: 2 });
    expect(result.beliefs).toEqual([
      { belief, tested: 2, answeredYes: 1, answeredNo: 1, easierBy: 2.5 },
      { belief: 'I will be ignored', tested: 1, answeredYes: 1, answeredNo: 0, easierBy: 0 },
    ]);
  });

  it('reads a fixed set of rows that holds every row the view uses', () => {
    const ranges = statRanges(NOW);
    const inside = (key: string, [first, last]: [string, string]) => key >= first && key <= last;
    const result = view([]);
    for (const week of result.pastWeeks) expect(inside(weekKey(week.monday), ranges.weeks)).toBe(true);
    for (const day of result.calendar.weeks.flat().filter((d) => !d.future))
      expect(inside(dayStatKey(day.day), ranges.days)).toBe(true);
    for (let level = 1; level <= 10; level++) expect(inside(levelKey(level), ranges.levels)).toBe(true);
    expect(inside('level:x', ranges.levels)).toBe(false);
    expect(inside(weekKey(addDays(MONDAY, 7)), ranges.weeks)).toBe(false);
  });
});
