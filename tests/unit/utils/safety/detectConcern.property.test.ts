import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONCERN_WINDOW_DAYS,
  type Concern,
  type ConcernSpoken,
  detectConcern,
  type RatedAsk,
  type Skip,
  stepDownLevel,
} from '../../../../utils/safety/detectConcern';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);
const RUNS = { numRuns: 1_000 };

/** An ask that, by itself, is not hard enough to speak of (≤ 8, and not 4 worse than forecast). */
const calmAsk = (maxActual = 8) =>
  fc
    .record({ actual: fc.integer({ min: 0, max: maxActual }), slack: fc.integer({ min: -3, max: 10 }) })
    .map(({ actual, slack }) => ({ actual, forecast: Math.min(10, Math.max(0, actual + slack)) }));

/** Asks spread over the days before `now`, oldest first, a few hours apart at least. */
function dated(ratings: { actual: number; forecast: number }[], newestDaysAgo: number): RatedAsk[] {
  return ratings.map((r, i) => ({
    id: `a${i}`,
    doneAt: NOW - (newestDaysAgo + (ratings.length - 1 - i) * 0.5) * DAY,
    ...r,
  }));
}

const fewSkips = fc
  .array(fc.integer({ min: 0, max: 60 }), { maxLength: 3 })
  .map((days) => days.map((d): Skip => ({ at: NOW - d * DAY })));

describe('detectConcern, over generated histories', () => {
  it('names an ask that felt 9–10 in the window (at the first level as distress at the bottom)', () => {
    fc.assert(
      fc.property(
        fc.array(calmAsk(), { maxLength: 20 }),
        fc.integer({ min: 9, max: 10 }),
        fc.integer({ min: 0, max: CONCERN_WINDOW_DAYS * 24 - 1 }),
        fc.integer({ min: 1, max: 10 }),
        (history, actual, hoursAgo, level) => {
          const asks = [
            ...dated(history, CONCERN_WINDOW_DAYS + 1),
            { id: 'hard', doneAt: NOW - hoursAgo * 3_600_000, actual },
          ];
          const concern = detectConcern({ now: NOW, level, asks, skips: [], spoken: [] });
          expect(concern?.kind).toBe(level === 1 ? 'distressAtBottom' : 'feltMuchWorse');
          if (concern?.kind === 'feltMuchWorse') expect(concern.attemptId).toBe('hard');
        },
      ),
      RUNS,
    );
  });

  it('names discomfort that rose by two points or more over the last five asks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 2, max: 10 }),
        (earlier, rises, level) => {
          const recent = earlier.map((e, i) => Math.min(8, e + (rises[i] ?? 2)));
          const ratings = [...earlier, ...recent].map((actual) => ({ actual, forecast: actual }));
          const concern = detectConcern({ now: NOW, level, asks: dated(ratings, 1), skips: [], spoken: [] });
          expect(concern?.kind).toBe('risingDiscomfort');
        },
      ),
      RUNS,
    );
  });

  it('names avoidance: four or more skips and no ask done for two weeks', () => {
    fc.assert(
      fc.property(
        fc.array(calmAsk(), { maxLength: 10 }),
        fc.array(fc.integer({ min: 0, max: 13 * 24 }), { minLength: 4, maxLength: 12 }),
        fc.integer({ min: 1, max: 10 }),
        (history, skipHours, level) => {
          // Steady before the gap, so nothing else speaks first.
          const steady = history.map(() => ({ actual: 3, forecast: 3 }));
          const skips = skipHours.map((h) => ({ at: NOW - h * 3_600_000 }));
          const concern = detectConcern({ now: NOW, level, asks: dated(steady, 15), skips, spoken: [] });
          expect(concern).toEqual({ kind: 'avoidance', skips: skips.length, days: 14 });
        },
      ),
      RUNS,
    );
  });

  it('never speaks on a steady or improving history', () => {
    fc.assert(
      fc.property(
        fc.array(calmAsk(), { maxLength: 30 }),
        fc.boolean(),
        fewSkips,
        fc.integer({ min: 1, max: 10 }),
        (history, steady, skips, level) => {
          // Improving: the hardest first, easing since; steady: the same every time.
          const ratings = steady
            ? history.map(() => history[0] ?? { actual: 3, forecast: 3 })
            : [...history].sort((a, b) => b.actual - a.actual);
          expect(detectConcern({ now: NOW, level, asks: dated(ratings, 0), skips, spoken: [] })).toBeNull();
        },
      ),
      RUNS,
    );
  });

  it('never speaks of the same kind twice inside its window, day after day', () => {
    const day = fc.record({
      asks: fc.array(
        fc.record({ actual: fc.integer({ min: 0, max: 10 }), forecast: fc.integer({ min: 0, max: 10 }) }),
        {
          maxLength: 3,
        },
      ),
      skips: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 20, maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (days, level) => {
          const asks: RatedAsk[] = [];
          const skips: Skip[] = [];
          const spoken: ConcernSpoken[] = [];
          const start = NOW - days.length * DAY;
          days.forEach((today, d) => {
            const now = start + d * DAY;
            for (const [i, r] of today.asks.entries())
              asks.push({ id: `d${d}-${i}`, doneAt: now - (i + 1) * 60_000, ...r });
            for (let i = 0; i < today.skips; i++) skips.push({ at: now - (i + 1) * 60_000 });
            const concern: Concern | null = detectConcern({ now, level, asks, skips, spoken });
            if (concern) spoken.push({ kind: concern.kind, at: now });
          });
          for (const kind of new Set(spoken.map((s) => s.kind))) {
            const times = spoken.filter((s) => s.kind === kind).map((s) => s.at);
            for (let i = 1; i < times.length; i++)
              expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(CONCERN_WINDOW_DAYS * DAY);
          }
        },
      ),
      RUNS,
    );
  });
});

/** Distress (a hard ask, rising discomfort, either at the first level) or avoidance. */
const family = (kind: Concern['kind']) => (kind === 'avoidance' ? 'avoidance' : 'distress');

describe('detectConcern, when nothing new happens', () => {
  it('never speaks of the same asks or skips twice: with nothing added, no second word of the same family', () => {
    const event = fc.record({
      daysAgo: fc.double({ min: 0, max: 60, noNaN: true }),
      actual: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      forecast: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      skip: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), (events, level) => {
        const asks: RatedAsk[] = [];
        const skips: Skip[] = [];
        events.forEach((e, i) => {
          const at = NOW - e.daysAgo * DAY;
          if (e.skip) skips.push({ at });
          else
            asks.push({
              id: `a${i}`,
              doneAt: at,
              ...(e.actual !== undefined && { actual: e.actual }),
              ...(e.forecast !== undefined && { forecast: e.forecast }),
            });
        });
        const first = detectConcern({ now: NOW, level, asks, skips, spoken: [] });
        if (!first) return;
        const spoken: ConcernSpoken[] = [{ kind: first.kind, at: NOW }];
        // Time passing can make a new trend true (two weeks with no ask after skipping is
        // avoidance), but what was spoken of is never spoken of again.
        for (let hours = 1; hours <= 60 * 24; hours += 7) {
          const later = NOW + hours * 3_600_000;
          const again = detectConcern({ now: later, level, asks, skips, spoken });
          if (again)
            expect(family(again.kind), `${hours} hours after ${first.kind}`).not.toBe(family(first.kind));
        }
      }),
      RUNS,
    );
  });
});

describe('stepDownLevel', () => {
  it('moves at most one level, never below the first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (level) => {
        const next = stepDownLevel(level);
        expect(next).toBeGreaterThanOrEqual(1);
        expect(level - next).toBeLessThanOrEqual(1);
        expect(next).toBe(level > 1 ? level - 1 : 1);
      }),
      RUNS,
    );
  });
});
