import { browser } from 'wxt/browser';
import { verifyStats } from '../db/attempts';
import { getDatabase } from '../db/database';
import { noticeConcern } from '../db/safety';
import { isPaused } from '../pause/pause';
import { clearEverything } from './clearEverything';
import { openReminder, runReminders, snoozeFromNotification, withRemindersHeld } from './reminders';
import { type BackgroundReply, type BackgroundRequest, isBackgroundRequest } from './requests';
import { getSettingsStore } from './settingsStore';

// The background's side of the requests in requests.ts.

async function handle(request: BackgroundRequest, now: number): Promise<BackgroundReply> {
  const db = getDatabase();
  switch (request.type) {
    case 'verifyStats':
      return { ok: true, repaired: await verifyStats(db, now) };
    case 'deleteEverything':
      // No re-plan after it: with nothing left, there is nothing to remind of.
      await withRemindersHeld(() => clearEverything(request.everywhere));
      return { ok: true };
    case 'refreshReminders':
      await runReminders();
      return { ok: true };
    case 'noticeConcern': {
      // Quiet while practice is paused: the pause is the answer already.
      if (isPaused((await getSettingsStore().get()).pause, now)) return { ok: true, spoke: false };
      const open = await noticeConcern(db, now);
      return { ok: true, spoke: open !== null && open.at === now };
    }
    case 'reminderAction':
      if (request.action === 'open') {
        await openReminder(request.kind);
        return { ok: true };
      }
      return { ok: true, snoozedUntil: await snoozeFromNotification(request.kind, request.action) };
  }
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
