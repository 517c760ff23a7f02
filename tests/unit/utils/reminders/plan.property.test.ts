import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DayKey, dayKey, weekStartKey } from '../../../../utils/dates';
import type { PracticePause } from '../../../../utils/pause/pause';
import { EMPTY_REMINDER_STATE } from '../../../../utils/reminders/defaults';
import { planReminders, snoozeReminder } from '../../../../utils/reminders/plan';
import type {
  AwaitingAsk,
  ReminderInput,
  ReminderNotice,
  ReminderPlan,
  ReminderSettings,
  ReminderState,
  SnoozeChoice,
  UnreflectedAsk,
  Weekday,
} from '../../../../utils/reminders/types';

// A month or two of a browser's life: the background runs at each nextCheckAt unless the
// machine sleeps (then hours or days later) or something wakes it early, and it re-plans
// whenever the user changes the settings. Every run feeds the returned state into the next.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const RECENT_UNREFLECTED = 14 * DAY;

// --- Independent oracles: written from the rules, not from the implementation. ---

function wallMinutes(t: number): number {
  const date = new Date(t);
  return date.getHours() * 60 + date.getMinutes();
}

function clockMinutes(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Reminder settings with the practice pause beside them, as the world changes them. */
type PlannerSettings = ReminderSettings & PracticePause;

function quietAt(t: number, s: ReminderSettings): boolean {
  const [start, end, m] = [clockMinutes(s.quietStart), clockMinutes(s.quietEnd), wallMinutes(t)];
  if (start === end) return false;
  return start < end ? start <= m && m < end : m >= start || m < end;
}

function pausedAt(t: number, s: PracticePause): boolean {
  return s.pausedIndefinitely || (s.pausedUntil !== null && t < s.pausedUntil);
}

/** The instant the wall clock shows `minutes` on the local day after (`plusDays`) the day of `t`. */
function wallTimeOn(t: number, plusDays: number, minutes: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + plusDays, 0, minutes).getTime();
}

// --- The simulated world. ---

interface AskPlan {
  dueAt?: number;
  sentAt?: number;
  leaveAt?: number;
}
interface DonePlan {
  doneAt: number;
  reflectedAt?: number;
}
interface PausePlan {
  from: number;
  length: number;
  indefinite: boolean;
}
/** How the machine treats an alarm: on time, or asleep and running it this much later. */
type Wake = { kind: 'onTime' } | { kind: 'late'; by: number };

interface World {
  start: number;
  end: number;
  settings: PlannerSettings;
  notificationsAllowed: boolean;
  weeklyGoal: number;
  practices: { at: number; day: DayKey; week: DayKey }[];
  asks: AskPlan[];
  done: DonePlan[];
  pauses: PausePlan[];
  wakes: Wake[];
  /** Runs nobody planned (the popup opened, the browser started), sorted. */
  extraRuns: number[];
  snoozes: { snooze: boolean; choice: SnoozeChoice }[];
}

const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const mostly = (weight: number) =>
  fc.oneof({ arbitrary: fc.constant(true), weight }, { arbitrary: fc.constant(false), weight: 1 });
const minuteOfDay = fc.integer({ min: 0, max: 24 * 60 - 1 });

const startArbitrary = fc
  .record({
    year: fc.integer({ min: 2024, max: 2030 }),
    // Mostly the months in which Europe and North America change their clocks.
    month: fc.oneof(
      { arbitrary: fc.constantFrom(1, 2, 9, 10), weight: 3 },
      { arbitrary: fc.nat(11), weight: 1 },
    ),
    day: fc.integer({ min: 1, max: 28 }),
    minute: minuteOfDay,
    ms: fc.nat(MINUTE - 1),
  })
  .map(({ year, month, day, minute, ms }) => new Date(year, month, day, 0, minute).getTime() + ms);

const settingsArbitrary = fc
  .record({
    enabled: mostly(12),
    days: fc.subarray<Weekday>([0, 1, 2, 3, 4, 5, 6]),
    time: minuteOfDay,
    followUps: mostly(5),
    reflections: mostly(5),
    quiet: fc.oneof(
      { arbitrary: fc.tuple(minuteOfDay, minuteOfDay), weight: 4 },
      { arbitrary: minuteOfDay.map((m) => [m, m] as const), weight: 1 },
    ),
  })
  .map(
    ({ enabled, days, time, followUps, reflections, quiet }): PlannerSettings => ({
      enabled,
      days,
      time: clock(time),
      followUps,
      reflections,
      quietStart: clock(quiet[0]),
      quietEnd: clock(quiet[1]),
      pausedUntil: null,
      pausedIndefinitely: false,
      followUpDays: 5,
    }),
  );

const worldArbitrary: fc.Arbitrary<World> = fc
  .record({
    start: startArbitrary,
    days: fc.integer({ min: 20, max: 60 }),
    settings: settingsArbitrary,
    notificationsAllowed: mostly(12),
    weeklyGoal: fc.integer({ min: 1, max: 7 }),
    practices: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 25 }),
    asks: fc.array(
      fc.record({
        due: fc.option(fc.double({ min: -0.1, max: 1, noNaN: true }), { nil: undefined, freq: 6 }),
        sent: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined, freq: 2 }),
        leave: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined, freq: 2 }),
      }),
      { maxLength: 10 },
    ),
    done: fc.array(
      fc.record({
        done: fc.double({ min: -0.3, max: 1, noNaN: true }),
        reflected: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined, freq: 2 }),
      }),
      { maxLength: 8 },
    ),
    pauses: fc.array(
      fc.record({
        from: fc.double({ min: -0.05, max: 1, noNaN: true }),
        length: fc.integer({ min: HOUR, max: 7 * DAY }),
        indefinite: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    wakes: fc.array(
      fc.oneof(
        { arbitrary: fc.constant<Wake>({ kind: 'onTime' }), weight: 6 },
        {
          arbitrary: fc.integer({ min: MINUTE, max: 4 * DAY }).map((by): Wake => ({ kind: 'late', by })),
          weight: 2,
        },
      ),
      { minLength: 1, maxLength: 40 },
    ),
    extraRuns: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }),
    snoozes: fc.array(
      fc.record({ snooze: fc.boolean(), choice: fc.constantFrom<SnoozeChoice>('hour', 'tomorrow') }),
      {
        minLength: 1,
        maxLength: 20,
      },
    ),
  })
  .map((w) => {
    const end = w.start + w.days * DAY;
    const when = (fraction: number) => Math.round(w.start + fraction * (end - w.start));
    return {
      start: w.start,
      end,
      settings: w.settings,
      notificationsAllowed: w.notificationsAllowed,
      weeklyGoal: w.weeklyGoal,
      practices: w.practices.map(when).map((at) => ({ at, day: dayKey(at), week: weekStartKey(dayKey(at)) })),
      asks: w.asks.map(({ due, sent, leave }) => ({
        ...(due !== undefined && { dueAt: when(due) }),
        ...(sent !== undefined && { sentAt: when(sent) }),
        ...(leave !== undefined && { leaveAt: when(leave) }),
      })),
      done: w.done.map(({ done, reflected }) => ({
        doneAt: when(done),
        ...(reflected !== undefined && { reflectedAt: when(reflected) }),
      })),
      pauses: w.pauses.map((p) => ({ ...p, from: when(p.from) })).sort((a, b) => a.from - b.from),
      wakes: w.wakes,
      extraRuns: w.extraRuns.map(when).sort((a, b) => a - b),
      snoozes: w.snoozes,
    };
  });

/** Settings as the user left them at `t`: a timed pause stays stored after it runs out. */
function settingsAt(world: World, t: number): PlannerSettings {
  let settings = world.settings;
  for (const pause of world.pauses) {
    if (pause.from > t) break;
    settings = pause.indefinite
      ? { ...settings, pausedUntil: null, pausedIndefinitely: t < pause.from + pause.length }
      : { ...settings, pausedUntil: pause.from + pause.length, pausedIndefinitely: false };
  }
  return settings;
}

/** Instants at which the user changed settings, when the background re-plans. */
function settingsChanges(world: World): number[] {
  return world.pauses.flatMap((p) => (p.indefinite ? [p.from, p.from + p.length] : [p.from]));
}

const askId = (i: number) => `f${i}`;
const doneId = (i: number) => `r${i}`;

function inputAt(world: World, now: number, state: ReminderState): ReminderInput {
  const today = dayKey(now);
  const practised = world.practices.filter((p) => p.at <= now);
  const week = weekStartKey(today);
  const awaiting: AwaitingAsk[] = world.asks.flatMap((a, i) =>
    a.leaveAt !== undefined && a.leaveAt <= now
      ? []
      : [
          {
            id: askId(i),
            title: `Ask ${askId(i)}`,
            ...(a.dueAt !== undefined && { followUpDueAt: a.dueAt }),
            ...(a.sentAt !== undefined && a.sentAt <= now && { followUpSentAt: a.sentAt }),
          },
        ],
  );
  const unreflected: UnreflectedAsk[] = world.done.flatMap((d, i) =>
    d.doneAt <= now &&
    now - d.doneAt <= RECENT_UNREFLECTED &&
    (d.reflectedAt === undefined || now < d.reflectedAt)
      ? [{ id: doneId(i), title: `Ask ${doneId(i)}`, doneAt: d.doneAt }]
      : [],
  );
  const { pausedUntil, pausedIndefinitely, ...settings } = settingsAt(world, now);
  return {
    now,
    settings,
    pause: { pausedUntil, pausedIndefinitely },
    badge: true,
    weeklyGoal: world.weeklyGoal,
    state,
    notificationsAllowed: world.notificationsAllowed,
    practisedToday: practised.some((p) => p.day === today),
    weekCount: practised.filter((p) => p.week === week).length,
    awaiting,
    unreflected,
  };
}

interface Shown {
  practiceDays: Map<DayKey, number>;
  followUps: Map<string, number>;
  reflections: Map<string, number>;
}

/** What the rules say must be shown at `now`, given what was shown before (no snoozes). */
function expectedShow(input: ReminderInput, shown: Shown) {
  const { now, settings: s } = input;
  const blocked = !s.enabled || !input.notificationsAllowed || pausedAt(now, input.pause) || quietAt(now, s);
  if (blocked) return { practice: false, followUps: [], reflections: [] };
  const today = dayKey(now);
  const practice =
    s.days.includes(new Date(now).getDay() as Weekday) &&
    now >= wallTimeOn(now, 0, clockMinutes(s.time)) &&
    !shown.practiceDays.has(today) &&
    !input.practisedToday &&
    input.weekCount < input.weeklyGoal;
  const followUps = s.followUps
    ? input.awaiting
        .filter(
          (a) => a.followUpDueAt !== undefined && a.followUpDueAt <= now && a.followUpSentAt === undefined,
        )
        .filter((a) => !shown.followUps.has(a.id))
        .map((a) => a.id)
    : [];
  const reflections = s.reflections
    ? input.unreflected
        .filter((a) => wallTimeOn(a.doneAt, 1, clockMinutes(s.time)) <= now && !shown.reflections.has(a.id))
        .map((a) => a.id)
    : [];
  return { practice, followUps, reflections };
}

function noticeIds(show: ReminderNotice[], kind: 'followUp' | 'reflection'): string[] {
  const notice = show.find((n) => n.kind === kind);
  return notice && notice.kind !== 'practice' ? notice.attemptIds : [];
}

const isAscending = (values: number[]) => values.every((v, i) => i === 0 || (values[i - 1] as number) <= v);

/** The rules every run keeps, snoozes or not, by name; empty when all hold. */
function brokenRules(input: ReminderInput, plan: ReminderPlan): string[] {
  const { now, settings } = input;
  const broken: string[] = [];
  if (!(plan.nextCheckAt > now)) broken.push('(e) next check after now');
  if (new Set(plan.show.map((n) => n.kind)).size !== plan.show.length) broken.push('one notice per kind');
  if (plan.show.length > 0) {
    if (quietAt(now, settings)) broken.push('(b) nothing in quiet hours');
    if (pausedAt(now, input.pause)) broken.push('(c) nothing while paused');
    if (!settings.enabled || !input.notificationsAllowed) broken.push('nothing when off or not allowed');
  }
  for (const notice of plan.show) {
    if (notice.kind === 'practice') continue;
    if (notice.attemptIds.length === 0) broken.push(`${notice.kind} without asks`);
    if (notice.title !== `Ask ${notice.attemptIds[0]}`) broken.push(`${notice.kind} titled by its first ask`);
  }
  const dueAt = (id: string) => input.awaiting.find((a) => a.id === id)?.followUpDueAt ?? Number.NaN;
  const doneAt = (id: string) => input.unreflected.find((a) => a.id === id)?.doneAt ?? Number.NaN;
  if (!isAscending(noticeIds(plan.show, 'followUp').map(dueAt))) broken.push('follow-ups oldest due first');
  if (!isAscending(noticeIds(plan.show, 'reflection').map((id) => -doneAt(id))))
    broken.push('reflections newest first');
  return broken;
}

function nextWake(
  world: World,
  run: number,
  now: number,
  nextCheckAt: number,
): { at: number; onSchedule: boolean } {
  const wake = world.wakes[run % world.wakes.length] ?? { kind: 'onTime' };
  const planned = wake.kind === 'late' ? nextCheckAt + wake.by : nextCheckAt;
  const unplanned = [...settingsChanges(world), ...world.extraRuns].filter((t) => t > now && t < planned);
  const at = Math.min(planned, ...unplanned);
  return { at, onSchedule: at <= nextCheckAt };
}

function count(map: Map<string, number>, key: string): number {
  const n = (map.get(key) ?? 0) + 1;
  map.set(key, n);
  return n;
}

/** Counts what was shown; returns the highest count it reached, per kind. */
function record(shown: Shown, now: number, show: ReminderNotice[]) {
  const most = { practice: 0, followUp: 0, reflection: 0 };
  for (const notice of show) {
    if (notice.kind === 'practice') most.practice = count(shown.practiceDays, dayKey(now));
    else {
      const counts = notice.kind === 'followUp' ? shown.followUps : shown.reflections;
      for (const id of notice.attemptIds) most[notice.kind] = Math.max(most[notice.kind], count(counts, id));
    }
  }
  return most;
}

const MAX_RUNS = 4000;

describe('planReminders over a simulated month or two', () => {
  it('shows exactly what is due, once, never in quiet hours or a pause, and always plans ahead', () => {
    fc.assert(
      fc.property(worldArbitrary, (world) => {
        const shown: Shown = { practiceDays: new Map(), followUps: new Map(), reflections: new Map() };
        let state = EMPTY_REMINDER_STATE;
        let now = world.start;
        let previous: { at: number; state: ReminderState; shown: Shown } | undefined;
        for (let run = 0; now < world.end; run++) {
          expect(run).toBeLessThan(MAX_RUNS);
          const input = inputAt(world, now, state);
          const plan = planReminders(input);
          expect(brokenRules(input, plan)).toEqual([]);

          const expected = expectedShow(input, shown);
          expect(plan.show.some((n) => n.kind === 'practice')).toBe(expected.practice);
          expect(noticeIds(plan.show, 'followUp').sort()).toEqual(expected.followUps.sort());
          expect(noticeIds(plan.show, 'reflection').sort()).toEqual(expected.reflections.sort());

          // Woken on schedule, nothing can have become due since the previous run: instants in
          // between, including the last one, would have shown nothing.
          if (previous) {
            const since = previous;
            const gap = now - since.at;
            for (const between of [since.at + Math.floor(gap * ((run % 9) + 1) * 0.1), now - 1]) {
              if (between <= since.at) continue;
              const missed = expectedShow(inputAt(world, between, since.state), since.shown);
              expect(missed).toEqual({ practice: false, followUps: [], reflections: [] });
            }
          }

          const most = record(shown, now, plan.show);
          expect(most.practice).toBeLessThanOrEqual(1); // (a)
          expect(most.followUp).toBeLessThanOrEqual(1); // (d)
          expect(most.reflection).toBeLessThanOrEqual(1); // (d)

          state = plan.state;
          const wake = nextWake(world, run, now, plan.nextCheckAt);
          previous = wake.onSchedule ? { at: now, state, shown: cloneShown(shown) } : undefined;
          now = wake.at;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('with snoozes, a second practice nudge in a day always follows a snoozed one', () => {
    fc.assert(
      fc.property(worldArbitrary, (world) => {
        const shown: Shown = { practiceDays: new Map(), followUps: new Map(), reflections: new Map() };
        const snoozedTimes = new Map<string, number>();
        let lastPracticeSnoozed = false;
        let state = EMPTY_REMINDER_STATE;
        let now = world.start;
        let userActions = 0;
        for (let run = 0; now < world.end; run++) {
          expect(run).toBeLessThan(MAX_RUNS);
          const input = inputAt(world, now, state);
          const plan = planReminders(input);
          expect(brokenRules(input, plan)).toEqual([]);

          for (const notice of plan.show) {
            if (notice.kind === 'practice') {
              if (shown.practiceDays.has(dayKey(now))) expect(lastPracticeSnoozed).toBe(true);
              lastPracticeSnoozed = false;
            }
          }
          record(shown, now, plan.show);
          for (const notice of plan.show) {
            if (notice.kind === 'practice') continue;
            const counts = notice.kind === 'followUp' ? shown.followUps : shown.reflections;
            for (const id of notice.attemptIds) {
              expect(counts.get(id)).toBeLessThanOrEqual(1 + (snoozedTimes.get(id) ?? 0));
            }
          }

          state = plan.state;
          for (const notice of plan.show) {
            const action = world.snoozes[userActions++ % world.snoozes.length];
            if (!action?.snooze) continue;
            state = snoozeReminder(state, notice, action.choice, now, input.settings);
            if (notice.kind === 'practice') lastPracticeSnoozed = true;
            else for (const id of notice.attemptIds) count(snoozedTimes, id);
          }
          // After a snooze the background re-plans at once; nothing new is due at the same instant.
          const replan = planReminders(inputAt(world, now, state));
          expect(brokenRules(input, replan)).toEqual([]);
          expect(replan.show).toEqual([]);
          state = replan.state;
          now = nextWake(world, run, now, replan.nextCheckAt).at;
        }
      }),
      { numRuns: 100 },
    );
  });
});

function cloneShown(shown: Shown): Shown {
  return {
    practiceDays: new Map(shown.practiceDays),
    followUps: new Map(shown.followUps),
    reflections: new Map(shown.reflections),
  };
}
