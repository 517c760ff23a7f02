import { browser } from 'wxt/browser';
import { verifyStats } from '../db/attempts';
import { getDatabase } from '../db/database';
import { FlowBusyError, moveFlowFromElsewhere } from '../db/flow';
import { closeAsNoReply, reopenAwaiting } from '../db/practice';
import { answerConcern, noticeConcern } from '../db/safety';
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
    case 'answerConcern':
      return { ok: true, answer: await answerConcern(db, request.eventId, request.choice, now) };
    case 'reminderAction':
      if (request.action === 'open') {
        await openReminder(request.kind);
        return { ok: true };
      }
      return { ok: true, snoozedUntil: await snoozeFromNotification(request.kind, request.action) };
    // The popup's own steps, opened from another page: never over an ask in progress.
    case 'startForecast':
      await moveFlowFromElsewhere(db, { step: 'forecast', askId: request.askId });
      break;
    case 'openAnswer':
      await moveFlowFromElsewhere(db, { step: 'answer', attemptId: request.attemptId });
      break;
    case 'openFollowUp':
      await moveFlowFromElsewhere(db, { step: 'followUp', attemptId: request.attemptId });
      break;
    case 'openReflection':
      await moveFlowFromElsewhere(db, { step: 'reflect', attemptId: request.attemptId });
      break;
    case 'closeAsNoReply':
      await closeAsNoReply(db, request.attemptId, now);
      break;
    case 'reopenAwaiting':
      await reopenAwaiting(db, request.attemptId, now);
      break;
  }
  // The write may have answered a reminder (or made one due): the badge follows at once.
  void runReminders();
  return { ok: true };
}

/** In the background: answers requests from the extension's own pages. */
export function registerBackgroundRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isBackgroundRequest(message)) return undefined;
    return handle(message, Date.now()).catch(
      (error: unknown): BackgroundReply => ({
        ok: false,
        error: error instanceof FlowBusyError ? 'busy' : String(error),
      }),
    );
  });
}
