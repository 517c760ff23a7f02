import { addDays, type DayKey, dayKey, parseDayKey } from '../dates';
import { isPaused } from '../pause/pause';
import { atLocalTime, isInQuietHours, parseClockTime, quietHoursEnd } from './clock';
import { DEFAULT_REMINDER_SETTINGS } from './defaults';
import type {
  AwaitingAsk,
  ReminderInput,
  ReminderKind,
  ReminderNotice,
  ReminderPlan,
  ReminderSettings,
  ReminderState,
  SnoozeChoice,
  SnoozedReminder,
  UnreflectedAsk,
} from './types';

// The background calls planReminders on every alarm and after every change that matters; it
// shows `show`, stores `state` and sets a one-shot alarm at `nextCheckAt`. The planner looks only
// at "now", never at the slots it may have slept through, so a machine that wakes after days
// shows at most one notice of each kind instead of a burst.

const HOUR = 3_600_000;
/** Far enough to reach the next chosen weekday even when today's slot has passed. */
const SLOT_LOOKAHEAD_DAYS = 8;

/**
 * Whether the background needs an alarm at all. With reminders off and nothing waiting or
 * unreflected, no reminder can fall due and the badge stays empty until a write re-plans,
 * so nothing is left scheduled (after "Delete everything", for one).
 */
export function needsAlarm({ settings, awaiting, unreflected }: ReminderInput): boolean {
  return settings.enabled || awaiting.length > 0 || unreflected.length > 0;
}

/** Works out which reminders to show now, the state to keep, the badge and the next run. */
export function planReminders(input: ReminderInput): ReminderPlan {
  const { now, settings } = input;
  const today = dayKey(now);
  const state = pruneState(input);
  const due = dueReminders(input, state, today);
  const canNotify = settings.enabled && input.notificationsAllowed && !input.pause.pausedIndefinitely;
  const quiet = isInQuietHours(now, settings.quietStart, settings.quietEnd);
  const showNow = canNotify && !isPaused(input.pause, now) && !quiet;
  const nextState = showNow ? due.stateAfterShow : state;
  const heldByQuiet = canNotify && quiet && due.notices.length > 0;
  return {
    show: showNow ? due.notices : [],
    state: nextState,
    nextCheckAt: nextCheckAt(input, nextState, today, heldByQuiet),
    badge: badgeCount(input),
  };
}

/** Pushes a shown reminder back by an hour or to tomorrow's nudge time, never into quiet hours. */
export function snoozeReminder(
  state: ReminderState,
  notice: ReminderNotice,
  choice: SnoozeChoice,
  now: number,
  settings: ReminderSettings,
): ReminderState {
  const wanted =
    choice === 'hour' ? now + HOUR : atLocalTime(addDays(dayKey(now), 1), nudgeMinutes(settings));
  const until = quietHoursEnd(wanted, settings.quietStart, settings.quietEnd);
  const attemptIds = notice.kind === 'practice' ? [] : [...notice.attemptIds];
  const snoozed = [
    ...state.snoozed.flatMap((s) => withoutOverlap(s, notice.kind, attemptIds)),
    { kind: notice.kind, attemptIds, until },
  ];
  // The ids stay marked as reminded so they come back only through the snooze, even if the
  // caller snoozes before storing the plan's state.
  return {
    ...state,
    snoozed,
    followUpsReminded:
      notice.kind === 'followUp' ? union(state.followUpsReminded, attemptIds) : state.followUpsReminded,
    reflectionsPrompted:
      notice.kind === 'reflection' ? union(state.reflectionsPrompted, attemptIds) : state.reflectionsPrompted,
  };
}

function nudgeMinutes(settings: ReminderSettings): number {
  // Stored settings are normalized on read; this only keeps a corrupt time from silencing
  // reflection prompts and snoozes, by using the time a new user would have had.
  return parseClockTime(settings.time) ?? parseClockTime(DEFAULT_REMINDER_SETTINGS.time) ?? 0;
}

function withoutOverlap(
  snooze: SnoozedReminder,
  kind: ReminderKind,
  attemptIds: string[],
): SnoozedReminder[] {
  if (snooze.kind !== kind) return [snooze];
  if (kind === 'practice') return [];
  // Only the overlapping ids move to the new snooze; the rest keep their own time.
  const rest = snooze.attemptIds.filter((id) => !attemptIds.includes(id));
  return rest.length > 0 ? [{ ...snooze, attemptIds: rest }] : [];
}

function union(ids: string[], more: string[]): string[] {
  return [...new Set([...ids, ...more])];
}

function isNudgeDay(settings: ReminderSettings, day: DayKey): boolean {
  const weekday = parseDayKey(day).getDay();
  return settings.days.some((d) => d === weekday);
}

function isFollowUpDue(ask: AwaitingAsk, now: number): boolean {
  return ask.followUpDueAt !== undefined && ask.followUpDueAt <= now && ask.followUpSentAt === undefined;
}

function reflectionDueAt(ask: UnreflectedAsk, settings: ReminderSettings): number {
  return atLocalTime(addDays(dayKey(ask.doneAt), 1), nudgeMinutes(settings));
}

function snoozedIds(snoozes: SnoozedReminder[], kind: ReminderKind): Set<string> {
  return new Set(snoozes.filter((s) => s.kind === kind).flatMap((s) => s.attemptIds));
}

/** Forgets asks that left the lists the caller passes in, so stored state stays small. */
function pruneState({ state, awaiting, unreflected }: ReminderInput): ReminderState {
  const present: Record<ReminderKind, Set<string>> = {
    practice: new Set(),
    followUp: new Set(awaiting.map((a) => a.id)),
    reflection: new Set(unreflected.map((a) => a.id)),
  };
  const snoozed = state.snoozed.flatMap((s): SnoozedReminder[] => {
    if (s.kind === 'practice') return [s];
    const attemptIds = s.attemptIds.filter((id) => present[s.kind].has(id));
    return attemptIds.length > 0 ? [{ ...s, attemptIds }] : [];
  });
  return {
    ...(state.nudgedDay !== undefined && { nudgedDay: state.nudgedDay }),
    snoozed,
    followUpsReminded: state.followUpsReminded.filter((id) => present.followUp.has(id)),
    reflectionsPrompted: state.reflectionsPrompted.filter((id) => present.reflection.has(id)),
  };
}

interface DueReminders {
  /** What would be shown now if nothing (quiet hours, a pause) held it back. */
  notices: ReminderNotice[];
  /** The state once those are shown; due snoozes are consumed either way. */
  stateAfterShow: ReminderState;
}

function dueReminders(input: ReminderInput, state: ReminderState, today: DayKey): DueReminders {
  const { now, settings } = input;
  const dueSnoozes = state.snoozed.filter((s) => s.until <= now);
  const pendingSnoozes = state.snoozed.filter((s) => s.until > now);

  const practiceWanted = !input.practisedToday && input.weekCount < input.weeklyGoal;
  const freshPractice =
    isNudgeDay(settings, today) &&
    now >= atLocalTime(today, nudgeMinutes(settings)) &&
    state.nudgedDay !== today &&
    !pendingSnoozes.some((s) => s.kind === 'practice');
  const showPractice = practiceWanted && (freshPractice || dueSnoozes.some((s) => s.kind === 'practice'));

  const followUps = dueFollowUps(input, state, dueSnoozes, pendingSnoozes);
  const reflections = dueReflections(input, state, dueSnoozes, pendingSnoozes);
  const followUpIds = followUps.map((a) => a.id);
  const reflectionIds = reflections.map((a) => a.id);

  const notices: ReminderNotice[] = [];
  if (showPractice) notices.push({ kind: 'practice' });
  if (followUps[0]) notices.push({ kind: 'followUp', attemptIds: followUpIds, title: followUps[0].title });
  if (reflections[0]) {
    notices.push({ kind: 'reflection', attemptIds: reflectionIds, title: reflections[0].title });
  }
  const nudgedDay = showPractice ? today : state.nudgedDay;
  return {
    notices,
    stateAfterShow: {
      ...(nudgedDay !== undefined && { nudgedDay }),
      snoozed: pendingSnoozes,
      followUpsReminded: union(state.followUpsReminded, followUpIds),
      reflectionsPrompted: union(state.reflectionsPrompted, reflectionIds),
    },
  };
}

/** Follow-ups to remind about now, fresh and back from a snooze, oldest due first. */
function dueFollowUps(
  { now, settings, awaiting }: ReminderInput,
  state: ReminderState,
  dueSnoozes: SnoozedReminder[],
  pendingSnoozes: SnoozedReminder[],
): AwaitingAsk[] {
  if (!settings.followUps) return [];
  const reminded = new Set(state.followUpsReminded);
  const pending = snoozedIds(pendingSnoozes, 'followUp');
  const back = snoozedIds(dueSnoozes, 'followUp');
  return awaiting
    .filter((a) =>
      back.has(a.id)
        ? a.followUpSentAt === undefined
        : isFollowUpDue(a, now) && !reminded.has(a.id) && !pending.has(a.id),
    )
    .sort((a, b) => (a.followUpDueAt ?? now) - (b.followUpDueAt ?? now));
}

/** Reflections to prompt for now, fresh and back from a snooze, newest first. */
function dueReflections(
  { now, settings, unreflected }: ReminderInput,
  state: ReminderState,
  dueSnoozes: SnoozedReminder[],
  pendingSnoozes: SnoozedReminder[],
): UnreflectedAsk[] {
  if (!settings.reflections) return [];
  const prompted = new Set(state.reflectionsPrompted);
  const pending = snoozedIds(pendingSnoozes, 'reflection');
  const back = snoozedIds(dueSnoozes, 'reflection');
  return unreflected
    .filter(
      (a) =>
        back.has(a.id) || (reflectionDueAt(a, settings) <= now && !prompted.has(a.id) && !pending.has(a.id)),
    )
    .sort((a, b) => b.doneAt - a.doneAt);
}

function badgeCount({ now, awaiting, unreflected, pause, badge }: ReminderInput): number {
  if (!badge || isPaused(pause, now)) return 0;
  return awaiting.filter((a) => isFollowUpDue(a, now)).length + unreflected.length;
}

/** The next practice slot after `now` that has not been nudged yet, if any weekday is chosen. */
function nextPracticeSlot(settings: ReminderSettings, state: ReminderState, today: DayKey, now: number) {
  for (let offset = 0; offset <= SLOT_LOOKAHEAD_DAYS; offset++) {
    const day = addDays(today, offset);
    if (day === state.nudgedDay || !isNudgeDay(settings, day)) continue;
    const slot = atLocalTime(day, nudgeMinutes(settings));
    if (slot > now) return slot;
  }
  return undefined;
}

function nextCheckAt(
  input: ReminderInput,
  state: ReminderState,
  today: DayKey,
  heldByQuiet: boolean,
): number {
  const { now, settings } = input;
  const prompted = new Set(state.reflectionsPrompted);
  const snoozedReflections = snoozedIds(state.snoozed, 'reflection');
  const candidates: (number | undefined)[] = [
    // Midnight always: the badge and "today" roll over even when nothing else is planned.
    atLocalTime(addDays(today, 1), 0),
    nextPracticeSlot(settings, state, today, now),
    ...state.snoozed.map((s) => s.until),
    // Every unsent follow-up, reminded or not: the badge counts it from its due time on.
    ...input.awaiting.filter((a) => a.followUpSentAt === undefined).map((a) => a.followUpDueAt),
    ...(settings.reflections
      ? input.unreflected
          .filter((a) => !prompted.has(a.id) && !snoozedReflections.has(a.id))
          .map((a) => reflectionDueAt(a, settings))
      : []),
    heldByQuiet ? quietHoursEnd(now, settings.quietStart, settings.quietEnd) : undefined,
    // Anything held by the pause, or falling due during it, is shown once the pause ends.
    !input.pause.pausedIndefinitely && input.pause.pausedUntil !== null ? input.pause.pausedUntil : undefined,
  ];
  return Math.min(...candidates.filter((t): t is number => t !== undefined && t > now));
}
