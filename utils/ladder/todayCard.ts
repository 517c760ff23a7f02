import type { LadderAsk } from '../catalogue/types';
import { type PickInput, pickCard } from './pickCard';
import { clampLevel, PICK_ABOVE_LEVEL } from './rules';

/**
 * Today's card as stored between popup openings: the pick stays put for the day until the
 * user acts on it (swap, easier, not today, pick).
 */
export interface TodayCard {
  day: string;
  /** The level the card was picked for: the ladder level, or one below after "easier". */
  level: number;
  askId: string | null;
  easier: boolean;
  notToday: boolean;
  /** Asks swapped away today, so a swap never brings one back. */
  swappedAway: string[];
  /**
   * The ladder level the card was dealt for. When the ladder moves (a step down after a hard
   * ask, say), the card is dealt again from the new level. Missing on cards stored before.
   */
  forLevel?: number;
}

/** The ladder level a stored card was dealt for (older cards did not say: worked out). */
export function ladderLevelOf(card: TodayCard): number {
  return card.forLevel ?? (card.easier ? card.level + 1 : card.level);
}

/** Whether a stored card is today's and follows the ladder as it stands: else it is dealt again. */
export function isCurrentCard(card: TodayCard, day: string, ladderLevel: number): boolean {
  return card.day === day && ladderLevelOf(card) === clampLevel(ladderLevel);
}

/** The level the ladder deals at: its own, or one below after "easier". Never a picked level. */
function dealtLevel(card: Pick<TodayCard, 'easier'>, ladderLevel: number): number {
  return card.easier ? clampLevel(ladderLevel - 1) : clampLevel(ladderLevel);
}

export type CardContext = Omit<PickInput, 'level' | 'day' | 'excluded'> & {
  day: string;
  ladderLevel: number;
  /** Asks done today: a card already done stays "done for today" when the ladder moves. */
  doneToday?: ReadonlySet<string>;
};

function pickFor(context: CardContext, level: number, swappedAway: string[]): string | null {
  return pickCard({ ...context, level, excluded: new Set(swappedAway) })?.id ?? null;
}

/**
 * The card to show now: yesterday's is replaced, and so is today's once the ladder has moved
 * since it was dealt; otherwise today's is kept while still valid.
 */
export function resolveTodayCard(stored: TodayCard | undefined, context: CardContext): TodayCard {
  const ladderLevel = clampLevel(context.ladderLevel);
  if (stored && isCurrentCard(stored, context.day, ladderLevel)) {
    if (stored.notToday) return stored;
    const stillValid =
      stored.askId !== null &&
      !context.awaiting.has(stored.askId) &&
      context.asks.some((ask) => ask.id === stored.askId);
    if (stillValid) return stored;
    // The card went away (archived, or now awaiting a reply): deal again at the ladder's level.
    const level = dealtLevel(stored, ladderLevel);
    return { ...stored, level, askId: pickFor(context, level, stored.swappedAway) };
  }
  const today = stored?.day === context.day;
  // The ladder moved after today's card was done (that ask's rating moved it): the card stays
  // done for today, and "another" is dealt from the new level.
  if (stored && today && stored.askId !== null && context.doneToday?.has(stored.askId))
    return { ...stored, easier: false, forLevel: ladderLevel };
  // "Not today" holds for the whole day, whatever the ladder did since.
  const notToday = today && stored.notToday;
  return {
    day: context.day,
    level: ladderLevel,
    askId: notToday ? null : pickFor(context, ladderLevel, []),
    easier: false,
    notToday,
    swappedAway: [],
    forLevel: ladderLevel,
  };
}

/** Another ask at the same level; the current one does not come back today. */
export function swapCard(card: TodayCard, context: CardContext): TodayCard {
  if (card.notToday || card.askId === null) return card;
  // Another at the ladder's level, even when the card shown was one the person picked above it.
  const level = dealtLevel(card, context.ladderLevel);
  const swappedAway = [...card.swappedAway, card.askId];
  const next = pickFor(context, level, swappedAway);
  // Nothing else at this level: start the round again rather than show an empty card.
  if (next === null) return { ...card, swappedAway: [card.askId] };
  return { ...card, level, askId: next, swappedAway };
}

/** One level down, for today only. Never more than one below the ladder level. */
export function easierCard(card: TodayCard, context: CardContext): TodayCard {
  if (card.notToday || card.easier) return card;
  const level = clampLevel(clampLevel(context.ladderLevel) - 1);
  // At level 1 there is nothing easier: the card stays as it is (the popup says so).
  if (level === clampLevel(context.ladderLevel)) return card;
  return { ...card, level, easier: true, askId: pickFor(context, level, card.swappedAway) };
}

/** Nothing until tomorrow, and no penalty for it. */
export function notTodayCard(card: TodayCard): TodayCard {
  return { ...card, notToday: true, askId: null };
}

export type PickResult =
  | { ok: true; card: TodayCard }
  | { ok: false; reason: 'tooHigh'; maxLevel: number }
  | { ok: false; reason: 'awaiting' }
  /** The popup is in the middle of another ask: the person chooses (see flowInProgress). */
  | { ok: false; reason: 'inProgress'; askId: string | null; askTitle: string | null; canLetGo: boolean };

/** The user chose an ask themselves: allowed up to one level above the ladder. */
export function pickSpecificAsk(card: TodayCard, ask: LadderAsk, ladderLevel: number): PickResult {
  const maxLevel = clampLevel(ladderLevel) + PICK_ABOVE_LEVEL;
  if (ask.level > maxLevel) return { ok: false, reason: 'tooHigh', maxLevel };
  return {
    ok: true,
    card: { ...card, askId: ask.id, level: ask.level, notToday: false, forLevel: clampLevel(ladderLevel) },
  };
}
