// Calendar helpers in the user's local time. Days are 'YYYY-MM-DD' keys so they sort as
// text and survive time-zone changes without re-bucketing history.

export type DayKey = string;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function dayKey(at: Date | number): DayKey {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function parseDayKey(key: DayKey): Date {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Monday of the week that contains `day`, as a day key (weeks start on Monday). */
export function weekStartKey(day: DayKey): DayKey {
  const date = parseDayKey(day);
  const sinceMonday = (date.getDay() + 6) % 7;
  date.setDate(date.getDate() - sinceMonday);
  return dayKey(date);
}

/** The day `days` after (or, negative, before) `day`, counted in calendar days. */
export function addDays(day: DayKey, days: number): DayKey {
  const date = parseDayKey(day);
  date.setDate(date.getDate() + days);
  return dayKey(date);
}

/** A day key as people read it in `locale` ("30 Nov 2026"). */
export function formatDay(day: DayKey, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(parseDayKey(day));
}
