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
    ['2026-03-29', '2026-03-23'], // EU daylight-saving change
  ])('%s is in the week starting %s', (day, monday) => {
    expect(weekStartKey(day)).toBe(monday);
  });
});
