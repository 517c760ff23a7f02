import type { LadderAsk, NeedId } from '../catalogue/types';

/**
 * Which situations apply to the person: `null` until they have said anything, and then every
 * ask fits (the catalogue as it always was); once they have said, only the ones listed.
 */
export type LifeNeeds = readonly NeedId[] | null;

/** The situations an ask needs that the person has not said apply to them. */
export function unmetNeeds(ask: Pick<LadderAsk, 'needs'>, life: LifeNeeds): NeedId[] {
  if (life === null) return [];
  return (ask.needs ?? []).filter((need) => !life.includes(need));
}

/** Whether the person can do the ask today, as far as its situations go. */
export function needsMet(ask: Pick<LadderAsk, 'needs'>, life: LifeNeeds): boolean {
  return unmetNeeds(ask, life).length === 0;
}

/** The ids of asks the ladder must never deal: hidden by the person, or needing what they lack. */
export function unfitAskIds(
  asks: readonly LadderAsk[],
  life: LifeNeeds,
  hidden: ReadonlySet<string>,
): Set<string> {
  return new Set(asks.filter((ask) => hidden.has(ask.id) || !needsMet(ask, life)).map((ask) => ask.id));
}
