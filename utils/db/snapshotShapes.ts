import * as v from 'valibot';

// Shapes a stored page snapshot must have before a page paints it (utils/browser/viewSnapshot.ts).
// They check what the first paint reads (a wrong type there would throw, or show junk), not
// every field: the database read that follows replaces the snapshot within moments.

/** An attempt as a list or the journal shows it. */
export const SNAPSHOT_ATTEMPT = v.looseObject({
  id: v.string(),
  askId: v.string(),
  askTitle: v.string(),
  level: v.number(),
  category: v.string(),
  state: v.string(),
});

/** An ask as a card shows it. */
export const SNAPSHOT_ASK = v.looseObject({ id: v.string(), title: v.string(), level: v.number() });

/** The settings a page paints with. */
export const SNAPSHOT_SETTINGS = v.looseObject({
  weeklyGoal: v.number(),
  newtabMinimal: v.boolean(),
  pause: v.looseObject({ pausedUntil: v.nullable(v.number()), pausedIndefinitely: v.boolean() }),
  reminders: v.looseObject({ followUpDays: v.number() }),
  pledgeAcceptedAt: v.nullable(v.number()),
});
