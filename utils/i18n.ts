import { browser } from 'wxt/browser';

// Keys are typed from the English catalogue so a missing message is a compile error.
type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
