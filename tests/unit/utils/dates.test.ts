import { describe, expect, it } from 'vitest';
import { dayKey, parseDayKey, weekStartKey } from '../../../utils/dates';

describe('dayKey', () => {
  it('formats local calendar days with zero padding', () => {
    expect(dayKey(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(dayKey(new Date(2026, 10, 24, 0, 0))).toBe('2026-11-24');
  });

  it('round-trips through parseDayKey', () => {
    expect(dayKey(parseDayKey('2024-02-29'))).toBe('2024-02-29');
  });
});

describe('weekStartKey', () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // Monday
    ['2026-11-24', '2026-11-23'],
    ['2026-11-29', '2026-11-23'], // Sunday belongs to the week that started Monday
    ['2026-11-30', '2026-11-30'],
    ['2027-01-01', '2026-12-28'], // across a year boundary
    ['2026-03-29', '2026-03-23'], // EU clocks go forward
    ['2026-03-08', '2026-03-02'], // US clocks go forward
    ['2026-10-25', '2026-10-19'], // EU clocks go back
    ['2026-11-01', '2026-10-26'], // US clocks go back
  ])('%s is in the week starting %s', (day, monday) => {
    expect(weekStartKey(day)).toBe(monday);
  });
});

describe('day keys across daylight-saving changes', () => {
  it('gives every hour of a 23- or 25-hour day the same key', () => {
    for (const [y, m, d] of [
      [2026, 2, 29],
      [2026, 9, 25],
      [2026, 2, 8],
      [2026, 10, 1],
    ] as const) {
      const start = new Date(y, m, d, 0, 0).getTime();
      const end = new Date(y, m, d + 1, 0, 0).getTime();
      for (let t = start; t < end; t += 15 * 60_000) expect(dayKey(t)).toBe(dayKey(start));
      expect(dayKey(end)).not.toBe(dayKey(start));
    }
  });
});
