import { browser } from 'wxt/browser';
import { createSettingsStore, type SettingsStore } from '../settings';

let store: SettingsStore | undefined;

/** Settings bound to this browser's storage: sync first, local as the fallback. */
export function getSettingsStore(): SettingsStore {
  store ??= createSettingsStore({ sync: browser.storage.sync, local: browser.storage.local });
  return store;
}
