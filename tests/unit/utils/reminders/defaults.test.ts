import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_SETTINGS,
  EMPTY_REMINDER_STATE,
  normalizeReminderSettings,
  normalizeReminderState,
} from '../../../../utils/reminders/defaults';
import type { ReminderSettings, ReminderState } from '../../../../utils/reminders/types';
import { reminderSettingsProblems } from '../../../../utils/reminders/validate';

const GARBAGE: unknown[] = [
  null,
  undefined,
  'x',
  42,
  true,
  [],
  [1, 2],
  { days: '1' },
  { snoozed: 'soon' },
  Object.create(null),
  { days: null, time: 1800, pausedUntil: 'tomorrow', followUpDays: '5' },
];

describe('DEFAULT_REMINDER_SETTINGS', () => {
  it('is off, Monday/Wednesday/Friday at 18:00, quiet 21:30–08:00, follow-ups after 5 days', () => {
    expect(DEFAULT_REMINDER_SETTINGS).toEqual({
      enabled: false,
      days: [1, 3, 5],
      time: '18:00',
      followUps: true,
      reflections: true,
      quietStart: '21:30',
      quietEnd: '08:00',
      followUpDays: 5,
    });
    expect(reminderSettingsProblems({ ...DEFAULT_REMINDER_SETTINGS, enabled: true })).toEqual([]);
  });
});

describe('normalizeReminderSettings', () => {
  it('keeps a fully valid record as it is', () => {
    const stored: ReminderSettings = {
      enabled: true,
      days: [0, 6],
      time: '07:15',
      followUps: false,
      reflections: false,
      quietStart: '23:00',
      quietEnd: '06:30',
      followUpDays: 30,
    };
    expect(normalizeReminderSettings(stored)).toEqual(stored);
  });

  it('keeps each valid field and uses the default for each invalid one', () => {
    expect(
      normalizeReminderSettings({
        enabled: 'yes',
        days: [5, 1, 1, 7, -1, 2.5, '3', 0],
        time: '7:15',
        followUps: false,
        reflections: 0,
        quietStart: '22:00',
        quietEnd: '24:00',
        followUpDays: 31,
      }),
    ).toEqual({
      ...DEFAULT_REMINDER_SETTINGS,
      days: [0, 1, 5],
      followUps: false,
      quietStart: '22:00',
    });
  });

  it('keeps an empty list of days (only follow-ups and reflections)', () => {
    expect(normalizeReminderSettings({ days: [] }).days).toEqual([]);
  });

  it('accepts follow-up days only as whole days from 1 to 30', () => {
    expect(normalizeReminderSettings({ followUpDays: 1 }).followUpDays).toBe(1);
    for (const followUpDays of [0, 31, 2.5, '5', Number.NaN]) {
      expect(normalizeReminderSettings({ followUpDays }).followUpDays).toBe(5);
    }
  });

  it.each(GARBAGE)('never throws and gives valid settings for %j', (raw) => {
    const settings = normalizeReminderSettings(raw);
    expect(reminderSettingsProblems({ ...settings, enabled: false })).toEqual([]);
  });

  it('gives the defaults for garbage', () => {
    expect(normalizeReminderSettings(null)).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(normalizeReminderSettings('x')).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(normalizeReminderSettings({ days: '1' })).toEqual(DEFAULT_REMINDER_SETTINGS);
  });

  it('never shares the default days array with its result', () => {
    const settings = normalizeReminderSettings(undefined);
    settings.days.push(0);
    expect(DEFAULT_REMINDER_SETTINGS.days).toEqual([1, 3, 5]);
  });
});

describe('normalizeReminderState', () => {
  it('keeps a valid state as it is', () => {
    const stored: ReminderState = {
      nudgedDay: '2026-06-17',
      snoozed: [
        { kind: 'practice', attemptIds: [], until: 1_790_000_000_000 },
        { kind: 'followUp', attemptIds: ['a', 'b'], until: 1_790_000_100_000 },
        { kind: 'reflection', attemptIds: ['c'], until: 1_790_000_200_000 },
      ],
      followUpsReminded: ['a', 'b'],
      reflectionsPrompted: ['c'],
    };
    expect(normalizeReminderState(stored)).toEqual(stored);
  });

  it('drops unreadable parts and keeps the rest', () => {
    expect(
      normalizeReminderState({
        nudgedDay: '2026-02-30',
        snoozed: [
          null,
          { kind: 'practice', attemptIds: ['x'], until: 5 },
          { kind: 'followUp', attemptIds: ['a', 7, 'a'], until: 6 },
          { kind: 'followUp', attemptIds: [], until: 7 },
          { kind: 'reflection', attemptIds: ['c'], until: 'later' },
          { kind: 'nag', attemptIds: ['d'], until: 8 },
        ],
        followUpsReminded: ['a', 1, 'a', 'b'],
        reflectionsPrompted: 'c',
      }),
    ).toEqual({
      snoozed: [
        { kind: 'practice', attemptIds: [], until: 5 },
        { kind: 'followUp', attemptIds: ['a'], until: 6 },
      ],
      followUpsReminded: ['a', 'b'],
      reflectionsPrompted: [],
    });
  });

  it.each(['2026-6-17', '17.06.2026', 20260617, '2026-13-01'])('drops the nudged day %j', (nudgedDay) => {
    expect(normalizeReminderState({ nudgedDay })).toEqual(EMPTY_REMINDER_STATE);
  });

  it.each(GARBAGE)('never throws and gives the empty state for %j', (raw) => {
    expect(normalizeReminderState(raw)).toEqual(EMPTY_REMINDER_STATE);
  });
});
