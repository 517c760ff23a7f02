// The numbers behind the ladder, in one place.
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 10;
/** An ask done or skipped this recently is not offered again while others are available. */
export const REPEAT_WINDOW_DAYS = 14;
/** Completed asks at the current level that felt easy before stepping up. */
export const EASY_ASKS_TO_STEP_UP = 3;
export const EASY_ACTUAL_MAX = 3;
export const EASY_MARGIN_BELOW_FORECAST = 3;
export const VERY_HARD_ACTUAL_MIN = 9;
export const HARD_ACTUAL_MIN = 7;
/** "Easier" / "not today" choices within the window, with no attempt, that read as avoidance. */
export const AVOIDANCE_SKIPS = 4;
export const AVOIDANCE_WINDOW_DAYS = 14;
/** The furthest above the current level a user may pick an ask without changing level. */
export const PICK_ABOVE_LEVEL = 1;

export const DAY_MS = 86_400_000;

export function clampLevel(level: number): number {
  return Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Math.round(level)));
}
