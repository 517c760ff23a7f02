import { type DayKey, dayKey, parseDayKey } from '../dates';
import { parseClockTime } from './clock';
import type { ReminderKind, ReminderSettings, ReminderState, SnoozedReminder, Weekday } from './types';
import { isValidFollowUpDays } from './validate';

export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = {
  enabled: false,
  days: [1, 3, 5],
  time: '18:00',
  followUps: true,
  reflections: true,
  quietStart: '21:30',
  quietEnd: '08:00',
  followUpDays: 5,
};

export const EMPTY_REMINDER_STATE: ReminderState = {
  snoozed: [],
  followUpsReminded: [],
  reflectionsPrompted: [],
};

const REMINDER_KINDS: readonly ReminderKind[] = ['practice', 'followUp', 'reflection'];

function asRecord(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function clockTimeOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && parseClockTime(value) !== undefined ? value : fallback;
}

function isWeekday(value: unknown): value is Weekday {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6;
}

function weekdaysOr(value: unknown, fallback: readonly Weekday[]): Weekday[] {
  if (!Array.isArray(value)) return [...fallback];
  return [...new Set(value.filter(isWeekday))].sort((a, b) => a - b);
}

function uniqueStrings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((item): item is string => typeof item === 'string'))];
}

/** Keeps every valid stored field and falls back to the default for the rest. */
export function normalizeReminderSettings(raw: unknown): ReminderSettings {
  const source = asRecord(raw);
  const d = DEFAULT_REMINDER_SETTINGS;
  return {
    enabled: booleanOr(source.enabled, d.enabled),
    days: weekdaysOr(source.days, d.days),
    time: clockTimeOr(source.time, d.time),
    followUps: booleanOr(source.followUps, d.followUps),
    reflections: booleanOr(source.reflections, d.reflections),
    quietStart: clockTimeOr(source.quietStart, d.quietStart),
    quietEnd: clockTimeOr(source.quietEnd, d.quietEnd),
    followUpDays: isValidFollowUpDays(source.followUpDays) ? source.followUpDays : d.followUpDays,
  };
}

function isDayKey(value: unknown): value is DayKey {
  // The round trip rejects well-shaped but impossible days such as 2026-02-30.
  return (
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && dayKey(parseDayKey(value)) === value
  );
}

function normalizeSnooze(raw: unknown): SnoozedReminder[] {
  const source = asRecord(raw);
  const kind = REMINDER_KINDS.find((k) => k === source.kind);
  const until = source.until;
  if (kind === undefined || typeof until !== 'number' || !Number.isFinite(until)) return [];
  if (kind === 'practice') return [{ kind, attemptIds: [], until }];
  const attemptIds = uniqueStrings(source.attemptIds);
  return attemptIds.length > 0 ? [{ kind, attemptIds, until }] : [];
}

/** The stored reminder state with anything unreadable dropped; never throws. */
export function normalizeReminderState(raw: unknown): ReminderState {
  const source = asRecord(raw);
  return {
    ...(isDayKey(source.nudgedDay) && { nudgedDay: source.nudgedDay }),
    snoozed: Array.isArray(source.snoozed) ? source.snoozed.flatMap(normalizeSnooze) : [],
    followUpsReminded: uniqueStrings(source.followUpsReminded),
    reflectionsPrompted: uniqueStrings(source.reflectionsPrompted),
  };
}
