import type { DayKey } from '../dates';
import type { PracticePause } from '../pause/pause';

// What the reminder planner reads and returns. Times are epoch milliseconds; clock times are
// local 'HH:MM'; weekdays are numbered as Date#getDay (0 = Sunday).

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface ReminderSettings {
  /** The user turned reminders on (and the browser allowed notifications). */
  enabled: boolean;
  /** Days a practice nudge may come; empty means no practice nudges. */
  days: Weekday[];
  /** Local time of the practice nudge. */
  time: string;
  /** Follow-up reminders for asks awaiting a reply. */
  followUps: boolean;
  /** A prompt, the day after, for an ask logged without a reflection. */
  reflections: boolean;
  /** Quiet hours, local; equal start and end means none. The window may cross midnight. */
  quietStart: string;
  quietEnd: string;
  /** Days after "no reply yet" before a follow-up is due, for asks filed from now on. */
  followUpDays: number;
}

export type ReminderKind = 'practice' | 'followUp' | 'reflection';

/** For names that arrive as text: a notification id, a page's address, a message. */
export function isReminderKind(value: unknown): value is ReminderKind {
  return value === 'practice' || value === 'followUp' || value === 'reflection';
}

/** A reminder the user pushed back from its notification. */
export interface SnoozedReminder {
  kind: ReminderKind;
  /** The attempts it is about (empty for a practice nudge). */
  attemptIds: string[];
  until: number;
}

/** What the background remembers between runs (browser-local storage, not synced). */
export interface ReminderState {
  /** Local day the last practice nudge was shown. */
  nudgedDay?: DayKey;
  snoozed: SnoozedReminder[];
  /** Awaiting attempts already reminded about a follow-up (each is reminded once). */
  followUpsReminded: string[];
  /** Unreflected attempts already prompted (each is prompted once). */
  reflectionsPrompted: string[];
}

export interface AwaitingAsk {
  id: string;
  title: string;
  followUpDueAt?: number;
  followUpSentAt?: number;
}

export interface UnreflectedAsk {
  id: string;
  title: string;
  doneAt: number;
}

export interface ReminderInput {
  now: number;
  settings: ReminderSettings;
  /** Practice is paused: no reminder and no badge until it ends. */
  pause: PracticePause;
  /** The person wants the toolbar badge. */
  badge: boolean;
  weeklyGoal: number;
  state: ReminderState;
  /** Whether the browser lets the extension show notifications at all. */
  notificationsAllowed: boolean;
  /** An ask was committed or done today (local day of `now`). */
  practisedToday: boolean;
  /** Asks done this week (weeks start on Monday). */
  weekCount: number;
  awaiting: AwaitingAsk[];
  unreflected: UnreflectedAsk[];
}

export type ReminderNotice =
  | { kind: 'practice' }
  | { kind: 'followUp' | 'reflection'; attemptIds: string[]; title: string };

export interface ReminderPlan {
  /** Notifications to show now: at most one of each kind. */
  show: ReminderNotice[];
  /** The state to store once they are shown. */
  state: ReminderState;
  /** When the planner must run again (a one-shot alarm); always later than `now`. */
  nextCheckAt: number;
  /** The toolbar badge: things waiting for the user. */
  badge: number;
}

export type SnoozeChoice = 'hour' | 'tomorrow';
