import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_REMINDER_SETTINGS } from '../../../utils/reminders/defaults';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  normalizeSettings,
  settingKey,
} from '../../../utils/settings';

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
    // Not said yet (null) is kept apart from "none of these apply" (an empty list).
    [{ lifeNeeds: [] }, { ...DEFAULT_SETTINGS, lifeNeeds: [] }],
    [
      { lifeNeeds: ['clients', 'bogus', 'manager'] },
      { ...DEFAULT_SETTINGS, lifeNeeds: ['manager', 'clients'] },
    ],
    [{ lifeNeeds: 'manager' }, DEFAULT_SETTINGS],
    [{ lifeNeeds: null }, DEFAULT_SETTINGS],
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
    vi.restoreAllMocks();
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
    // Only the setting changed is written, as an item of its own.
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ [settingKey('weeklyGoal')]: 5 });
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
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await store().get()).toMatchObject({ weeklyGoal: 7 });
  });

  it('never undoes a change another page made to another setting meanwhile', async () => {
    // Two pages read the settings, then each saves a different one.
    const [first, second] = [store(), store()];
    await Promise.all([first.get(), second.get()]);
    await Promise.all([first.set({ weeklyGoal: 9 }), second.set({ badge: false })]);
    expect(await store().get()).toMatchObject({ weeklyGoal: 9, badge: false });
  });

  it('falls back to local for one setting only, leaving the others in sync', async () => {
    const realSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if (settingKey('focusCategories') in items) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      return realSet(items);
    });
    expect((await store().set({ focusCategories: ['money'], weeklyGoal: 4 })).where).toBe('local');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [settingKey('focusCategories')]: ['money'] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ [settingKey('weeklyGoal')]: 4 });
    expect(await store().get()).toMatchObject({ focusCategories: ['money'], weeklyGoal: 4 });
  });

  it('reads the single object older versions kept, and moves it into items on the first save', async () => {
    await fakeBrowser.storage.sync.set({ settings: { weeklyGoal: 6, newtabMinimal: true, badge: false } });
    expect(await store().get()).toMatchObject({ weeklyGoal: 6, newtabMinimal: true, badge: false });
    await store().set({ badge: true });
    const synced = await fakeBrowser.storage.sync.get(null);
    expect(synced.settings).toBeUndefined();
    expect(synced).toMatchObject({
      [settingKey('weeklyGoal')]: 6,
      [settingKey('newtabMinimal')]: true,
      [settingKey('badge')]: true,
    });
    expect(await store().get()).toEqual({
      ...DEFAULT_SETTINGS,
      weeklyGoal: 6,
      newtabMinimal: true,
      badge: true,
    });
  });

  it('checks each stored item on its own: one bad item falls back to its default alone', async () => {
    await fakeBrowser.storage.sync.set({ [settingKey('weeklyGoal')]: 'lots', [settingKey('badge')]: false });
    expect(await store().get()).toEqual({ ...DEFAULT_SETTINGS, badge: false });
  });
});
