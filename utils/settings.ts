import type { Browser } from 'wxt/browser';
import { CATEGORY_IDS, type CategoryId } from './catalogue/types';
import { normalizePause, type PracticePause } from './pause/pause';
import { DEFAULT_REMINDER_SETTINGS, normalizeReminderSettings } from './reminders/defaults';
import type { ReminderSettings } from './reminders/types';

type StorageArea = Browser.storage.StorageArea;

// Settings follow the user through the browser's own sync storage; when sync is missing or
// refuses a write (quota, disabled), they are kept in local storage instead.

// Pages follow the system's light or dark scheme: there is no theme setting (a stored choice
// would have to be read before every page's first paint to avoid a flash of the wrong one).

export interface Settings {
  weeklyGoal: number;
  /** Categories today's card comes from; empty means all. */
  focusCategories: CategoryId[];
  /** The new tab shows only today's ask and the week's count. */
  newtabMinimal: boolean;
  reminders: ReminderSettings;
  /** The one pause for all of practice: card, reminders, badge and ladder. */
  pause: PracticePause;
  /** The toolbar badge counts follow-ups due and asks waiting for a reflection. */
  badge: boolean;
  /** When the person ticked the respect pledge (onboarding, or before the first card). */
  pledgeAcceptedAt: number | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  weeklyGoal: 3,
  focusCategories: [],
  newtabMinimal: false,
  reminders: DEFAULT_REMINDER_SETTINGS,
  pause: { pausedUntil: null, pausedIndefinitely: false },
  badge: true,
  pledgeAcceptedAt: null,
};
export const WEEKLY_GOAL_MIN = 1;
export const WEEKLY_GOAL_MAX = 14;

export const SETTINGS_KEY = 'settings';

export function isValidWeeklyGoal(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= WEEKLY_GOAL_MIN && (value as number) <= WEEKLY_GOAL_MAX
  );
}

function timeOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/** Keeps every valid stored field and falls back to the default for the rest. */
export function normalizeSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    weeklyGoal: isValidWeeklyGoal(source.weeklyGoal) ? source.weeklyGoal : DEFAULT_SETTINGS.weeklyGoal,
    focusCategories: Array.isArray(source.focusCategories)
      ? CATEGORY_IDS.filter((id) => (source.focusCategories as unknown[]).includes(id))
      : [],
    newtabMinimal: source.newtabMinimal === true,
    reminders: normalizeReminderSettings(source.reminders),
    // Before the one pause, reminders had their own: a person who paused them stays paused.
    pause: normalizePause(source.pause ?? source.reminders),
    badge: source.badge !== false,
    pledgeAcceptedAt: timeOrNull(source.pledgeAcceptedAt),
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
