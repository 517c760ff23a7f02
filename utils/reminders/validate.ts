import { isClockTimeInQuietHours, parseClockTime } from './clock';
import type { ReminderSettings } from './types';

export type ReminderProblem =
  | 'timeInvalid'
  | 'quietInvalid'
  | 'noDays'
  | 'timeInQuietHours'
  | 'followUpDaysInvalid';

export const FOLLOW_UP_DAYS_MIN = 1;
export const FOLLOW_UP_DAYS_MAX = 30;

export function isValidFollowUpDays(value: unknown): value is number {
  return (
    Number.isInteger(value) &&
    (value as number) >= FOLLOW_UP_DAYS_MIN &&
    (value as number) <= FOLLOW_UP_DAYS_MAX
  );
}

/** What is wrong with reminder settings the user is about to save; empty when they can be saved. */
export function reminderSettingsProblems(settings: ReminderSettings): ReminderProblem[] {
  const problems: ReminderProblem[] = [];
  const time = parseClockTime(settings.time);
  const quietReadable =
    parseClockTime(settings.quietStart) !== undefined && parseClockTime(settings.quietEnd) !== undefined;
  if (time === undefined) problems.push('timeInvalid');
  if (!quietReadable) problems.push('quietInvalid');
  if (settings.enabled && settings.days.length === 0) problems.push('noDays');
  // Checked even with no practice days: the same time also schedules reflection prompts and
  // "tomorrow" snoozes, which quiet hours would otherwise push to the morning.
  if (time !== undefined && isClockTimeInQuietHours(time, settings.quietStart, settings.quietEnd)) {
    problems.push('timeInQuietHours');
  }
  if (!isValidFollowUpDays(settings.followUpDays)) problems.push('followUpDaysInvalid');
  return problems;
}
