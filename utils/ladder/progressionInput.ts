import type { Attempt, CardEvent } from '../db/schema';
import type { RatedAttempt, SkipEvent } from './progression';
import { AVOIDANCE_WINDOW_DAYS, DAY_MS } from './rules';

/** How far back the ladder looks for progress at the current level. */
export const PROGRESS_LOOKBACK_DAYS = 180;

/** The bounded windows to read: progress since the level changed, skips inside the avoidance window. */
export function progressionWindows(since: number, now: number): { attemptsFrom: number; skipsFrom: number } {
  return {
    attemptsFrom: Math.max(since, now - PROGRESS_LOOKBACK_DAYS * DAY_MS),
    skipsFrom: Math.max(since, now - AVOIDANCE_WINDOW_DAYS * DAY_MS),
  };
}

/** Stored attempts and card events as the progression rules see them. */
export function progressionHistory(
  done: readonly Attempt[],
  events: readonly CardEvent[],
): { attempts: RatedAttempt[]; skips: SkipEvent[] } {
  return {
    attempts: done
      .filter((a) => a.doneAt !== undefined && a.actualDiscomfort !== undefined && a.level >= 1)
      .map((a) => ({
        doneAt: a.doneAt as number,
        level: a.level,
        actual: a.actualDiscomfort as number,
        ...(a.forecastDiscomfort !== undefined && { forecast: a.forecastDiscomfort }),
      })),
    skips: events.flatMap((e) =>
      e.action === 'easier' || e.action === 'notToday' ? [{ at: e.at, action: e.action }] : [],
    ),
  };
}
