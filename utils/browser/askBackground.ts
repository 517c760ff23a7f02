import { browser } from 'wxt/browser';
import type { BackgroundReply, BackgroundRequest } from './messages';

/** From a page: asks the background to do something; null when it could not answer. */
export async function askBackground(request: BackgroundRequest): Promise<BackgroundReply | null> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as BackgroundReply | undefined;
    return reply ?? null;
  } catch (error) {
    console.warn('Ask Anyway: background did not answer', error);
    return null;
  }
}
