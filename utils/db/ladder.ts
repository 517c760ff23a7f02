import type { LadderAsk } from '../catalogue/types';
import { dayKey } from '../dates';
import { type LifeNeeds, unfitAskIds } from '../ladder/lifeFit';
import { decideLevel, type LadderDecision } from '../ladder/progression';
import { progressionHistory, progressionWindows } from '../ladder/progressionInput';
import { clampLevel, DAY_MS, REPEAT_WINDOW_DAYS } from '../ladder/rules';
import {
  type CardContext,
  easierCard,
  notTodayCard,
  type PickResult,
  pickSpecificAsk,
  resolveTodayCard,
  swapCard,
  type TodayCard,
} from '../ladder/todayCard';
import type { AskAnywayDatabase } from './database';
import { flowInProgress, getFlow, setFlow } from './flow';
import type { CardAction } from './schema';

const LADDER_KEY = 'ladder';
export const TODAY_KEY = 'todayCard';
/** The ladder's latest decision, kept for pages that show it without reading history. */
export const OUTLOOK_KEY = 'ladderOutlook';

/** Asks the person said do not fit their life: never dealt again until brought back. */
export const HIDDEN_KEY = 'hiddenAsks';

export interface HiddenAsk {
  askId: string;
  at: number;
}

/** The hidden asks, newest first; a stored value of the wrong shape reads as none. */
export async function getHiddenAsks(db: AskAnywayDatabase): Promise<HiddenAsk[]> {
  const value = (await db.meta.get(HIDDEN_KEY))?.value;
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (row): row is HiddenAsk =>
        typeof row === 'object' &&
        row !== null &&
        typeof row.askId === 'string' &&
        typeof row.at === 'number',
    )
    .sort((a, b) => b.at - a.at);
}

export interface LadderPosition {
  level: number;
  /** When the level last changed; only what happened since counts towards the next move. */
  since: number;
}

export const STARTING_POSITION: LadderPosition = { level: 1, since: 0 };

export async function getLadderPosition(db: AskAnywayDatabase): Promise<LadderPosition> {
  const row = await db.meta.get(LADDER_KEY);
  const value = row?.value as Partial<LadderPosition> | undefined;
  return {
    level: clampLevel(typeof value?.level === 'number' ? value.level : STARTING_POSITION.level),
    since: typeof value?.since === 'number' ? value.since : 0,
  };
}

/** The asks the ladder may offer: the catalogue plus the user's own, unarchived. */
async function ladderAsks(db: AskAnywayDatabase, catalogue: readonly LadderAsk[]): Promise<LadderAsk[]> {
  const custom = await db.customAsks.filter((ask) => ask.archivedAt === undefined).toArray();
  return [
    ...catalogue,
    ...custom.map(({ id, level, category, awaitsReply }) => ({ id, level, category, awaitsReply })),
  ];
}

async function cardContext(
  db: AskAnywayDatabase,
  catalogue: readonly LadderAsk[],
  focus: readonly string[],
  now: number,
  life: LifeNeeds,
): Promise<CardContext> {
  const since = dayKey(now - REPEAT_WINDOW_DAYS * DAY_MS);
  const [position, asks, doneRecently, skippedRecently, awaiting, hidden] = await Promise.all([
    getLadderPosition(db),
    ladderAsks(db, catalogue),
    db.attempts.where('doneDay').aboveOrEqual(since).toArray(),
    db.cardEvents.where('day').aboveOrEqual(since).toArray(),
    db.attempts.where('state').equals('awaiting').toArray(),
    getHiddenAsks(db),
  ]);
  return {
    asks,
    ladderLevel: position.level,
    focus,
    day: dayKey(now),
    recent: new Set([
      ...doneRecently.map((a) => a.askId),
      ...skippedRecently.filter((e) => e.action === 'swap' || e.action === 'notToday').map((e) => e.askId),
    ]),
    awaiting: new Set(awaiting.map((a) => a.askId)),
    unfit: unfitAskIds(asks, life, new Set(hidden.map((h) => h.askId))),
    doneToday: new Set(doneRecently.filter((a) => a.doneDay === dayKey(now)).map((a) => a.askId)),
  };
}

function storedCard(value: unknown): TodayCard | undefined {
  const card = value as TodayCard | undefined;
  return card && typeof card.day === 'string' && Array.isArray(card.swappedAway) ? card : undefined;
}

const TABLES = (db: AskAnywayDatabase) => [
  db.meta,
  db.customAsks,
  db.attempts,
  db.cardEvents,
  db.ladderEvents,
];

/**
 * Today's card as getTodayCard would give it, without storing it: for a page's live view,
 * which may not write (getTodayCard, run before it, has stored it).
 */
export async function readTodayCard(
  db: AskAnywayDatabase,
  catalogue: readonly LadderAsk[],
  focus: readonly string[],
  now: number,
  life: LifeNeeds = null,
): Promise<TodayCard> {
  const [stored, context] = await Promise.all([
    db.meta.get(TODAY_KEY),
    cardContext(db, catalogue, focus, now, life),
  ]);
  return resolveTodayCard(storedCard(stored?.value), context);
}

/** Today's card, picked once a day and kept until the user acts on it. */
export async function getTodayCard(
  db: AskAnywayDatabase,
  catalogue: readonly LadderAsk[],
  focus: readonly string[],
  now: number,
  life: LifeNeeds = null,
): Promise<TodayCard> {
  return db.transaction('rw', TABLES(db), async () => {
    const stored = storedCard((await db.meta.get(TODAY_KEY))?.value);
    const card = resolveTodayCard(stored, await cardContext(db, catalogue, focus, now, life));
    if (card !== stored) await db.meta.put({ key: TODAY_KEY, value: card });
    return card;
  });
}

export type UserCardAction = Exclude<CardAction, 'shown' | 'pick'>;

/**
 * Swap, easier or not today: the new card, the event that records the choice, and any
 * ladder step the choice leads to (repeated skipping steps the ladder down), in one go.
 */
export async function actOnTodayCard(
  db: AskAnywayDatabase,
  action: UserCardAction,
  catalogue: readonly LadderAsk[],
  focus: readonly string[],
  now: number,
  life: LifeNeeds = null,
): Promise<{ card: TodayCard; decision: LadderDecision | null }> {
  return db.transaction('rw', TABLES(db), async () => {
    const context = await cardContext(db, catalogue, focus, now, life);
    const current = resolveTodayCard(storedCard((await db.meta.get(TODAY_KEY))?.value), context);
    const card =
      action === 'swap'
        ? swapCard(current, context)
        : action === 'easier'
          ? easierCard(current, context)
          : notTodayCard(current);
    if (card === current) return { card, decision: null };
    await db.cardEvents.add({ at: now, day: context.day, askId: current.askId ?? '', action });
    const decision = await evaluateLadder(db, now);
    // Repeated skipping can step the ladder down: the card then comes from the new level.
    const dealt = decision ? resolveTodayCard(card, { ...context, ladderLevel: decision.to }) : card;
    await db.meta.put({ key: TODAY_KEY, value: dealt });
    return { card: dealt, decision };
  });
}

/**
 * "Doesn't fit my life": the ask is hidden for good and, when it is today's card, another is
 * dealt at the same level. Returns the card as it was, for Undo.
 */
export async function hideAsk(
  db: AskAnywayDatabase,
  askId: string,
  catalogue: readonly LadderAsk[],
  focus: readonly string[],
  now: number,
  life: LifeNeeds = null,
): Promise<{ previous: TodayCard; card: TodayCard }> {
  return db.transaction('rw', TABLES(db), async () => {
    const hidden = (await getHiddenAsks(db)).filter((h) => h.askId !== askId);
    await db.meta.put({ key: HIDDEN_KEY, value: [{ askId, at: now }, ...hidden] });
    const context = await cardContext(db, catalogue, focus, now, life);
    const previous = resolveTodayCard(storedCard((await db.meta.get(TODAY_KEY))?.value), context);
    if (previous.askId !== askId) return { previous, card: previous };
    const swapped = swapCard(previous, context);
    // Nothing else fits at this level: no card rather than the hidden one.
    const card = swapped.askId === askId ? { ...swapped, askId: null } : swapped;
    await db.meta.put({ key: TODAY_KEY, value: card });
    return { previous, card };
  });
}

/** Brings a hidden ask back; with `previous` (Undo on the card), today's card as it was. */
export async function unhideAsk(db: AskAnywayDatabase, askId: string, previous?: TodayCard): Promise<void> {
  await db.transaction('rw', [db.meta], async () => {
    const hidden = (await getHiddenAsks(db)).filter((h) => h.askId !== askId);
    await db.meta.put({ key: HIDDEN_KEY, value: hidden });
    if (previous) await db.meta.put({ key: TODAY_KEY, value: previous });
  });
}

/**
 * The user chose an ask from the catalogue or their own list as today's card. While the
 * popup is in the middle of another ask, nothing changes unless the person chose to let
 * that one go (`letGoInProgress`), and only where nothing they did would be lost.
 */
export async function pickTodayCard(
  db: AskAnywayDatabase,
  ask: LadderAsk,
  catalogue: readonly LadderAsk[],
  focus: readonly string[],
  now: number,
  letGoInProgress = false,
  life: LifeNeeds = null,
): Promise<PickResult> {
  return db.transaction('rw', TABLES(db), async () => {
    const inProgress = flowInProgress(await getFlow(db));
    const sameAsk = inProgress && 'askId' in inProgress && inProgress.askId === ask.id;
    if (inProgress && !sameAsk) {
      const attempt = 'attemptId' in inProgress ? await db.attempts.get(inProgress.attemptId) : undefined;
      if (!letGoInProgress || !inProgress.canLetGo) {
        const askTitle =
          attempt?.askTitle ??
          ('askId' in inProgress ? (await db.customAsks.get(inProgress.askId))?.title : null);
        return {
          ok: false,
          reason: 'inProgress',
          askId: attempt?.askId ?? ('askId' in inProgress ? inProgress.askId : null),
          askTitle: askTitle ?? null,
          canLetGo: inProgress.canLetGo,
        } as const;
      }
      // A commitment not yet done never counted: letting it go leaves nothing behind.
      if (attempt?.state === 'committed') await db.attempts.delete(attempt.id);
      await setFlow(db, { step: 'card' });
    }
    const context = await cardContext(db, catalogue, focus, now, life);
    const current = resolveTodayCard(storedCard((await db.meta.get(TODAY_KEY))?.value), context);
    // An ask waiting for its answer cannot be today's: the card would be swapped straight out.
    if (context.awaiting.has(ask.id)) return { ok: false, reason: 'awaiting' } as const;
    const result = pickSpecificAsk(current, ask, context.ladderLevel);
    if (result.ok) {
      await db.meta.put({ key: TODAY_KEY, value: result.card });
      await db.cardEvents.add({ at: now, day: context.day, askId: ask.id, action: 'pick' });
    }
    return result;
  });
}

/**
 * Applies the progression rules to what happened since the level last changed; writes the
 * new position and a ladder event when the level moves. Returns the move, or null.
 */
export async function evaluateLadder(db: AskAnywayDatabase, now: number): Promise<LadderDecision | null> {
  return db.transaction('rw', [db.meta, db.attempts, db.cardEvents, db.ladderEvents], async () => {
    const position = await getLadderPosition(db);
    // Bounded reads: progress since the last level change (at most half a year back) and
    // skips inside the avoidance window.
    const { attemptsFrom, skipsFrom } = progressionWindows(position.since, now);
    const [done, events] = await Promise.all([
      db.attempts.where('doneDay').aboveOrEqual(dayKey(attemptsFrom)).toArray(),
      db.cardEvents.where('day').aboveOrEqual(dayKey(skipsFrom)).toArray(),
    ]);
    const { attempts, skips } = progressionHistory(done, events);
    const decision = decideLevel({ level: position.level, levelSince: position.since, attempts, skips, now });
    // What the rules say from here on, for the new tab's "what moves it next" without its
    // having to read history: after a move, progress at the new level starts from nothing.
    const outlook =
      decision.to === decision.from
        ? decision
        : decideLevel({ level: decision.to, levelSince: now, attempts, skips, now });
    await db.meta.put({ key: OUTLOOK_KEY, value: outlook });
    if (decision.to === decision.from) return null;
    await db.meta.put({
      key: LADDER_KEY,
      value: { level: decision.to, since: now } satisfies LadderPosition,
    });
    await db.ladderEvents.add({
      at: now,
      from: decision.from,
      to: decision.to,
      reason: decision.reason.code,
    });
    return decision;
  });
}

/**
 * Keeps the level and counts progress towards the next move from `now` on: what happened
 * before (an ask logged during a pause) no longer counts. Returns null: the ladder did not move.
 */
export async function restartLadderCount(db: AskAnywayDatabase, now: number): Promise<null> {
  await db.transaction('rw', [db.meta], async () => {
    const position = await getLadderPosition(db);
    await db.meta.put({
      key: LADDER_KEY,
      value: { level: position.level, since: now } satisfies LadderPosition,
    });
  });
  return null;
}

/** Why a person moved the ladder themselves, as the ladder's history records it. */
export type ChosenLevelReason = 'manual' | 'onboarding' | 'safetyStepDown';

/**
 * A level the user set themselves (onboarding, a confirmed manual change, or a step down
 * from the safety card). Returns the level it is on now.
 */
export async function setLadderLevel(
  db: AskAnywayDatabase,
  level: number,
  now: number,
  reason: ChosenLevelReason = 'manual',
): Promise<number> {
  return db.transaction('rw', [db.meta, db.ladderEvents], async () => {
    const position = await getLadderPosition(db);
    const to = clampLevel(level);
    if (to === position.level) return to;
    await db.meta.put({ key: LADDER_KEY, value: { level: to, since: now } satisfies LadderPosition });
    await db.meta.put({
      key: OUTLOOK_KEY,
      value: decideLevel({ level: to, levelSince: now, attempts: [], skips: [], now }),
    });
    await db.ladderEvents.add({ at: now, from: position.level, to, reason });
    // A new level, a new card; but after a safety step down the ask just done stays done
    // today (today's card is dealt again from the new level when it is next shown).
    if (reason !== 'safetyStepDown') await db.meta.delete(TODAY_KEY);
    return to;
  });
}
