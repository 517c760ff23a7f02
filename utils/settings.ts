import type { Browser } from 'wxt/browser';
import { CATEGORY_IDS, type CategoryId } from './catalogue/types';
import { DEFAULT_REMINDER_SETTINGS, normalizeReminderSettings } from './reminders/defaults';
import type { ReminderSettings } from './reminders/types';

type StorageArea = Browser.storage.StorageArea;

// Settings follow the user through the browser's own sync storage; when sync is missing or
// refuses a write (quota, disabled), they are kept in local storage instead.

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  weeklyGoal: number;
  theme: ThemeChoice;
  /** Categories today's card comes from; empty means all. */
  focusCategories: CategoryId[];
  /** The new tab shows only today's ask and the week's count. */
  newtabMinimal: boolean;
  reminders: ReminderSettings;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  weeklyGoal: 3,
  theme: 'system',
  focusCategories: [],
  newtabMinimal: false,
  reminders: DEFAULT_REMINDER_SETTINGS,
};
export const WEEKLY_GOAL_MIN = 1;
export const WEEKLY_GOAL_MAX = 14;

const SETTINGS_KEY = 'settings';

export function isValidWeeklyGoal(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= WEEKLY_GOAL_MIN && (value as number) <= WEEKLY_GOAL_MAX
  );
}

/** Keeps every valid stored field and falls back to the default for the rest. */
export function normalizeSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const theme = source.theme;
  return {
    weeklyGoal: isValidWeeklyGoal(source.weeklyGoal) ? source.weeklyGoal : DEFAULT_SETTINGS.weeklyGoal,
    theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : DEFAULT_SETTINGS.theme,
    focusCategories: Array.isArray(source.focusCategories)
      ? CATEGORY_IDS.filter((id) => (source.focusCategories as unknown[]).includes(id))
      : [],
    newtabMinimal: source.newtabMinimal === true,
    reminders: normalizeReminderSettings(source.reminders),
  };
}

export interface SettingsAreas {
  sync?: StorageArea;
  local: StorageArea;
}

export type SaveResult = { settings: Settings; where: 'sync' | 'local' };

export function createSettingsStore(areas: SettingsAreas) {
  async function readFrom(area: StorageArea | undefined): Promise<unknown> {
    if (!area) return undefined;
    try {
      return (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
    } catch {
      return undefined;
    }
  }

  return {
    async get(): Promise<Settings> {
      // Both at once (every new tab and popup waits for this). A local copy exists only when
      // sync failed, so it is the newer one.
      const [local, sync] = await Promise.all([readFrom(areas.local), readFrom(areas.sync)]);
      return normalizeSettings(local ?? sync);
    },

    async set(patch: Partial<Settings>): Promise<SaveResult> {
      const settings = normalizeSettings({ ...(await this.get()), ...patch });
      if (areas.sync) {
        try {
          await areas.sync.set({ [SETTINGS_KEY]: settings });
          await areas.local.remove(SETTINGS_KEY);
          return { settings, where: 'sync' };
        } catch {
          // fall through to local
        }
      }
      await areas.local.set({ [SETTINGS_KEY]: settings });
      return { settings, where: 'local' };
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
