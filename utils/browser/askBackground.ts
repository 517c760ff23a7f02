import { browser } from 'wxt/browser';
import type { BackgroundReply, BackgroundRequest } from './messages';
import { bumpDataStamp } from './viewSnapshot';

/**
 * From a page: asks the background to do something; null when it could not answer. A write
 * the background made is announced from here (a service worker has no localStorage), so
 * every page's snapshot stops being trusted and open pages read again.
 */
export async function askBackground(request: BackgroundRequest): Promise<BackgroundReply | null> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as BackgroundReply | undefined;
    if (reply?.ok && (request.type !== 'verifyStats' || reply.repaired)) bumpDataStamp();
    if (reply && !reply.ok) console.warn('Ask Anyway: background could not', request.type, reply.error);
    return reply ?? null;
  } catch (error) {
    console.warn('Ask Anyway: background did not answer', error);
    return null;
  }
}
