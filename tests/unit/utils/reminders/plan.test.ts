import { describe, expect, it } from 'vitest';
import { type DayKey, dayKey } from '../../../../utils/dates';
import { isPaused, NO_PAUSE, type PracticePause } from '../../../../utils/pause/pause';
import { DEFAULT_REMINDER_SETTINGS, EMPTY_REMINDER_STATE } from '../../../../utils/reminders/defaults';
import { needsAlarm, planReminders, snoozeReminder } from '../../../../utils/reminders/plan';
import type {
  AwaitingAsk,
  ReminderInput,
  ReminderPlan,
  ReminderSettings,
  ReminderState,
  UnreflectedAsk,
} from '../../../../utils/reminders/types';

const HOUR = 3_600_000;
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

// June 2026: Monday 15, Tuesday 16, Wednesday 17, Thursday 18, Friday 19.
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m, d, h, min).getTime();
const june = (d: number, h = 0, min = 0) => at(2026, 5, d, h, min);

const SETTINGS: ReminderSettings = {
  ...DEFAULT_REMINDER_SETTINGS,
  enabled: true,
  days: [1, 3, 5],
  time: '18:00',
  quietStart: '21:30',
  quietEnd: '08:00',
};

/** Reminder settings, with the practice pause and the badge switch beside them for brevity. */
type PlanSettings = Partial<ReminderSettings & PracticePause & { badge: boolean }>;

function plan(now: number, patch: Partial<ReminderInput> = {}, settings: PlanSettings = {}) {
  const { pausedUntil = null, pausedIndefinitely = false, badge = true, ...reminders } = settings;
  return planReminders({
    now,
    settings: { ...SETTINGS, ...reminders },
    pause: { pausedUntil, pausedIndefinitely },
    badge,
    weeklyGoal: 3,
    state: EMPTY_REMINDER_STATE,
    notificationsAllowed: true,
    practisedToday: false,
    weekCount: 0,
    awaiting: [],
    unreflected: [],
    ...patch,
  });
}

const awaitingAsk = (id: string, followUpDueAt?: number, followUpSentAt?: number): AwaitingAsk => ({
  id,
  title: `Ask ${id}`,
  ...(followUpDueAt !== undefined && { followUpDueAt }),
  ...(followUpSentAt !== undefined && { followUpSentAt }),
});
const unreflectedAsk = (id: string, doneAt: number): UnreflectedAsk => ({ id, title: `Ask ${id}`, doneAt });
const state = (patch: Partial<ReminderState>): ReminderState => ({ ...EMPTY_REMINDER_STATE, ...patch });
const kinds = (p: ReminderPlan) => p.show.map((n) => n.kind);
const wall = (t: number) => {
  const date = new Date(t);
  return { day: dayKey(date), hours: date.getHours(), minutes: date.getMinutes() };
};

describe('practice nudge', () => {
  it('comes at the nudge time on a chosen day and marks the day', () => {
    const p = plan(june(17, 18));
    expect(p.show).toEqual([{ kind: 'practice' }]);
    expect(p.state.nudgedDay).toBe('2026-06-17');
  });

  it('waits for the nudge time and plans the next run for it', () => {
    const p = plan(june(17, 17, 59));
    expect(p.show).toEqual([]);
    expect(p.nextCheckAt).toBe(june(17, 18));
  });

  it('never comes on a day that was not chosen', () => {
    const p = plan(june(16, 19));
    expect(p.show).toEqual([]);
    expect(p.nextCheckAt).toBe(june(17, 0));
  });

  it('comes once a day: the next run with the returned state shows nothing', () => {
    const first = plan(june(17, 18));
    const again = plan(june(17, 20), { state: first.state });
    expect(again.show).toEqual([]);
    expect(again.state).toEqual(first.state);
    expect(first.nextCheckAt).toBe(june(18, 0));
  });

  it('does not come after practice today or with the weekly goal met, and marks nothing', () => {
    for (const patch of [{ practisedToday: true }, { weekCount: 3 }, { weekCount: 5 }]) {
      const p = plan(june(17, 18, 30), patch);
      expect(p.show).toEqual([]);
      expect(p.state.nudgedDay).toBeUndefined();
    }
    expect(kinds(plan(june(17, 18, 30), { weekCount: 2 }))).toEqual(['practice']);
  });

  it('after sleeping through several slots, shows at most today’s, once', () => {
    const asleepSince = state({ nudgedDay: '2026-06-10' });
    expect(plan(june(18, 10), { state: asleepSince }).show).toEqual([]); // Wednesday's slot is not caught up
    expect(plan(june(19, 9), { state: asleepSince }).show).toEqual([]); // Friday's is still to come
    const wake = plan(june(19, 20), { state: asleepSince });
    expect(wake.show).toEqual([{ kind: 'practice' }]);
    expect(plan(june(19, 20, 1), { state: wake.state }).show).toEqual([]);
  });

  it('plans today’s slot as the next run only while it is still to come and not nudged', () => {
    expect(plan(june(17, 12)).nextCheckAt).toBe(june(17, 18));
    // A snoozed nudge already came today (just after midnight), so today's slot is not planned.
    expect(plan(june(17, 12), { state: state({ nudgedDay: '2026-06-17' }) }).nextCheckAt).toBe(june(18, 0));
    expect(plan(june(16, 12), {}, { quietStart: '00:00', quietEnd: '00:00' }).nextCheckAt).toBe(june(17, 0));
  });

  it('is not planned at all with no days chosen', () => {
    const p = plan(june(17, 12), {}, { days: [] });
    expect(p.nextCheckAt).toBe(june(18, 0));
    expect(plan(june(17, 18), {}, { days: [] }).show).toEqual([]);
  });

  it('held by a pause, comes when it ends on the same day, but not on the next', () => {
    const paused = { pausedUntil: june(17, 20) };
    const held = plan(june(17, 18), {}, paused);
    expect(held.show).toEqual([]);
    expect(held.state.nudgedDay).toBeUndefined();
    expect(held.nextCheckAt).toBe(june(17, 20));
    expect(kinds(plan(june(17, 20), { state: held.state }, paused))).toEqual(['practice']);

    // Paused over the whole evening: Wednesday's slot is not made up on Thursday.
    const untilTomorrow = { pausedUntil: june(18, 9) };
    expect(plan(june(18, 9), {}, untilTomorrow).show).toEqual([]);
    expect(plan(june(18, 9), {}, untilTomorrow).state.nudgedDay).toBeUndefined();
  });

  it('held by quiet hours, comes when they end on the same day', () => {
    const quiet = { quietStart: '17:00', quietEnd: '19:00' };
    const held = plan(june(17, 18), {}, quiet);
    expect(held.show).toEqual([]);
    expect(held.nextCheckAt).toBe(june(17, 19));
    expect(kinds(plan(june(17, 19), { state: held.state }, quiet))).toEqual(['practice']);
  });
});

describe('nothing is shown', () => {
  const busy: Partial<ReminderInput> = {
    awaiting: [awaitingAsk('a', june(16, 12)), awaitingAsk('gone-soon', june(18, 12))],
    unreflected: [unreflectedAsk('r', june(15, 10))],
    state: state({ followUpsReminded: ['gone'], reflectionsPrompted: ['gone'] }),
  };

  it.each<[string, Partial<ReminderInput>, PlanSettings, number, number]>([
    ['when reminders are off', {}, { enabled: false }, june(18, 0), 2],
    ['when notifications are not allowed', { notificationsAllowed: false }, {}, june(18, 0), 2],
    ['when paused indefinitely', {}, { pausedIndefinitely: true }, june(18, 0), 0],
    ['when paused until later', {}, { pausedUntil: june(17, 18, 1) }, june(17, 18, 1), 0],
    ['in quiet hours', {}, { quietStart: '17:00', quietEnd: '19:00' }, june(17, 19), 2],
  ])(
    '%s, yet the badge (none while paused), the next run and pruning still happen',
    (_, patch, settings, next, badge) => {
      const p = plan(june(17, 18), { ...busy, ...patch }, settings);
      expect(p.show).toEqual([]);
      expect(p.badge).toBe(badge);
      expect(p.nextCheckAt).toBe(next);
      expect(p.state).toEqual(state({}));
    },
  );

  it('unless the pause is over', () => {
    expect(kinds(plan(june(17, 18), busy, { pausedUntil: june(17, 18) }))).toEqual([
      'practice',
      'followUp',
      'reflection',
    ]);
  });
});

describe('isPaused', () => {
  it('is true indefinitely or until the pause time, exclusive', () => {
    const s = (patch: Partial<PracticePause>) => ({ ...NO_PAUSE, ...patch });
    expect(isPaused(s({}), june(17))).toBe(false);
    expect(isPaused(s({ pausedIndefinitely: true }), june(17))).toBe(true);
    expect(isPaused(s({ pausedUntil: june(18) }), june(18) - 1)).toBe(true);
    expect(isPaused(s({ pausedUntil: june(18) }), june(18))).toBe(false);
  });

  it('holds everything for a day and lets it out when the day is over', () => {
    const pausedForADay = { pausedUntil: june(18, 10) };
    const input = { awaiting: [awaitingAsk('a', june(17, 12))] };
    const held = plan(june(17, 12), input, pausedForADay);
    expect(held.show).toEqual([]);
    expect(held.nextCheckAt).toBe(june(17, 18)); // the slot, held too
    expect(plan(june(17, 18), input, pausedForADay).nextCheckAt).toBe(june(18, 0));
    // Quiet hours end first; the pause still holds the follow-up then.
    expect(plan(june(18, 0), input, pausedForADay).nextCheckAt).toBe(june(18, 8));
    expect(plan(june(18, 8), input, pausedForADay).nextCheckAt).toBe(june(18, 10));
    const after = plan(june(18, 10), input, pausedForADay);
    expect(after.show).toEqual([{ kind: 'followUp', attemptIds: ['a'], title: 'Ask a' }]);
  });
});

describe('follow-up reminder', () => {
  it('gathers every due ask in one notice, oldest due first, titled by it', () => {
    const p = plan(june(16, 12), {
      awaiting: [
        awaitingAsk('late', june(16, 11)),
        awaitingAsk('early', june(14, 9)),
        awaitingAsk('future', june(16, 13)),
        awaitingAsk('sent', june(13, 9), june(15, 9)),
        awaitingAsk('no-due'),
      ],
    });
    expect(p.show).toEqual([{ kind: 'followUp', attemptIds: ['early', 'late'], title: 'Ask early' }]);
    expect(p.state.followUpsReminded).toEqual(['early', 'late']);
    expect(p.nextCheckAt).toBe(june(16, 13));
  });

  it('comes exactly at its due time and only once', () => {
    const awaiting = [awaitingAsk('a', june(16, 12, 30))];
    expect(plan(june(16, 12, 30) - 1, { awaiting }).show).toEqual([]);
    const first = plan(june(16, 12, 30), { awaiting });
    expect(kinds(first)).toEqual(['followUp']);
    const again = plan(june(16, 13), { awaiting, state: first.state });
    expect(again.show).toEqual([]);
    expect(again.state).toEqual(first.state);
  });

  it('does not come when follow-up reminders are off', () => {
    expect(
      plan(june(16, 12), { awaiting: [awaitingAsk('a', june(16, 9))] }, { followUps: false }).show,
    ).toEqual([]);
  });

  it('falling due in quiet hours across midnight, comes when they end', () => {
    const awaiting = [awaitingAsk('a', june(16, 23))];
    const held = plan(june(16, 23), { awaiting });
    expect(held.show).toEqual([]);
    expect(held.nextCheckAt).toBe(june(17, 0));
    const afterMidnight = plan(june(17, 0), { awaiting, state: held.state });
    expect(afterMidnight.show).toEqual([]);
    expect(afterMidnight.nextCheckAt).toBe(june(17, 8));
    expect(kinds(plan(june(17, 8), { awaiting, state: afterMidnight.state }))).toEqual(['followUp']);
  });
});

describe('reflection prompt', () => {
  const unreflected = [
    unreflectedAsk('monday', june(15, 22)),
    unreflectedAsk('tuesday', june(16, 0, 30)),
    unreflectedAsk('tuesday-late', june(16, 23, 59)),
  ];

  it('comes the next day at the nudge time, newest first, titled by the newest', () => {
    expect(plan(june(16, 17, 59), { unreflected }).show).toEqual([]);
    expect(plan(june(16, 17, 59), { unreflected }).nextCheckAt).toBe(june(16, 18));
    const p = plan(june(17, 18, 0), { unreflected }, { days: [] });
    expect(p.show).toEqual([
      { kind: 'reflection', attemptIds: ['tuesday-late', 'tuesday', 'monday'], title: 'Ask tuesday-late' },
    ]);
    expect(p.state.reflectionsPrompted).toEqual(['tuesday-late', 'tuesday', 'monday']);
    expect(plan(june(17, 19), { unreflected, state: p.state }, { days: [] }).show).toEqual([]);
  });

  it('uses the nudge time even on days without a practice nudge', () => {
    const p = plan(june(16, 19), { unreflected: [unreflectedAsk('m', june(15, 9))] }, { time: '19:00' });
    expect(p.show).toEqual([{ kind: 'reflection', attemptIds: ['m'], title: 'Ask m' }]);
  });

  it('does not come when reflection prompts are off', () => {
    const p = plan(june(17, 19), { unreflected }, { reflections: false, days: [] });
    expect(p.show).toEqual([]);
    expect(p.badge).toBe(3);
  });
});

describe('snooze', () => {
  it('for an hour brings a practice nudge back once, a second nudge that day', () => {
    const shown = plan(june(17, 18));
    const snoozed = snoozeReminder(shown.state, { kind: 'practice' }, 'hour', june(17, 18, 5), SETTINGS);
    expect(snoozed.snoozed).toEqual([{ kind: 'practice', attemptIds: [], until: june(17, 19, 5) }]);
    const before = plan(june(17, 19), { state: snoozed });
    expect(before.show).toEqual([]);
    expect(before.nextCheckAt).toBe(june(17, 19, 5));
    const back = plan(june(17, 19, 5), { state: snoozed });
    expect(back.show).toEqual([{ kind: 'practice' }]);
    expect(back.state.snoozed).toEqual([]);
    expect(back.state.nudgedDay).toBe('2026-06-17');
    expect(plan(june(17, 19, 30), { state: back.state }).show).toEqual([]);
  });

  it('holds the fresh nudge while a practice snooze is pending', () => {
    const pending = state({ snoozed: [{ kind: 'practice', attemptIds: [], until: june(17, 19) }] });
    expect(plan(june(17, 18), { state: pending }).show).toEqual([]);
    expect(kinds(plan(june(17, 19), { state: pending }))).toEqual(['practice']);
  });

  it('drops a practice snooze instead of showing it after practice or with the goal met', () => {
    const due = state({ snoozed: [{ kind: 'practice', attemptIds: [], until: june(17, 19) }] });
    for (const patch of [{ practisedToday: true }, { weekCount: 3 }]) {
      const p = plan(june(17, 19), { state: due, ...patch });
      expect(p.show).toEqual([]);
      expect(p.state.snoozed).toEqual([]);
    }
  });

  it('to tomorrow brings a follow-up back at the nudge time, and only then', () => {
    const awaiting = [awaitingAsk('a', june(17, 9)), awaitingAsk('b', june(17, 9, 30))];
    const shown = plan(june(17, 10), { awaiting });
    const notice = shown.show[0];
    if (notice?.kind !== 'followUp') throw new Error('expected a follow-up');
    const snoozed = snoozeReminder(shown.state, notice, 'tomorrow', june(17, 10, 1), SETTINGS);
    expect(snoozed.snoozed).toEqual([{ kind: 'followUp', attemptIds: ['a', 'b'], until: june(18, 18) }]);
    expect(snoozed.followUpsReminded).toEqual(['a', 'b']);
    expect(plan(june(18, 17, 59), { awaiting, state: snoozed }).show).toEqual([]);
    // Meanwhile b was answered and left the awaiting list.
    const stillAwaiting = awaiting.slice(0, 1);
    const back = plan(june(18, 18), { awaiting: stillAwaiting, state: snoozed });
    expect(back.show).toEqual([{ kind: 'followUp', attemptIds: ['a'], title: 'Ask a' }]);
    expect(back.state.snoozed).toEqual([]);
    expect(plan(june(18, 19), { awaiting: stillAwaiting, state: back.state }).show).toEqual([]);
  });

  it('brings a practice nudge back tomorrow even if tomorrow is not a chosen day', () => {
    const snoozed = snoozeReminder(
      plan(june(17, 18)).state,
      { kind: 'practice' },
      'tomorrow',
      june(17, 18),
      SETTINGS,
    );
    const back = plan(june(18, 18), { state: snoozed });
    expect(back.show).toEqual([{ kind: 'practice' }]);
    expect(back.state.nudgedDay).toBe('2026-06-18');
  });

  it('is moved out of quiet hours', () => {
    const late = snoozeReminder(EMPTY_REMINDER_STATE, { kind: 'practice' }, 'hour', june(17, 21), SETTINGS);
    expect(late.snoozed[0]?.until).toBe(june(18, 8));
    const early = snoozeReminder(EMPTY_REMINDER_STATE, { kind: 'practice' }, 'tomorrow', june(17, 12), {
      ...SETTINGS,
      time: '07:00',
    });
    expect(early.snoozed[0]?.until).toBe(june(18, 8));
  });

  it('replaces an earlier snooze of the same notice', () => {
    const once = snoozeReminder(EMPTY_REMINDER_STATE, { kind: 'practice' }, 'hour', june(17, 18), SETTINGS);
    const twice = snoozeReminder(once, { kind: 'practice' }, 'tomorrow', june(17, 18), SETTINGS);
    expect(twice.snoozed).toEqual([{ kind: 'practice', attemptIds: [], until: june(18, 18) }]);

    const notice = (ids: string[]) => ({ kind: 'reflection' as const, attemptIds: ids, title: 'x' });
    const first = snoozeReminder(EMPTY_REMINDER_STATE, notice(['a', 'b']), 'hour', june(17, 10), SETTINGS);
    const withPractice = snoozeReminder(first, { kind: 'practice' }, 'hour', june(17, 10), SETTINGS);
    const second = snoozeReminder(withPractice, notice(['b', 'c']), 'tomorrow', june(17, 10), SETTINGS);
    expect(second.snoozed).toEqual([
      { kind: 'reflection', attemptIds: ['a'], until: june(17, 11) },
      { kind: 'practice', attemptIds: [], until: june(17, 11) },
      { kind: 'reflection', attemptIds: ['b', 'c'], until: june(18, 18) },
    ]);
    expect(second.reflectionsPrompted).toEqual(['a', 'b', 'c']);
  });

  it('merges with a fresh notice of the same kind', () => {
    const awaiting = [awaitingAsk('old', june(15, 9)), awaitingAsk('new', june(17, 10, 30))];
    const snoozed = state({
      followUpsReminded: ['old'],
      snoozed: [{ kind: 'followUp', attemptIds: ['old'], until: june(17, 10) }],
    });
    const p = plan(june(17, 11), { awaiting, state: snoozed });
    expect(p.show).toEqual([{ kind: 'followUp', attemptIds: ['old', 'new'], title: 'Ask old' }]);
    expect(p.state.snoozed).toEqual([]);
    expect(p.state.followUpsReminded).toEqual(['old', 'new']);
  });

  it('merges a due practice snooze with today’s slot into one nudge', () => {
    const snoozed = state({ snoozed: [{ kind: 'practice', attemptIds: [], until: june(17, 18) }] });
    expect(plan(june(17, 18), { state: snoozed }).show).toEqual([{ kind: 'practice' }]);
  });

  it('is dropped when none of its asks remain, and otherwise waits', () => {
    const snoozed = state({
      reflectionsPrompted: ['r'],
      snoozed: [{ kind: 'reflection', attemptIds: ['r'], until: june(17, 19) }],
    });
    const gone = plan(june(18, 19), { state: snoozed });
    expect(gone.show).toEqual([]);
    expect(gone.state).toEqual(state({}));
    const unreflected = [unreflectedAsk('r', june(15, 9))];
    const waiting = plan(june(17, 12), { state: snoozed, unreflected });
    expect(waiting.show).toEqual([]);
    expect(waiting.state).toEqual(snoozed);
    expect(waiting.nextCheckAt).toBe(june(17, 18)); // the practice slot comes first
    const afterSlot = plan(june(17, 18, 30), { state: waiting.state, unreflected });
    expect(kinds(afterSlot)).toEqual(['practice']);
    expect(afterSlot.nextCheckAt).toBe(june(17, 19));
    expect(plan(june(17, 19), { state: afterSlot.state, unreflected }).show).toEqual([
      { kind: 'reflection', attemptIds: ['r'], title: 'Ask r' },
    ]);
  });
});

describe('pruning', () => {
  it('forgets asks that left the lists and keeps a practice snooze until due', () => {
    const p = plan(june(17, 12), {
      awaiting: [awaitingAsk('a', june(16, 9))],
      unreflected: [unreflectedAsk('r', june(16, 9))],
      state: state({
        nudgedDay: '2026-06-15',
        followUpsReminded: ['a', 'answered'],
        reflectionsPrompted: ['r', 'reflected', 'a'],
        snoozed: [
          { kind: 'followUp', attemptIds: ['a', 'answered'], until: june(17, 13) },
          { kind: 'reflection', attemptIds: ['reflected'], until: june(17, 13) },
          { kind: 'practice', attemptIds: [], until: june(20, 18) },
        ],
      }),
    });
    expect(p.state).toEqual({
      nudgedDay: '2026-06-15',
      followUpsReminded: ['a'],
      reflectionsPrompted: ['r'],
      snoozed: [
        { kind: 'followUp', attemptIds: ['a'], until: june(17, 13) },
        { kind: 'practice', attemptIds: [], until: june(20, 18) },
      ],
    });
  });
});

describe('badge', () => {
  it('counts due unsent follow-ups and every unreflected ask, whatever the settings', () => {
    const input: Partial<ReminderInput> = {
      awaiting: [
        awaitingAsk('due', june(17, 9)),
        awaitingAsk('due-now', june(17, 12)),
        awaitingAsk('later', june(17, 12) + 1),
        awaitingAsk('sent', june(16, 9), june(16, 10)),
        awaitingAsk('none'),
      ],
      unreflected: [unreflectedAsk('r1', june(17, 11)), unreflectedAsk('r2', june(10, 9))],
      state: state({ followUpsReminded: ['due'] }),
    };
    expect(plan(june(17, 12), input).badge).toBe(4);
    expect(plan(june(17, 12), { ...input, notificationsAllowed: false }, { enabled: false }).badge).toBe(4);
    expect(plan(june(17, 12), input, { followUps: false, reflections: false }).badge).toBe(4);
    expect(plan(june(17, 12), input, { quietStart: '00:00', quietEnd: '23:59' }).badge).toBe(4);
    expect(plan(june(17, 12)).badge).toBe(0);
  });

  it('is empty while practice is paused, and comes back when the pause ends', () => {
    const input = { awaiting: [awaitingAsk('due', june(16, 12))] };
    expect(plan(june(17, 12), input, { pausedIndefinitely: true }).badge).toBe(0);
    expect(plan(june(17, 12), input, { pausedUntil: june(17, 14) }).badge).toBe(0);
    expect(plan(june(17, 14), input, { pausedUntil: june(17, 14) }).badge).toBe(1);
  });

  it('is empty when the person turned it off', () => {
    const input = {
      awaiting: [awaitingAsk('due', june(16, 12))],
      unreflected: [unreflectedAsk('r', june(17, 9))],
    };
    expect(plan(june(17, 12), input, { badge: false }).badge).toBe(0);
    expect(plan(june(17, 12), input, { badge: false }).show.length).toBeGreaterThan(0);
  });

  it('is planned to change when a follow-up falls due, even one that will not be reminded', () => {
    const p = plan(june(17, 12), { awaiting: [awaitingAsk('a', june(17, 15))] }, { followUps: false });
    expect(p.nextCheckAt).toBe(june(17, 15));
  });
});

describe('next run', () => {
  it('is local midnight when nothing else is planned', () => {
    expect(plan(june(17, 12), {}, { enabled: false, days: [] }).nextCheckAt).toBe(june(18, 0));
    expect(plan(june(17, 23, 59), {}, { days: [] }).nextCheckAt).toBe(june(18, 0));
  });

  it('is the end of a pause when that comes first', () => {
    expect(plan(june(17, 12), {}, { pausedUntil: june(17, 14) }).nextCheckAt).toBe(june(17, 14));
    expect(plan(june(17, 12), {}, { pausedUntil: june(17, 14), pausedIndefinitely: true }).nextCheckAt).toBe(
      june(17, 18),
    );
  });

  it('is the end of quiet hours only when something is held by them', () => {
    const quiet = { quietStart: '11:00', quietEnd: '13:00' };
    expect(plan(june(17, 12), {}, quiet).nextCheckAt).toBe(june(17, 18));
    expect(plan(june(17, 12), { awaiting: [awaitingAsk('a', june(17, 11))] }, quiet).nextCheckAt).toBe(
      june(17, 13),
    );
    expect(
      plan(june(17, 12), { awaiting: [awaitingAsk('a', june(17, 11))] }, { ...quiet, enabled: false })
        .nextCheckAt,
    ).toBe(june(17, 18));
  });

  it('is the earliest snooze, follow-up or reflection still to come', () => {
    const p = plan(
      june(17, 9),
      {
        awaiting: [awaitingAsk('a', june(17, 11)), awaitingAsk('b', june(17, 10))],
        unreflected: [unreflectedAsk('r', june(16, 9))],
        state: state({ snoozed: [{ kind: 'practice', attemptIds: [], until: june(17, 9, 30) }] }),
      },
      { time: '09:45', days: [] },
    );
    expect(p.nextCheckAt).toBe(june(17, 9, 30));
    const withoutSnooze = plan(
      june(17, 9),
      { awaiting: [awaitingAsk('b', june(17, 10))], unreflected: [unreflectedAsk('r', june(16, 9))] },
      { time: '09:45', days: [] },
    );
    expect(withoutSnooze.nextCheckAt).toBe(june(17, 9, 45));
  });
});

// Daylight saving: the same assertions hold in every zone; the transitions are found by scanning
// the year, so a zone without them checks that slots stay exactly 24 h apart instead.

const KNOWN_2026: Record<string, DayKey[]> = {
  'Europe/Berlin': ['2026-03-29', '2026-10-25'],
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Asia/Tokyo': [],
  UTC: [],
};

/** Days of 2026 that are not 24 h long, with their length in hours. */
function transitionDays(): { day: DayKey; hours: number }[] {
  const found: { day: DayKey; hours: number }[] = [];
  for (let d = 1; d <= 365; d++) {
    const hours = (at(2026, 0, d + 1) - at(2026, 0, d)) / HOUR;
    if (hours !== 24) found.push({ day: dayKey(at(2026, 0, d)), hours });
  }
  return found;
}

/** Runs the planner at every nextCheckAt from `from` to `to` and returns when practice nudges came. */
function practiceNudges(from: number, to: number, settings: Partial<ReminderSettings>): number[] {
  const shownAt: number[] = [];
  let now = from;
  let current = EMPTY_REMINDER_STATE;
  while (now < to) {
    const p = plan(now, { state: current }, { quietStart: '00:00', quietEnd: '00:00', ...settings });
    if (p.show.some((n) => n.kind === 'practice')) shownAt.push(now);
    expect(p.nextCheckAt).toBeGreaterThan(now);
    current = p.state;
    now = p.nextCheckAt;
  }
  return shownAt;
}

describe(`daylight saving in ${ZONE}`, () => {
  const transitions = transitionDays();
  // Without daylight saving, the days other zones change on must behave like any other day.
  const checkDays =
    transitions.length > 0
      ? transitions
      : ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01'].map((day) => ({ day, hours: 24 }));
  const everyDay = { days: [0, 1, 2, 3, 4, 5, 6] as ReminderSettings['days'] };

  it('finds one short and one long day where the zone has daylight saving, none elsewhere', () => {
    const known = KNOWN_2026[ZONE];
    if (known) expect(transitions.map((t) => t.day)).toEqual(known);
    if (transitions.length > 0) expect(transitions.map((t) => t.hours).sort()).toEqual([23, 25]);
    else for (let d = 1; d <= 365; d++) expect(at(2026, 0, d + 1, 18) - at(2026, 0, d, 18)).toBe(24 * HOUR);
  });

  it('nudges at 18:00 local on each transition day and the day after', () => {
    for (const { day } of checkDays) {
      const start = new Date(`${day}T00:00`).getTime() - 36 * HOUR;
      const shown = practiceNudges(start, start + 4 * 24 * HOUR, everyDay);
      expect(shown.map((t) => wall(t).hours)).toEqual([18, 18, 18, 18]);
      const days = shown.map((t) => wall(t).day);
      expect(days).toContain(day);
      expect(new Set(days).size).toBe(4);
    }
  });

  it('plans the next slot at 18:00 local from the evening before a transition', () => {
    for (const { day, hours } of checkDays) {
      const dayStart = new Date(`${day}T00:00`).getTime();
      const eve = dayStart - 3 * HOUR;
      const p = plan(
        eve,
        { state: state({ nudgedDay: dayKey(eve) }) },
        { ...everyDay, quietStart: '00:00', quietEnd: '00:00' },
      );
      expect(wall(p.nextCheckAt)).toEqual({ day, hours: 0, minutes: 0 });
      const next = plan(p.nextCheckAt, { state: p.state }, everyDay).nextCheckAt;
      expect(wall(next)).toEqual({ day, hours: 18, minutes: 0 });
      expect(next - dayStart).toBe((18 - (24 - hours)) * HOUR);
    }
  });

  it('puts a 02:30 nudge at 03:30 on the day the clocks skip 02:00–03:00, at 02:30 on other days', () => {
    const nightOwl = { ...everyDay, time: '02:30', quietStart: '00:00', quietEnd: '00:00' };
    for (const { day } of checkDays) {
      const beforeTwo = at(...ymd(day), 1, 59);
      const skipsTwoToThree = wall(beforeTwo).hours === 1 && wall(beforeTwo + 60_000).hours === 3;
      const p = plan(at(...ymd(day), 0, 30), {}, nightOwl);
      expect(wall(p.nextCheckAt)).toEqual({ day, hours: skipsTwoToThree ? 3 : 2, minutes: 30 });
      expect(kinds(plan(p.nextCheckAt, { state: p.state }, nightOwl))).toEqual(['practice']);
      expect(plan(p.nextCheckAt - 1, { state: p.state }, nightOwl).show).toEqual([]);
    }
    if (KNOWN_2026[ZONE]?.length) {
      expect(checkDays.filter(({ day }) => wall(at(...ymd(day), 2, 30)).hours === 3)).toHaveLength(1);
    }
  });

  it('rolls over at local midnight across each transition', () => {
    for (const { day } of checkDays) {
      for (const hour of [1, 12, 23]) {
        const now = at(...ymd(day), hour);
        const p = plan(now, {}, { enabled: false, days: [] });
        const next = wall(p.nextCheckAt);
        expect(next.hours).toBe(0);
        expect(next.minutes).toBe(0);
        expect(next.day).toBe(dayKey(at(...ymd(day), 24)));
      }
    }
  });

  it('keeps the practice slot at the chosen wall time all year, one nudge a day', () => {
    for (const time of ['18:00', '07:15', '23:45']) {
      const [h, m] = time.split(':').map(Number);
      const shown = practiceNudges(at(2026, 0, 1), at(2027, 0, 1), { ...everyDay, time });
      expect(shown).toHaveLength(365);
      for (const t of shown) expect(wall(t)).toMatchObject({ hours: h, minutes: m });
      expect(new Set(shown.map((t) => dayKey(t))).size).toBe(365);
      const apart = shown.slice(1).map((t, i) => (t - (shown[i] as number)) / HOUR);
      expect(apart.filter((x) => x !== 24).sort()).toEqual(transitions.map((x) => x.hours).sort());
    }
  });
});

function ymd(day: DayKey): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 1970, (m ?? 1) - 1, d ?? 1];
}

describe('needsAlarm', () => {
  const input = (settings: Partial<ReminderSettings>, patch: Partial<ReminderInput> = {}): ReminderInput => ({
    now: june(17, 12),
    settings: { ...SETTINGS, ...settings },
    pause: NO_PAUSE,
    badge: true,
    weeklyGoal: 3,
    state: EMPTY_REMINDER_STATE,
    notificationsAllowed: false,
    practisedToday: false,
    weekCount: 0,
    awaiting: [],
    unreflected: [],
    ...patch,
  });

  it('is not needed with reminders off and nothing waiting', () => {
    expect(needsAlarm(input({ enabled: false }))).toBe(false);
  });

  it('is needed while reminders are on', () => {
    expect(needsAlarm(input({ enabled: true }))).toBe(true);
  });

  it('is needed for the badge while an ask waits for a reply or a reflection', () => {
    expect(
      needsAlarm(input({ enabled: false }, { awaiting: [{ id: 'a', title: 'A', followUpDueAt: june(18) }] })),
    ).toBe(true);
    expect(
      needsAlarm(input({ enabled: false }, { unreflected: [{ id: 'b', title: 'B', doneAt: june(16) }] })),
    ).toBe(true);
  });
});
