import * as v from 'valibot';
import { dataStamp, readSnapshot, saveSnapshot } from '../browser/viewSnapshot';
import { BUILD_ID } from '../build';
import { CATALOGUE, CATALOGUE_BY_ID } from '../catalogue/asks';
import type { AskView } from '../catalogue/types';
import { catalogueAskView, customAskView } from '../catalogue/view';
import { dayKey } from '../dates';
import type { TodayCard } from '../ladder/todayCard';
import { isPaused } from '../pause/pause';
import type { OpenConcern } from '../safety/concernRows';
import type { Settings } from '../settings';
import { getWeekStats } from './attempts';
import { getCustomAsk } from './customAsks';
import type { AskAnywayDatabase } from './database';
import { FLOW_SCHEMA, getFlow, type PopupFlow } from './flow';
import { getLadderPosition, getTodayCard, readTodayCard } from './ladder';
import { listAwaitingFirst, listUnreflected, type RecentlyClosed, recentlyClosed } from './practice';
import { noticeConcern, readOpenConcern } from './safety';
import type { Attempt } from './schema';
import { SNAPSHOT_ASK, SNAPSHOT_ATTEMPT, SNAPSHOT_SETTINGS } from './snapshotShapes';

export interface PopupData {
  now: number;
  settings: Settings;
  level: number;
  flow: PopupFlow;
  card: TodayCard;
  cardAsk: AskView | null;
  /** Today's card was already done today. */
  cardDone: boolean;
  /** The attempt the flow is on, with its ask. */
  attempt: Attempt | null;
  attemptAsk: AskView | null;
  /** The asks waiting for a reply whose follow-up falls due first (see AWAITING_SHOWN)… */
  awaiting: Attempt[];
  /** …and how many wait in all. */
  awaitingTotal: number;
  /** The ask last closed as "no reply", while its Undo is on offer. */
  recentlyClosed: RecentlyClosed | null;
  unreflected: Attempt[];
  weekCount: number;
  isFirstRun: boolean;
  /** A safety check-in spoken and not yet answered (shown with the summary). */
  concern: OpenConcern | null;
}

export async function askViewFor(db: AskAnywayDatabase, askId: string): Promise<AskView | null> {
  const builtIn = CATALOGUE_BY_ID.get(askId);
  if (builtIn) return catalogueAskView(builtIn);
  const custom = await getCustomAsk(db, askId);
  return custom ? customAskView(custom) : null;
}

const SNAPSHOT = 'popup';

/** The parts of a stored popup snapshot the first paint leans on (see SNAPSHOT_ATTEMPT). */
const POPUP_SNAPSHOT = v.pipe(
  v.looseObject({
    settings: SNAPSHOT_SETTINGS,
    level: v.number(),
    flow: FLOW_SCHEMA,
    card: v.looseObject({ day: v.string(), askId: v.nullable(v.string()), swappedAway: v.array(v.string()) }),
    cardAsk: v.nullable(SNAPSHOT_ASK),
    cardDone: v.boolean(),
    attempt: v.nullable(SNAPSHOT_ATTEMPT),
    attemptAsk: v.nullable(SNAPSHOT_ASK),
    awaiting: v.array(SNAPSHOT_ATTEMPT),
    awaitingTotal: v.number(),
    recentlyClosed: v.nullable(v.looseObject({ attemptId: v.string(), title: v.string() })),
    unreflected: v.array(SNAPSHOT_ATTEMPT),
    weekCount: v.number(),
    isFirstRun: v.boolean(),
    concern: v.nullable(v.looseObject({ eventId: v.number(), at: v.number() })),
  }),
  v.transform((value) => value as unknown as PopupData),
);

/**
 * What the popup showed last time, if nothing has been written since and it is still the same
 * day: the popup paints it at once and reads IndexedDB behind it (see viewSnapshot.ts).
 */
export function readPopupSnapshot(now: number): PopupData | null {
  const data = readSnapshot(SNAPSHOT, dayKey(now), BUILD_ID, POPUP_SNAPSHOT);
  // Ages ("asked 3 days ago") count from now, not from when the snapshot was taken.
  return data && { ...data, now };
}

/**
 * The writes the popup's view depends on, made before it is read and after every action:
 * the first read of a day picks and stores today's card (and a ladder move deals it again),
 * and a summary records the safety check-in as it is first shown.
 */
export async function preparePopup(db: AskAnywayDatabase, settings: Settings, now: number): Promise<void> {
  const flow = await getFlow(db);
  await getTodayCard(db, CATALOGUE, settings.focusCategories, now, settings.lifeNeeds);
  if (flow.step === 'summary' && !isPaused(settings.pause, now)) await noticeConcern(db, now);
}

/**
 * Everything the popup shows, read in parallel so it opens in one round of reads, and kept
 * as the next open's snapshot. Reads only (it runs inside a live query).
 */
export async function loadPopupView(
  db: AskAnywayDatabase,
  settings: Settings,
  now: number,
): Promise<PopupData> {
  // Taken before the reads: a write that lands while they run leaves the snapshot stale.
  const stamp = dataStamp();
  const [flow, card, position, awaiting, unreflected, week, anyAttempt, concern, closed] = await Promise.all([
    getFlow(db),
    readTodayCard(db, CATALOGUE, settings.focusCategories, now, settings.lifeNeeds),
    getLadderPosition(db),
    listAwaitingFirst(db),
    listUnreflected(db, now),
    getWeekStats(db, now),
    // One key, not a count: counting reads every row of a long history.
    db.attempts.limit(1).primaryKeys(),
    readOpenConcern(db, now),
    recentlyClosed(db, now),
  ]);
  const attemptId = 'attemptId' in flow ? flow.attemptId : null;
  const [attempt, cardAsk, doneToday] = await Promise.all([
    attemptId ? db.attempts.get(attemptId) : undefined,
    card.askId ? askViewFor(db, card.askId) : null,
    card.askId
      ? db.attempts
          .where('doneDay')
          .equals(dayKey(now))
          .filter((a) => a.askId === card.askId)
          .count()
      : 0,
  ]);
  const forecastAskId = flow.step === 'forecast' ? flow.askId : null;
  const attemptAsk = attempt
    ? await askViewFor(db, attempt.askId)
    : forecastAskId
      ? await askViewFor(db, forecastAskId)
      : null;
  const data: PopupData = {
    now,
    settings,
    level: position.level,
    // A flow that points at an attempt that no longer exists falls back to the card.
    flow: attemptId && !attempt ? { step: 'card' } : flow,
    card,
    cardAsk,
    cardDone: doneToday > 0,
    attempt: attempt ?? null,
    attemptAsk,
    awaiting: awaiting.first,
    awaitingTotal: awaiting.total,
    recentlyClosed: closed,
    unreflected,
    weekCount: week?.attempts ?? 0,
    isFirstRun: anyAttempt.length === 0,
    concern,
  };
  saveSnapshot(SNAPSHOT, data, stamp, dayKey(now), BUILD_ID);
  return data;
}
