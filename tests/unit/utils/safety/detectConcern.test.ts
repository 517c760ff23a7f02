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
    const asks = [3, 3, 3, 3, 3, 5, 5, 5, 5, 6].map((actual, i) => ask(30 - i * 3, actual));
    expect(detectConcern(input({ asks }))).toEqual({
      kind: 'risingDiscomfort',
      recentMean: 5.2,
      earlierMean: 3,
    });
  });

  it('speaks of rising discomfort only on fresh evidence', () => {
    const asks = [3, 3, 3, 3, 3, 5, 5, 5, 5, 6].map((actual, i) => ask(30 - i * 3, actual));
    // The newest rated ask is older than the window: nothing new to speak of.
    const stale = asks.map((a) => ({ ...a, doneAt: a.doneAt - 5 * DAY }));
    expect(detectConcern(input({ asks: stale }))).toBeNull();
    // It spoke nine days ago and no ask was rated since: the window has passed, the history has not changed.
    const spoken = [{ kind: 'risingDiscomfort' as const, at: NOW - 2.5 * DAY }];
    expect(detectConcern(input({ asks, spoken, now: NOW + 7 * DAY }))).toBeNull();
    // A rated ask after it spoke, once the window is over, is fresh evidence.
    const later = [...asks, ask(-6, 7)];
    expect(detectConcern(input({ asks: later, spoken, now: NOW + 7 * DAY }))?.kind).toBe('risingDiscomfort');
  });

  it('looks at the last six weeks for a trend', () => {
    const asks = [3, 3, 3, 3, 3, 5, 5, 5, 5, 6].map((actual, i) => ask(i < 5 ? 60 - i : 27 - i * 3, actual));
    expect(detectConcern(input({ asks }))).toBeNull();
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

  it('counts only the skips since avoidance last spoke', () => {
    const skips = [1, 3, 5, 9].map((d) => ({ at: NOW - d * DAY }));
    const spoken = [{ kind: 'avoidance' as const, at: NOW - 8 * DAY }];
    expect(detectConcern(input({ skips, spoken }))).toBeNull();
    const more = [...skips, { at: NOW - 0.5 * DAY }];
    expect(detectConcern(input({ skips: more, spoken }))).toEqual({ kind: 'avoidance', skips: 4, days: 14 });
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

describe('one family of distress', () => {
  it('a rising trend is not spoken of in asks a hard-ask check-in already covered', () => {
    const asks = [3, 3, 3, 3, 3, 5, 5, 5, 5, 10].map((actual, i) => ask(9 - i * 0.9, actual));
    const spoken = [{ kind: 'feltMuchWorse' as const, at: NOW - 0.05 * DAY }];
    expect(detectConcern(input({ asks }))?.kind).toBe('feltMuchWorse');
    expect(detectConcern(input({ asks, spoken }))).toBeNull();
  });

  it('a step down to the first level does not make the same hard ask speak again', () => {
    const asks = [ask(0.5, 10)];
    const spoken = [{ kind: 'feltMuchWorse' as const, at: NOW - 0.1 * DAY }];
    expect(detectConcern(input({ level: 2, asks }))?.kind).toBe('feltMuchWorse');
    expect(detectConcern(input({ level: 1, asks, spoken }))).toBeNull();
  });

  it('nor does a move up after distress at the bottom', () => {
    const spoken = [{ kind: 'distressAtBottom' as const, at: NOW - 0.1 * DAY }];
    expect(detectConcern(input({ level: 2, asks: [ask(0.5, 10)], spoken }))).toBeNull();
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
