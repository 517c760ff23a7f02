import { browser } from 'wxt/browser';
import { verifyStats } from '../db/attempts';
import { getDatabase } from '../db/database';
import { closeAsNoReply, openAnswer, openFollowUp, reopenAwaiting, startForecast } from '../db/practice';

// Work a page asks the background to do, because the page does not load Dexie (the new tab
// only reads). Every request is checked for shape before anything runs.

export type BackgroundRequest =
  | { type: 'verifyStats' }
  | { type: 'startForecast'; askId: string }
  | { type: 'openAnswer' | 'openFollowUp' | 'closeAsNoReply' | 'reopenAwaiting'; attemptId: string };

export type BackgroundReply = { ok: true; repaired?: boolean } | { ok: false; error: string };

const ATTEMPT_ACTIONS = new Set(['openAnswer', 'openFollowUp', 'closeAsNoReply', 'reopenAwaiting']);

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { type, askId, attemptId } = value as Record<string, unknown>;
  if (type === 'verifyStats') return true;
  if (type === 'startForecast') return typeof askId === 'string' && askId.length > 0;
  return (
    typeof type === 'string' &&
    ATTEMPT_ACTIONS.has(type) &&
    typeof attemptId === 'string' &&
    attemptId.length > 0
  );
}

async function handle(request: BackgroundRequest, now: number): Promise<BackgroundReply> {
  const db = getDatabase();
  switch (request.type) {
    case 'verifyStats':
      return { ok: true, repaired: await verifyStats(db, now) };
    case 'startForecast':
      await startForecast(db, request.askId);
      break;
    case 'openAnswer':
      await openAnswer(db, request.attemptId);
      break;
    case 'openFollowUp':
      await openFollowUp(db, request.attemptId);
      break;
    case 'closeAsNoReply':
      await closeAsNoReply(db, request.attemptId, now);
      break;
    case 'reopenAwaiting':
      await reopenAwaiting(db, request.attemptId, now);
      break;
  }
  return { ok: true };
}

/** In the background: answers requests from the extension's own pages. */
export function registerBackgroundRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isBackgroundRequest(message)) return undefined;
    return handle(message, Date.now()).catch(
      (error: unknown): BackgroundReply => ({ ok: false, error: String(error) }),
    );
  });
}
