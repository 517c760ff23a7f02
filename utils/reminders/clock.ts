import { type DayKey, parseDayKey } from '../dates';

// Local wall-clock helpers for reminders. Quiet hours and nudge times are what the user reads
// on their clock, so every check here goes through local calendar fields, never fixed 24 h
// steps, which would drift by an hour across a daylight-saving change.

const MINUTE = 60_000;
const MINUTES_PER_DAY = 24 * 60;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a strict 'HH:MM' time (00:00–23:59), or undefined. */
export function parseClockTime(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = CLOCK_TIME.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The instant the local wall clock shows `minutes` after midnight on `day`. */
export function atLocalTime(day: DayKey, minutes: number): number {
  const date = parseDayKey(day);
  // Built from calendar fields so the engine settles daylight saving the way people expect: a
  // wall time that does not exist (the hour skipped when clocks go forward) lands after the
  // gap, as far past it as the time was past the gap's start (02:30 → 03:30), and a wall time
  // that happens twice (clocks go back) is the earlier of the two, so nothing fires an hour
  // late or twice.
  return new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    Math.floor(minutes / 60),
    minutes % 60,
  ).getTime();
}

/**
 * Whether a wall-clock time (minutes after midnight) lies in the quiet window: start inclusive,
 * end exclusive, possibly crossing midnight. Equal or unreadable bounds mean no quiet hours, so a
 * corrupt setting can never silence reminders for good.
 */
export function isClockTimeInQuietHours(minutes: number, quietStart: string, quietEnd: string): boolean {
  const start = parseClockTime(quietStart);
  const end = parseClockTime(quietEnd);
  if (start === undefined || end === undefined || start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** Whether the local wall clock at `at` is inside quiet hours. */
export function isInQuietHours(at: number, quietStart: string, quietEnd: string): boolean {
  return isClockTimeInQuietHours(wallMinutes(at), quietStart, quietEnd);
}

/** The first instant at or after `at` that is outside quiet hours. */
export function quietHoursEnd(at: number, quietStart: string, quietEnd: string): number {
  const end = parseClockTime(quietEnd);
  if (end === undefined) return at;
  let t = at;
  // Walking the wall clock to the end is exact unless the UTC offset changes on the way: then
  // stop at the change and look again, because a skipped hour may jump past the end (the end
  // is then the change itself) and a repeated hour may re-enter the window. A day has at most
  // a couple of changes, so the bound only guards against odd zone data.
  for (let step = 0; step < 8 && isInQuietHours(t, quietStart, quietEnd); step++) {
    const minutesLeft = (end - wallMinutes(t) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
    const next = startOfMinute(t) + minutesLeft * MINUTE;
    t = utcOffset(next) === utcOffset(t) ? next : firstInstantOfNewOffset(t, next);
  }
  return t;
}

function wallMinutes(at: number): number {
  const date = new Date(at);
  return date.getHours() * 60 + date.getMinutes();
}

function startOfMinute(at: number): number {
  return Math.floor(at / MINUTE) * MINUTE;
}

function utcOffset(at: number): number {
  return new Date(at).getTimezoneOffset();
}

/** The first whole minute in (from, to] whose UTC offset differs from the offset at `from`. */
function firstInstantOfNewOffset(from: number, to: number): number {
  const offset = utcOffset(from);
  let before = startOfMinute(from);
  let after = to;
  while (after - before > MINUTE) {
    const middle = before + Math.floor((after - before) / MINUTE / 2) * MINUTE;
    if (utcOffset(middle) === offset) before = middle;
    else after = middle;
  }
  return after;
}
