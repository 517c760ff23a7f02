import { browser } from 'wxt/browser';

// Keys are typed from the English catalogue so a missing message is a compile error.
type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

type GetMessage = (key: string, substitutions?: string | string[]) => string;
type NativeI18n = { i18n?: { getMessage: GetMessage } };

// The browser's own getMessage (synchronous in Chromium and Firefox alike), not the polyfill's:
// reached through the polyfill's proxies it cost about 60 µs a message in a freshly opened page,
// 4.6 ms of the popup's first render for its 71 messages, where the direct call took 0.3 ms.
// Outside a browser (unit tests) there is no `chrome`, and the polyfill's stand-in answers.
const nativeI18n = (globalThis as { chrome?: NativeI18n }).chrome?.i18n;
const getMessage: GetMessage = nativeI18n
  ? (key, substitutions) => nativeI18n.getMessage(key, substitutions)
  : (key, substitutions) => (browser.i18n.getMessage as GetMessage)(key, substitutions);

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return getMessage(key, substitutions);
}

/** For keys built at run time (catalogue text: ask_<id>_<field>); a unit test checks they exist. */
export function tDynamic(key: string, substitutions?: string | string[]): string {
  return getMessage(key, substitutions);
}

/** Bases of the messages kept in plural forms: `<base>_one`, `<base>_other` (and more for other languages). */
export type PluralBase = {
  // Catalogue keys built at run time (a channel called "other") are not plural forms.
  [K in MessageKey]: K extends `${'ask' | 'category' | 'channel'}_${string}`
    ? never
    : K extends `${infer Base}_other`
      ? Base
      : never;
}[MessageKey];

// Plural forms follow the language of the messages in use (the catalogue says which), not the
// browser's: English words take English plural rules even in a browser set to Polish.
let catalogueLanguage: string | undefined;
const messagesLanguage = () => (catalogueLanguage ??= getMessage('htmlLang') || 'en');

const pluralRules = new Map<number, Intl.PluralRules>();
const numberFormats = new Map<number, Intl.NumberFormat>();

function cached<T>(cache: Map<number, T>, digits: number, make: () => T): T {
  const known = cache.get(digits);
  if (known) return known;
  const made = make();
  cache.set(digits, made);
  return made;
}

/**
 * A number with its noun in the right form for the messages' language ("1 ask", "3 asks",
 * "1.0 points"): the browser's message catalogue has no plural forms of its own, so each
 * form is a message and the language's plural rules choose among them. `fractionDigits`
 * rounds the number as it is shown, and the form follows the number shown.
 */
export function tCount(base: PluralBase, count: number, fractionDigits = 0): string {
  const options = { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  const language = messagesLanguage();
  const shown = cached(numberFormats, fractionDigits, () => new Intl.NumberFormat(language, options));
  const rules = cached(pluralRules, fractionDigits, () => new Intl.PluralRules(language, options));
  const form = rules.select(count);
  const text = shown.format(count);
  return getMessage(`${base}_${form}`, text) || getMessage(`${base}_other`, text);
}

type NativeLanguage = { i18n?: { getUILanguage?: () => string } };
let clockFormat: Intl.DateTimeFormat | undefined;

/**
 * A time of day ("18:00" as stored) the way the browser shows times, so what a page says
 * matches what its time fields show: "06:00 PM" in a US browser, "18:00" in a British one.
 */
export function tClock(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  clockFormat ??= new Intl.DateTimeFormat(
    (globalThis as { chrome?: NativeLanguage }).chrome?.i18n?.getUILanguage?.(),
    { hour: '2-digit', minute: '2-digit' },
  );
  return clockFormat.format(new Date(2000, 0, 1, hours, minutes));
}
