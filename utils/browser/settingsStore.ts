import { browser } from 'wxt/browser';
import { createSettingsStore, isSettingsChange, type Settings, type SettingsStore } from '../settings';
import { bumpDataStamp } from './viewSnapshot';

let store: SettingsStore | undefined;

/** Settings bound to this browser's storage: sync first, local as the fallback. */
export function getSettingsStore(): SettingsStore {
  if (!store) {
    const inner = createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local });
    store = {
      get: () => inner.get(),
      // Pages show settings (focus, weekly goal) in their snapshots: a change makes them stale.
      set: (patch) => inner.set(patch).finally(bumpDataStamp),
    };
  }
  return store;
}

/**
 * Calls `listener` with the settings whenever they change, from any page or synced device:
 * how an open page hears of a change made elsewhere. Returns the way to stop.
 */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'sync' || area === 'local') && isSettingsChange(changes))
      void getSettingsStore().get().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
