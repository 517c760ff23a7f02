import { browser } from 'wxt/browser';
import { createSettingsStore, type SettingsStore } from '../settings';
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
