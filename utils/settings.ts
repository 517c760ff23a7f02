import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { CATEGORY_IDS, type CategoryId, NEED_IDS, type NeedId } from './catalogue/types';
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
  /**
   * Situations that apply to the person (a manager, clients…): null until they have said,
   * and then every ask is dealt as before; once said, asks needing anything else are not dealt.
   */
  lifeNeeds: NeedId[] | null;
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
  lifeNeeds: null,
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

// Each setting checked on its own as it is read: a stored value of the wrong type or out of
// range falls back to that setting's default alone, and names no longer used are dropped.
const WEEKLY_GOAL = v.fallback(
  v.pipe(v.number(), v.integer(), v.minValue(WEEKLY_GOAL_MIN), v.maxValue(WEEKLY_GOAL_MAX)),
  DEFAULT_SETTINGS.weeklyGoal,
);
const FOCUS = v.fallback(
  v.pipe(
    v.array(v.unknown()),
    v.transform((ids): CategoryId[] => CATEGORY_IDS.filter((id) => ids.includes(id))),
  ),
  (): CategoryId[] => [],
);
const LIFE_NEEDS = v.fallback(
  v.nullable(
    v.pipe(
      v.array(v.unknown()),
      v.transform((ids): NeedId[] => NEED_IDS.filter((id) => ids.includes(id))),
    ),
  ),
  null,
);
const OFF_UNLESS_TRUE = v.fallback(v.boolean(), false);
const TIME_OR_NULL = v.fallback(v.nullable(v.pipe(v.number(), v.finite(), v.gtValue(0))), null);

/** Keeps every valid stored field and falls back to the default for the rest. */
export function normalizeSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    weeklyGoal: v.parse(WEEKLY_GOAL, source.weeklyGoal),
    focusCategories: v.parse(FOCUS, source.focusCategories),
    lifeNeeds: v.parse(LIFE_NEEDS, source.lifeNeeds),
    newtabMinimal: v.parse(OFF_UNLESS_TRUE, source.newtabMinimal),
    reminders: normalizeReminderSettings(source.reminders),
    // Before the one pause, reminders had their own: a person who paused them stays paused.
    pause: normalizePause(source.pause ?? source.reminders),
    // On unless turned off.
    badge: source.badge !== false,
    pledgeAcceptedAt: v.parse(TIME_OR_NULL, source.pledgeAcceptedAt),
  };
}

export interface SettingsAreas {
  sync?: StorageArea;
  local: StorageArea;
}

export type SaveResult = { settings: Settings; where: 'sync' | 'local' };

export const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
const ITEM_PREFIX = 'setting.';

/** Each setting is a storage item of its own, so two pages or two synced devices that change
 * different settings at once never undo each other's change. */
export const settingKey = (name: keyof Settings): string => `${ITEM_PREFIX}${name}`;
const ITEM_KEYS = SETTING_NAMES.map(settingKey);

/** Whether a storage change touches the settings (any item, or the one object of older versions). */
export function isSettingsChange(changes: Record<string, unknown>): boolean {
  return Object.keys(changes).some((key) => key.startsWith(ITEM_PREFIX) || key === SETTINGS_KEY);
}

export function createSettingsStore(areas: SettingsAreas) {
  async function readFrom(area: StorageArea | undefined): Promise<Record<string, unknown>> {
    if (!area) return {};
    try {
      return await area.get([...ITEM_KEYS, SETTINGS_KEY]);
    } catch {
      return {};
    }
  }

  /** One item, to sync when it takes it, else to local (whose copy then wins until sync works). */
  async function writeItem(key: string, value: unknown): Promise<'sync' | 'local'> {
    if (areas.sync) {
      try {
        await areas.sync.set({ [key]: value });
        await areas.local.remove(key);
        return 'sync';
      } catch {
        // fall through to local
      }
    }
    await areas.local.set({ [key]: value });
    return 'local';
  }

  async function read(): Promise<{ settings: Settings; legacy: boolean }> {
    // Both at once (every new tab and popup waits for this).
    const [local, sync] = await Promise.all([readFrom(areas.local), readFrom(areas.sync)]);
    // Older versions kept every setting in one object; an item written since wins over it.
    const legacy = local[SETTINGS_KEY] ?? sync[SETTINGS_KEY];
    const merged: Record<string, unknown> =
      typeof legacy === 'object' && legacy !== null ? { ...legacy } : {};
    for (const name of SETTING_NAMES) {
      const key = settingKey(name);
      // A local copy of an item exists only when sync refused it, so it is the newer one.
      const value = local[key] !== undefined ? local[key] : sync[key];
      if (value !== undefined) merged[name] = value;
    }
    return { settings: normalizeSettings(merged), legacy: legacy !== undefined };
  }

  return {
    async get(): Promise<Settings> {
      return (await read()).settings;
    },

    /** Writes only the settings named in `patch`, each as its own item. */
    async set(patch: Partial<Settings>): Promise<SaveResult> {
      const { settings: current, legacy } = await read();
      const settings = normalizeSettings({ ...current, ...patch });
      // The first write after an update moves every setting out of the old single object.
      const names = legacy ? SETTING_NAMES : SETTING_NAMES.filter((name) => name in patch);
      const places = await Promise.all(names.map((name) => writeItem(settingKey(name), settings[name])));
      if (legacy) await Promise.all([areas.local.remove(SETTINGS_KEY), areas.sync?.remove(SETTINGS_KEY)]);
      return { settings, where: places.includes('local') ? 'local' : 'sync' };
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
