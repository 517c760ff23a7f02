import { describe, expect, it } from 'vitest';
import { isPaused, NO_PAUSE, normalizePause, startPause } from '../../../../utils/pause/pause';

// Monday 30 November 2026, evening.
const monday = new Date(2026, 10, 30, 18, 45).getTime();
const midnightOf = (y: number, m: number, d: number) => new Date(y, m, d).getTime();

describe('startPause', () => {
  it('pauses for a few days up to the start of the third day after', () => {
    expect(startPause('fewDays', monday)).toEqual({
      pausedUntil: midnightOf(2026, 11, 3),
      pausedIndefinitely: false,
    });
  });

  it('pauses for a week up to the start of the same weekday next week', () => {
    expect(startPause('week', monday).pausedUntil).toBe(midnightOf(2026, 11, 7));
  });

  it('pauses until resumed with no end time', () => {
    expect(startPause('untilResumed', monday)).toEqual({ pausedUntil: null, pausedIndefinitely: true });
  });
});

describe('isPaused', () => {
  it('is true indefinitely, or until the end time (exclusive)', () => {
    expect(isPaused(NO_PAUSE, monday)).toBe(false);
    expect(isPaused({ pausedUntil: null, pausedIndefinitely: true }, monday)).toBe(true);
    const week = startPause('week', monday);
    expect(isPaused(week, midnightOf(2026, 11, 7) - 1)).toBe(true);
    expect(isPaused(week, midnightOf(2026, 11, 7))).toBe(false);
  });
});

describe('normalizePause', () => {
  it.each([
    [undefined, NO_PAUSE],
    ['paused', NO_PAUSE],
    [{ pausedUntil: Number.NaN }, NO_PAUSE],
    [{ pausedUntil: '1790000000000', pausedIndefinitely: 'yes' }, NO_PAUSE],
    [
      { pausedUntil: 1_790_000_000_000, pausedIndefinitely: true, extra: 1 },
      { pausedUntil: 1_790_000_000_000, pausedIndefinitely: true },
    ],
  ])('%j → %j', (raw, expected) => {
    expect(normalizePause(raw)).toEqual(expected);
  });
});
