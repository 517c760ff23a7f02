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
}

export type CardContext = Omit<PickInput, 'level' | 'day' | 'excluded'> & {
  day: string;
  ladderLevel: number;
};

function pickFor(context: CardContext, level: number, swappedAway: string[]): string | null {
  return pickCard({ ...context, level, excluded: new Set(swappedAway) })?.id ?? null;
}

/** The card to show now: yesterday's pick is replaced, today's is kept while still valid. */
export function resolveTodayCard(stored: TodayCard | undefined, context: CardContext): TodayCard {
  const ladderLevel = clampLevel(context.ladderLevel);
  if (stored && stored.day === context.day) {
    if (stored.notToday) return stored;
    const stillValid =
      stored.askId !== null &&
      !context.awaiting.has(stored.askId) &&
      context.asks.some((ask) => ask.id === stored.askId);
    if (stillValid) return stored;
    // The pick went away (archived, or now awaiting a reply): pick again at the same level.
    return { ...stored, askId: pickFor(context, stored.level, stored.swappedAway) };
  }
  return {
    day: context.day,
    level: ladderLevel,
    askId: pickFor(context, ladderLevel, []),
    easier: false,
    notToday: false,
    swappedAway: [],
  };
}

/** Another ask at the same level; the current one does not come back today. */
export function swapCard(card: TodayCard, context: CardContext): TodayCard {
  if (card.notToday || card.askId === null) return card;
  const swappedAway = [...card.swappedAway, card.askId];
  const next = pickFor(context, card.level, swappedAway);
  // Nothing else at this level: start the round again rather than show an empty card.
  if (next === null) return { ...card, swappedAway: [card.askId] };
  return { ...card, askId: next, swappedAway };
}

/** One level down, for today only. Never more than one below the ladder level. */
export function easierCard(card: TodayCard, context: CardContext): TodayCard {
  if (card.notToday || card.easier) return card;
  const level = clampLevel(clampLevel(context.ladderLevel) - 1);
  if (level === card.level) return { ...card, easier: true };
  return { ...card, level, easier: true, askId: pickFor(context, level, card.swappedAway) };
}

/** Nothing until tomorrow, and no penalty for it. */
export function notTodayCard(card: TodayCard): TodayCard {
  return { ...card, notToday: true, askId: null };
}

export type PickResult =
  | { ok: true; card: TodayCard }
  | { ok: false; reason: 'tooHigh'; maxLevel: number }
  | { ok: false; reason: 'awaiting' };

/** The user chose an ask themselves: allowed up to one level above the ladder. */
export function pickSpecificAsk(card: TodayCard, ask: LadderAsk, ladderLevel: number): PickResult {
  const maxLevel = clampLevel(ladderLevel) + PICK_ABOVE_LEVEL;
  if (ask.level > maxLevel) return { ok: false, reason: 'tooHigh', maxLevel };
  return { ok: true, card: { ...card, askId: ask.id, level: ask.level, notToday: false } };
}
