import type { ConcernAnswer } from '../db/safety';
import type { SafetyChoice } from '../db/schema';
import { isReminderKind, type ReminderKind } from '../reminders/types';

// Work a page asks the background to do, because the page does not load Dexie (the new tab
// only reads). Every request is checked for shape before anything runs.

export type BackgroundRequest =
  | { type: 'verifyStats' }
  | { type: 'startForecast'; askId: string }
  | {
      type: 'openAnswer' | 'openFollowUp' | 'openReflection' | 'closeAsNoReply' | 'reopenAwaiting';
      attemptId: string;
    }
  | { type: 'refreshReminders' }
  /** Records and returns the safety check-in to show now, if any (the new tab does not write). */
  | { type: 'noticeConcern' }
  | { type: 'answerConcern'; eventId: number; choice: SafetyChoice }
  | { type: 'deleteEverything'; everywhere: boolean }
  | { type: 'reminderAction'; kind: ReminderKind; action: 'open' | 'hour' | 'tomorrow' };

export type BackgroundReply =
  | { ok: true; repaired?: boolean; snoozedUntil?: number | null; spoke?: boolean; answer?: ConcernAnswer }
  | { ok: false; error: string };

/** Requests that change no data: a page's snapshot stays good after them. */
export const READ_ONLY_REQUESTS: ReadonlySet<BackgroundRequest['type']> = new Set([
  'verifyStats',
  'refreshReminders',
  'reminderAction',
  // Writes only when the check-in speaks, and then says so (`spoke`).
  'noticeConcern',
]);

const SAFETY_CHOICES: ReadonlySet<unknown> = new Set<SafetyChoice>(['stepDown', 'pause', 'carryOn']);

const ATTEMPT_ACTIONS = new Set([
  'openAnswer',
  'openFollowUp',
  'openReflection',
  'closeAsNoReply',
  'reopenAwaiting',
]);

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { type, askId, attemptId, kind, action } = value as Record<string, unknown>;
  if (type === 'verifyStats' || type === 'refreshReminders' || type === 'noticeConcern') return true;
  if (type === 'answerConcern') {
    const { eventId, choice } = value as Record<string, unknown>;
    return Number.isSafeInteger(eventId) && (eventId as number) > 0 && SAFETY_CHOICES.has(choice);
  }
  if (type === 'deleteEverything') return typeof (value as { everywhere?: unknown }).everywhere === 'boolean';
  if (type === 'reminderAction')
    return isReminderKind(kind) && (action === 'open' || action === 'hour' || action === 'tomorrow');
  if (type === 'startForecast') return typeof askId === 'string' && askId.length > 0;
  return (
    typeof type === 'string' &&
    ATTEMPT_ACTIONS.has(type) &&
    typeof attemptId === 'string' &&
    attemptId.length > 0
  );
}
