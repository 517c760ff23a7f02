import { dayKey, parseDayKey } from './dates';

/** Whole local calendar days from `from` to `now` (0 = same day), whatever the hour. */
export function daysBetween(from: number, now: number): number {
  const a = parseDayKey(dayKey(from)).getTime();
  const b = parseDayKey(dayKey(now)).getTime();
  return Math.max(0, Math.round((b - a) / 86_400_000));
}
