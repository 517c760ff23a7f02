import { browser } from 'wxt/browser';

// Keys are typed from the English catalogue so a missing message is a compile error.
type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** For keys built at run time (catalogue text: ask_<id>_<field>); a unit test checks they exist. */
export function tDynamic(key: string, substitutions?: string | string[]): string {
  return (browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string)(
    key,
    substitutions,
  );
}
