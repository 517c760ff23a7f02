import type { LadderAsk } from '../catalogue/types';

export interface PickInput {
  asks: readonly LadderAsk[];
  /** The level the card is for (the ladder level, or one below after "easier"). */
  level: number;
  /** Categories the user chose to focus on; empty means all. */
  focus: readonly string[];
  day: string;
  /** Asks done or skipped inside the repeat window. */
  recent: ReadonlySet<string>;
  /** Asks with an attempt awaiting a reply: never offered. */
  awaiting: ReadonlySet<string>;
  /** Asks already swapped away today. */
  excluded: ReadonlySet<string>;
  /**
   * Asks that do not fit the person's life (hidden by them, or needing a situation they do
   * not have): never dealt, at any level. Missing means none.
   */
  unfit?: ReadonlySet<string>;
}

/** FNV-1a: a small, stable hash so the same day and history give the same card. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function firstNonEmpty<T>(...lists: T[][]): T[] {
  return lists.find((list) => list.length > 0) ?? [];
}

/**
 * Today's card: at `level` (or one below when that level has nothing to offer), in the
 * focus categories when any fit, never one that does not fit the person's life, awaiting a
 * reply or swapped away today, and not one used in the repeat window while others exist. Deterministic in its inputs: the same
 * day and history give the same card.
 */
export function pickCard(input: PickInput): LadderAsk | null {
  const usable = input.asks.filter(
    (ask) => !input.awaiting.has(ask.id) && !input.excluded.has(ask.id) && !input.unfit?.has(ask.id),
  );
  const atLevel = (level: number) => usable.filter((ask) => ask.level === level);
  const inFocus = (asks: LadderAsk[]) =>
    input.focus.length === 0 ? asks : asks.filter((ask) => input.focus.includes(ask.category));
  const fresh = (asks: LadderAsk[]) => asks.filter((ask) => !input.recent.has(ask.id));

  const here = atLevel(input.level);
  const below = atLevel(input.level - 1);
  // Focus categories are the user's explicit choice, so they bind first; inside them an
  // ask from the repeat window is only offered when nothing fresh is left. The level never
  // drops more than one below.
  const focusHere = inFocus(here);
  const focusBelow = inFocus(below);
  const pool = firstNonEmpty(
    fresh(focusHere),
    fresh(focusBelow),
    focusHere,
    focusBelow,
    fresh(here),
    fresh(below),
    here,
    below,
  );
  if (pool.length === 0) return null;
  let best = pool[0] as LadderAsk;
  let bestScore = stableHash(`${input.day}|${best.id}`);
  for (const ask of pool.slice(1)) {
    const score = stableHash(`${input.day}|${ask.id}`);
    if (score < bestScore || (score === bestScore && ask.id < best.id)) {
      best = ask;
      bestScore = score;
    }
  }
  return best;
}
