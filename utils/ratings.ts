// Discomfort is rated 0–10, before (forecast) and after (actual) an ask.
export const RATING_MIN = 0;
export const RATING_MAX = 10;
export const RATINGS: readonly number[] = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => i);

export function isRating(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= RATING_MIN && (value as number) <= RATING_MAX;
}

/** Parses a rating typed or chosen in a form; undefined for anything not a whole 0–10. */
export function parseRating(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return isRating(value) ? value : undefined;
}

export const REFLECTION_MAX_CHARS = 10_000;
export const DEFAULT_FOLLOW_UP_DAYS = 5;
