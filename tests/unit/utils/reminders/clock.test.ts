import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DayKey, dayKey } from '../../../../utils/dates';
import {
  atLocalTime,
  isClockTimeInQuietHours,
  isInQuietHours,
  parseClockTime,
  quietHoursEnd,
} from '../../../../utils/reminders/clock';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m, d, h, min).getTime();
const wall = (t: number) => {
  const date = new Date(t);
  return { day: dayKey(date), hours: date.getHours(), minutes: date.getMinutes() };
};

interface Transition {
  day: DayKey;
  /** How the wall clock jumped: forward (a gap) or back (an overlap), and over which minutes. */
  direction: 'forward' | 'back';
  fromMinute: number;
  toMinute: number;
}

/** The days of `year` that are not 24 h long, found by walking the day minute by minute. */
function transitionsOf(year: number): Transition[] {
  const found: Transition[] = [];
  for (let start = at(year, 0, 1); new Date(start).getFullYear() === year; ) {
    const next = new Date(start);
    next.setDate(next.getDate() + 1);
    const end = new Date(next.getFullYear(), next.getMonth(), next.getDate()).getTime();
    if (end - start !== 24 * HOUR) found.push(jumpWithin(start, end));
    start = end;
  }
  return found;
}

function jumpWithin(start: number, end: number): Transition {
  const minuteOfDay = (t: number) => new Date(t).getHours() * 60 + new Date(t).getMinutes();
  for (let t = start + MINUTE; t < end; t += MINUTE) {
    const before = minuteOfDay(t - MINUTE);
    const now = minuteOfDay(t);
    if (now !== before + 1) {
      return {
        day: dayKey(start),
        direction: now > before ? 'forward' : 'back',
        fromMinute: before + 1,
        toMinute: now,
      };
    }
  }
  throw new Error(`no jump found on ${dayKey(start)}`);
}

const KNOWN_2026: Record<string, DayKey[]> = {
  'Europe/Berlin': ['2026-03-29', '2026-10-25'],
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Asia/Tokyo': [],
  UTC: [],
};

describe('parseClockTime', () => {
  it.each([
    ['00:00', 0],
    ['08:05', 485],
    ['12:30', 750],
    ['23:59', 1439],
  ])('reads %s as %i minutes after midnight', (text, minutes) => {
    expect(parseClockTime(text)).toBe(minutes);
  });

  it.each([
    '24:00',
    '7:00',
    '07:0',
    '07:60',
    ' 07:00',
    '07:00 ',
    '0700',
    '',
    '07:00:00',
    '-1:00',
    '07-00',
    'ab:cd',
  ])('rejects %j', (text) => {
    expect(parseClockTime(text)).toBeUndefined();
  });

  it('rejects what is not a string', () => {
    for (const value of [700, null, undefined, {}, ['07:00']]) expect(parseClockTime(value)).toBeUndefined();
  });
});

describe('atLocalTime', () => {
  it('is the wall-clock time on that local day', () => {
    expect(atLocalTime('2026-06-17', 18 * 60)).toBe(at(2026, 5, 17, 18));
    expect(atLocalTime('2026-01-01', 0)).toBe(at(2026, 0, 1));
    expect(wall(atLocalTime('2024-02-29', 23 * 60 + 59))).toEqual({
      day: '2024-02-29',
      hours: 23,
      minutes: 59,
    });
  });
});

describe('quiet hours', () => {
  it('covers start inclusive to end exclusive within a day', () => {
    const q = (h: number, m: number) => isInQuietHours(at(2026, 5, 17, h, m), '13:00', '15:00');
    expect([q(12, 59), q(13, 0), q(14, 59), q(15, 0)]).toEqual([false, true, true, false]);
  });

  it('may cross midnight', () => {
    const q = (d: number, h: number, m: number) => isInQuietHours(at(2026, 5, d, h, m), '22:00', '07:00');
    expect([q(17, 21, 59), q(17, 22, 0), q(17, 23, 59), q(18, 0, 0), q(18, 6, 59), q(18, 7, 0)]).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('looks at the minute, so the last second before the end is still quiet', () => {
    expect(isInQuietHours(at(2026, 5, 18, 6, 59) + 59_999, '22:00', '07:00')).toBe(true);
    expect(isInQuietHours(at(2026, 5, 17, 21, 59) + 59_999, '22:00', '07:00')).toBe(false);
  });

  it('are none when start equals end or a bound is unreadable', () => {
    for (let h = 0; h < 24; h++) {
      const t = at(2026, 5, 17, h, 30);
      expect(isInQuietHours(t, '08:00', '08:00')).toBe(false);
      expect(isInQuietHours(t, '8:00', '07:00')).toBe(false);
      expect(isInQuietHours(t, '22:00', 'soon')).toBe(false);
    }
  });

  it('checks a bare clock time the same way', () => {
    expect(isClockTimeInQuietHours(23 * 60, '21:30', '08:00')).toBe(true);
    expect(isClockTimeInQuietHours(8 * 60, '21:30', '08:00')).toBe(false);
    expect(isClockTimeInQuietHours(21 * 60 + 30, '21:30', '08:00')).toBe(true);
    expect(isClockTimeInQuietHours(12 * 60, '12:00', '12:00')).toBe(false);
  });
});

const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** quietHoursEnd(t) is outside quiet hours, and every minute before it from t is inside them. */
function expectFirstInstantOutside(t: number, qs: string, qe: string): void {
  const result = quietHoursEnd(t, qs, qe);
  expect(result).toBeGreaterThanOrEqual(t);
  expect(isInQuietHours(result, qs, qe)).toBe(false);
  for (let m = t; m < result; m = (Math.floor(m / MINUTE) + 1) * MINUTE) {
    expect(isInQuietHours(m, qs, qe)).toBe(true);
  }
}

describe('quietHoursEnd', () => {
  it('is the instant itself outside quiet hours', () => {
    const t = at(2026, 5, 17, 12, 0) + 1234;
    expect(quietHoursEnd(t, '22:00', '07:00')).toBe(t);
    expect(quietHoursEnd(t, '12:00', '12:00')).toBe(t);
  });

  it('is the end on the next day before midnight and on the same day after it', () => {
    expect(quietHoursEnd(at(2026, 5, 17, 22, 0), '22:00', '07:00')).toBe(at(2026, 5, 18, 7, 0));
    expect(quietHoursEnd(at(2026, 5, 18, 3, 10) + 5000, '22:00', '07:00')).toBe(at(2026, 5, 18, 7, 0));
    expect(quietHoursEnd(at(2026, 5, 17, 13, 30), '13:00', '15:00')).toBe(at(2026, 5, 17, 15, 0));
  });

  it('is the first instant outside quiet hours, across any day of 2024–2030', () => {
    const windowBound = fc.integer({ min: 0, max: 24 * 60 - 1 });
    fc.assert(
      fc.property(
        fc.integer({ min: at(2024, 0, 1), max: at(2030, 11, 31) }),
        windowBound,
        windowBound,
        (t, start, end) => {
          expectFirstInstantOutside(t, clock(start), clock(end));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe(`daylight saving in ${ZONE}`, () => {
  const transitions = transitionsOf(2026);

  it('finds the transitions the zone is known to have', () => {
    const known = KNOWN_2026[ZONE];
    if (known) expect(transitions.map((t) => t.day)).toEqual(known);
    if (transitions.length > 0) expect(transitions.map((t) => t.direction)).toContain('forward');
    if (transitions.length > 0) expect(transitions.map((t) => t.direction)).toContain('back');
  });

  it('puts a wall time skipped by the clocks going forward after the gap', () => {
    for (const t of transitions.filter((x) => x.direction === 'forward')) {
      const gap = t.toMinute - t.fromMinute;
      const inside = t.fromMinute + Math.floor(gap / 2);
      const result = atLocalTime(t.day, inside);
      expect(wall(result)).toEqual({
        day: t.day,
        hours: Math.floor((inside + gap) / 60),
        minutes: (inside + gap) % 60,
      });
      expect(atLocalTime(t.day, t.toMinute) - result).toBe((t.toMinute - inside - gap) * MINUTE);
      if (t.fromMinute === 120 && t.toMinute === 180) {
        expect(wall(atLocalTime(t.day, 150))).toEqual({ day: t.day, hours: 3, minutes: 30 });
      }
    }
  });

  it('takes the earlier of a wall time repeated by the clocks going back', () => {
    for (const t of transitions.filter((x) => x.direction === 'back')) {
      const overlap = t.fromMinute - t.toMinute;
      const inside = t.toMinute + Math.floor(overlap / 2);
      const result = atLocalTime(t.day, inside);
      const clock = { day: t.day, hours: Math.floor(inside / 60), minutes: inside % 60 };
      expect(wall(result)).toEqual(clock);
      expect(wall(result + overlap * MINUTE)).toEqual(clock);
      expect(wall(result - overlap * MINUTE)).not.toEqual(clock);
    }
  });

  it('ends overnight quiet hours at the wall-clock end on both transition nights', () => {
    for (const t of transitions) {
      const evening = atLocalTime(t.day, 0) - 2 * HOUR;
      expect(wall(quietHoursEnd(evening, '21:30', '08:00'))).toEqual({ day: t.day, hours: 8, minutes: 0 });
    }
  });

  it('ends quiet hours at the jump when the clocks skip past the end', () => {
    for (const t of transitions.filter((x) => x.direction === 'forward')) {
      const end = t.fromMinute + 1;
      const qe = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
      const jump = atLocalTime(t.day, t.toMinute);
      expect(quietHoursEnd(jump - 10 * MINUTE, '00:00', qe)).toBe(jump);
    }
  });

  it('has none in a zone without daylight saving, where days are always 24 h apart', () => {
    if (KNOWN_2026[ZONE]?.length === 0) expect(transitions).toEqual([]);
    const transitionDays = new Set(transitions.map((t) => t.day));
    for (let d = 1; d <= 365; d++) {
      const apart = at(2026, 0, d + 1, 18) - at(2026, 0, d, 18);
      const crossesTransition = transitionDays.has(dayKey(at(2026, 0, d + 1)));
      if (crossesTransition) expect(apart).not.toBe(24 * HOUR);
      else expect(apart).toBe(24 * HOUR);
    }
  });

  it('ends quiet hours at the first instant outside them around every transition of 2024–2030', () => {
    const years = [2024, 2025, 2026, 2027, 2028, 2029, 2030];
    const transitionStarts = years.flatMap((y) => transitionsOf(y).map((t) => atLocalTime(t.day, 0)));
    // Without transitions, the first of every month stands in so the property still runs.
    const starts =
      transitionStarts.length > 0
        ? transitionStarts
        : years.flatMap((y) => [...Array(12).keys()].map((m) => at(y, m, 1)));
    const bound = fc.integer({ min: 0, max: 24 * 60 - 1 }).map(clock);
    fc.assert(
      fc.property(
        fc.constantFrom(...starts),
        fc.integer({ min: -30 * HOUR, max: 30 * HOUR }),
        bound,
        bound,
        (dayStart, offset, qs, qe) => {
          expectFirstInstantOutside(dayStart + offset, qs, qe);
        },
      ),
      { numRuns: 200 },
    );
  });
});
