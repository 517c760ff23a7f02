import { describe, expect, it } from 'vitest';
import {
  type ConcernInput,
  detectConcern,
  feltMuchWorse,
  type RatedAsk,
  stepDownLevel,
} from '../../../../utils/safety/detectConcern';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);
const ask = (daysAgo: number, actual?: number, forecast?: number, id = `a${daysAgo}`): RatedAsk => ({
  id,
  doneAt: NOW - daysAgo * DAY,
  ...(actual !== undefined && { actual }),
  ...(forecast !== undefined && { forecast }),
});
const input = (patch: Partial<ConcernInput>): ConcernInput => ({
  now: NOW,
  level: 4,
  asks: [],
  skips: [],
  spoken: [],
  ...patch,
});

describe('feltMuchWorse', () => {
  it.each([
    [{ actual: 9 }, true],
    [{ actual: 10, forecast: 10 }, true],
    [{ actual: 8, forecast: 4 }, true],
    [{ actual: 8, forecast: 5 }, false],
    [{ actual: 7, forecast: 1 }, false],
    [{ forecast: 2 }, false],
  ])('%o → %s', (ratings, expected) => {
    expect(feltMuchWorse(ratings)).toBe(expected);
  });
});

describe('detectConcern', () => {
  it('names one ask that felt 9 or 10', () => {
    expect(detectConcern(input({ asks: [ask(3, 3), ask(1, 9, 6)] }))).toEqual({
      kind: 'feltMuchWorse',
      attemptId: 'a1',
      actual: 9,
      forecast: 6,
    });
  });

  it('says nothing about a hard ask older than its window', () => {
    expect(detectConcern(input({ asks: [ask(8, 10)] }))).toBeNull();
  });

  it('names rising discomfort: the last five two points above the five before', () => {
    const asks = [3, 3, 3, 3, 3, 5, 5, 5, 5, 6].map((actual, i) => ask(40 - i * 3, actual));
    expect(detectConcern(input({ asks }))).toEqual({
      kind: 'risingDiscomfort',
      recentMean: 5.2,
      earlierMean: 3,
    });
  });

  it('needs at least eight rated asks to call it a trend', () => {
    const asks = [2, 2, 6, 6, 6, 6, 6].map((actual, i) => ask(30 - i * 3, actual));
    expect(detectConcern(input({ asks }))).toBeNull();
  });

  it('names avoidance: four skips and no ask done in two weeks', () => {
    const skips = [1, 3, 5, 9].map((d) => ({ at: NOW - d * DAY }));
    expect(detectConcern(input({ skips, asks: [ask(20, 4)] }))).toEqual({
      kind: 'avoidance',
      skips: 4,
      days: 14,
    });
    expect(detectConcern(input({ skips, asks: [ask(2, 4)] }))).toBeNull();
  });

  it('at the first level, distress is its own kind: there is no step down to offer', () => {
    expect(detectConcern(input({ level: 1, asks: [ask(1, 10)] }))).toEqual({
      kind: 'distressAtBottom',
      because: 'feltMuchWorse',
      attemptId: 'a1',
    });
  });

  it('stays quiet inside its window after it spoke, whatever was chosen', () => {
    const asks = [ask(1, 10)];
    expect(detectConcern(input({ asks, spoken: [{ kind: 'feltMuchWorse', at: NOW - 2 * DAY }] }))).toBeNull();
    expect(
      detectConcern(input({ asks: [ask(0, 10)], spoken: [{ kind: 'feltMuchWorse', at: NOW - 8 * DAY }] })),
    ).not.toBeNull();
  });
});

describe('stepDownLevel', () => {
  it.each([
    [4, 3],
    [2, 1],
    [1, 1],
    [10, 9],
  ])('%i → %i', (level, next) => {
    expect(stepDownLevel(level)).toBe(next);
  });
});
