// Shared by the data layer and the new tab's reader (which must not pull the rest of it in).

/** How many asks waiting for a reply a page shows before "Show all". */
export const AWAITING_SHOWN = 5;

/**
 * Every ask waiting for a reply has a follow-up day: this index holds them in the order they
 * fall due, the most urgent first.
 */
export const AWAITING_BY_FOLLOW_UP = {
  index: '[state+followUpDueAt]',
  lower: ['awaiting', Number.NEGATIVE_INFINITY],
  upper: ['awaiting', Number.POSITIVE_INFINITY],
} as const;

/** The same order for a full list read another way: follow-up due first, any without one last. */
export function byFollowUp(a: { followUpDueAt?: number }, b: { followUpDueAt?: number }): number {
  return (a.followUpDueAt ?? Number.POSITIVE_INFINITY) - (b.followUpDueAt ?? Number.POSITIVE_INFINITY);
}
