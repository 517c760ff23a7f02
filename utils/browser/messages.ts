import { browser } from 'wxt/browser';
import { verifyStats } from '../db/attempts';
import { getDatabase } from '../db/database';

// Work a page asks the background to do, because the page does not load Dexie (the new tab
// only reads). One message type for now; each is answered with a small result object.

export type BackgroundRequest = { type: 'verifyStats' };
export type BackgroundReply = { repaired: boolean };

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'verifyStats';
}

/** In the background: answers requests from the extension's own pages. */
export function registerBackgroundRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isBackgroundRequest(message)) return undefined;
    return verifyStats(getDatabase(), Date.now()).then((repaired): BackgroundReply => ({ repaired }));
  });
}
