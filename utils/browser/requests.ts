import * as v from 'valibot';

// Work a page asks the background to do: what belongs to the background (its reminders, the
// daily check of the aggregates, the safety check-in, deleting everything everywhere). Pages
// write their own data through the repository functions in utils/db/. Every request is
// checked against its schema before anything runs.

const REQUEST = v.variant('type', [
  v.strictObject({ type: v.literal('verifyStats') }),
  v.strictObject({ type: v.literal('refreshReminders') }),
  /** Records the safety check-in to show now, if any. */
  v.strictObject({ type: v.literal('noticeConcern') }),
  v.strictObject({ type: v.literal('deleteEverything'), everywhere: v.boolean() }),
  v.strictObject({
    type: v.literal('reminderAction'),
    kind: v.picklist(['practice', 'followUp', 'reflection']),
    action: v.picklist(['open', 'hour', 'tomorrow']),
  }),
]);

export type BackgroundRequest = v.InferOutput<typeof REQUEST>;

export type BackgroundReply =
  | { ok: true; repaired?: boolean; snoozedUntil?: number | null; spoke?: boolean }
  | { ok: false; error: string };

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  return v.is(REQUEST, value);
}
