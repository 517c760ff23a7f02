import { browser } from 'wxt/browser';
import type { BackgroundReply, BackgroundRequest } from './requests';

/**
 * From a page: asks the background to do something; null when it could not answer. What the
 * background writes reaches open pages through Dexie, like any other write.
 */
export async function askBackground(request: BackgroundRequest): Promise<BackgroundReply | null> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as BackgroundReply | undefined;
    if (reply && !reply.ok) console.warn('Ask Anyway: background could not', request.type, reply.error);
    return reply ?? null;
  } catch (error) {
    console.warn('Ask Anyway: background did not answer', error);
    return null;
  }
}

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let inBackground = false;

/**
 * Called by the background entrypoint first thing. Firefox's background is an event page
 * with a `window` like any page, so only the background itself can say it is the background.
 */
export function markAsBackground(): void {
  inBackground = true;
}

/**
 * From a page that wrote to the database: the background re-plans reminders and the badge.
 * Several writes in a row (and every open page hearing of them) make one request.
 */
export function askRemindersRefresh(): void {
  if (inBackground) return; // the background re-plans after its own writes
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void askBackground({ type: 'refreshReminders' }), 300);
}
