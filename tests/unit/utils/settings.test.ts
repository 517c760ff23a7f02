import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_REMINDER_SETTINGS } from '../../../utils/reminders/defaults';
import { createSettingsStore, DEFAULT_SETTINGS, normalizeSettings } from '../../../utils/settings';

describe('normalizeSettings', () => {
  it.each([
    [undefined, DEFAULT_SETTINGS],
    ['garbage', DEFAULT_SETTINGS],
    [
      // A theme stored by an older version is dropped: pages follow the system's scheme.
      { weeklyGoal: 5, theme: 'dark' },
      { ...DEFAULT_SETTINGS, weeklyGoal: 5 },
    ],
    [
      { focusCategories: ['money', 'bogus', 'feedback', 'money'] },
      { ...DEFAULT_SETTINGS, focusCategories: ['feedback', 'money'] },
    ],
    [{ focusCategories: 'money' }, DEFAULT_SETTINGS],
    [{ weeklyGoal: 0 }, DEFAULT_SETTINGS],
    [{ weeklyGoal: 15 }, DEFAULT_SETTINGS],
    [{ weeklyGoal: 2.5 }, DEFAULT_SETTINGS],
    [{ weeklyGoal: '4' }, DEFAULT_SETTINGS],
    [{ weeklyGoal: 14 }, { ...DEFAULT_SETTINGS, weeklyGoal: 14 }],
    [
      // Reminders' own pause, from before the one pause, becomes the practice pause.
      { reminders: { enabled: true, pausedUntil: 1_790_000_000_000, pausedIndefinitely: false } },
      {
        ...DEFAULT_SETTINGS,
        reminders: { ...DEFAULT_REMINDER_SETTINGS, enabled: true },
        pause: { pausedUntil: 1_790_000_000_000, pausedIndefinitely: false },
      },
    ],
    [
      { reminders: { pausedIndefinitely: true }, pause: { pausedUntil: null, pausedIndefinitely: false } },
      DEFAULT_SETTINGS,
    ],
    [
      { badge: false, pledgeAcceptedAt: 1_790_000_000_000, introducedAt: 1_790_000_000_000 },
      { ...DEFAULT_SETTINGS, badge: false, pledgeAcceptedAt: 1_790_000_000_000 },
    ],
    [
      { badge: 'no', pledgeAcceptedAt: Number.NaN, pause: { pausedUntil: Number.POSITIVE_INFINITY } },
      DEFAULT_SETTINGS,
    ],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeSettings(raw)).toEqual(expected);
  });
});

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const store = () =>
    createSettingsStore({ sync: fakeBrowser.storage.sync, local: fakeBrowser.storage.local });

  it('starts from the defaults', async () => {
    expect(await store().get()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to sync storage so settings follow the user', async () => {
    expect(await store().set({ weeklyGoal: 5 })).toEqual({
      settings: { ...DEFAULT_SETTINGS, weeklyGoal: 5 },
      where: 'sync',
    });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({
      settings: { ...DEFAULT_SETTINGS, weeklyGoal: 5 },
    });
    expect(await store().get()).toMatchObject({ weeklyGoal: 5 });
  });

  it('falls back to local storage when sync refuses the write, and reads it back', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect((await store().set({ weeklyGoal: 6 })).where).toBe('local');
    expect(await store().get()).toMatchObject({ weeklyGoal: 6 });
  });

  it('works with no sync area at all', async () => {
    const localOnly = createSettingsStore({ local: fakeBrowser.storage.local });
    await localOnly.set({ badge: false });
    expect(await localOnly.get()).toMatchObject({ badge: false });
  });

  it('clears the local copy once sync works again, so sync stays the source', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('offline'));
    await store().set({ weeklyGoal: 6 });
    await store().set({ weeklyGoal: 7 });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect(await store().get()).toMatchObject({ weeklyGoal: 7 });
  });
});
