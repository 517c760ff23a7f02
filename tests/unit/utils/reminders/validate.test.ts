import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../utils/reminders/defaults';
import type { ReminderSettings } from '../../../../utils/reminders/types';
import {
  FOLLOW_UP_DAYS_MAX,
  FOLLOW_UP_DAYS_MIN,
  reminderSettingsProblems,
} from '../../../../utils/reminders/validate';

const valid: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, enabled: true, days: [1, 3, 5] };
const problems = (patch: Partial<ReminderSettings>) => reminderSettingsProblems({ ...valid, ...patch });

describe('reminderSettingsProblems', () => {
  it('finds nothing wrong with the defaults, on or off', () => {
    expect(reminderSettingsProblems(DEFAULT_REMINDER_SETTINGS)).toEqual([]);
    expect(problems({})).toEqual([]);
  });

  it.each(['25:00', '7:00', '', '18:00pm'])('rejects the nudge time %j', (time) => {
    expect(problems({ time })).toEqual(['timeInvalid']);
  });

  it('rejects an unreadable quiet bound on either side', () => {
    expect(problems({ quietStart: '21:3' })).toEqual(['quietInvalid']);
    expect(problems({ quietEnd: '8:00' })).toEqual(['quietInvalid']);
    expect(problems({ quietStart: 'x', quietEnd: 'y' })).toEqual(['quietInvalid']);
  });

  it('asks for a day only when reminders are on', () => {
    expect(problems({ days: [] })).toEqual(['noDays']);
    expect(problems({ days: [], enabled: false })).toEqual([]);
  });

  it('rejects a nudge time inside quiet hours, also across midnight', () => {
    expect(problems({ time: '22:00' })).toEqual(['timeInQuietHours']);
    expect(problems({ time: '07:59' })).toEqual(['timeInQuietHours']);
    expect(problems({ time: '21:30' })).toEqual(['timeInQuietHours']);
    expect(problems({ time: '08:00' })).toEqual([]);
    expect(problems({ time: '21:29' })).toEqual([]);
    expect(problems({ time: '14:00', quietStart: '13:00', quietEnd: '15:00' })).toEqual(['timeInQuietHours']);
    expect(problems({ time: '22:00', quietStart: '08:00', quietEnd: '08:00' })).toEqual([]);
  });

  it('accepts follow-up days from 1 to 30 whole days only', () => {
    expect(problems({ followUpDays: FOLLOW_UP_DAYS_MIN })).toEqual([]);
    expect(problems({ followUpDays: FOLLOW_UP_DAYS_MAX })).toEqual([]);
    for (const followUpDays of [0, 31, 2.5, Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      expect(problems({ followUpDays })).toEqual(['followUpDaysInvalid']);
    }
  });

  it('reports every problem at once, in a stable order', () => {
    expect(
      reminderSettingsProblems({
        ...valid,
        time: 'later',
        quietStart: '',
        days: [],
        followUpDays: 0,
      }),
    ).toEqual(['timeInvalid', 'quietInvalid', 'noDays', 'followUpDaysInvalid']);
  });
});
