import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'ask-anyway@askanyway.app';
/** Fixed so tests know the moz-extension:// origin in advance. */
export const FIREFOX_UUID = '6f1a3c2e-4b5d-4e8f-9a0b-1c2d3e4f5a6b';
