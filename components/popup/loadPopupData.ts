import { getSettingsStore } from '../../utils/browser/settingsStore';
import { dataStamp, readSnapshot, saveSnapshot } from '../../utils/browser/viewSnapshot';
import { BUILD_ID } from '../../utils/build';
import { CATALOGUE, CATALOGUE_BY_ID } from '../../utils/catalogue/asks';
import type { AskView } from '../../utils/catalogue/types';
import { catalogueAskView, customAskView } from '../../utils/catalogue/view';
import { dayKey } from '../../utils/dates';
import { getWeekStats } from '../../utils/db/attempts';
import { getCustomAsk } from '../../utils/db/customAsks';
import type { AskAnywayDatabase } from '../../utils/db/database';
import { getFlow, type PopupFlow } from '../../utils/db/flow';
import { getLadderPosition, getTodayCard } from '../../utils/db/ladder';
import { listAwaitingFirst, listUnreflected } from '../../utils/db/practice';
import { noticeConcern, readOpenConcern } from '../../utils/db/safety';
import type { Attempt } from '../../utils/db/schema';
import type { TodayCard } from '../../utils/ladder/todayCard';
import { isPaused } from '../../utils/pause/pause';
import type { OpenConcern } from '../../utils/safety/concernRows';
import type { Settings } from '../../utils/settings';

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

/**
 * What the popup showed last time, if nothing has been written since and it is still the same
 * day: the popup paints it at once and reads IndexedDB behind it (see viewSnapshot.ts).
 */
export function readPopupSnapshot(now: number): PopupData | null {
  const data = readSnapshot<PopupData>(SNAPSHOT, dayKey(now), BUILD_ID);
  if (!data || typeof data.flow?.step !== 'string' || typeof data.card?.day !== 'string') return null;
  // Ages ("asked 3 days ago") count from now, not from when the snapshot was taken.
  return { ...data, now };
}

/** Reads the popup's data from IndexedDB and keeps it as the next open's snapshot. */
export async function readFreshPopupData(db: AskAnywayDatabase, now: number): Promise<PopupData> {
  // The first read of a day picks and stores today's card: a write. Settle it first, so the
  // snapshot below is not stale from birth. So too the safety check after an ask: it is
  // recorded as it is first shown, with the summary.
  const [settings, flow] = await Promise.all([getSettingsStore().get(), getFlow(db)]);
  await getTodayCard(db, CATALOGUE, settings.focusCategories, now);
  if (flow.step === 'summary' && !isPaused(settings.pause, now)) await noticeConcern(db, now);
  // Taken before the reads: a write that lands while they run leaves the snapshot stale.
  const stamp = dataStamp();
  const data = await loadPopupData(db, now);
  saveSnapshot(SNAPSHOT, data, stamp, dayKey(now), BUILD_ID);
  return data;
}

/** Everything the popup shows, read in parallel so it opens in one round of reads. */
export async function loadPopupData(db: AskAnywayDatabase, now: number): Promise<PopupData> {
  const settingsRead = getSettingsStore().get();
  const [settings, flow, card, position, awaiting, unreflected, week, anyAttempt, concern] =
    await Promise.all([
      settingsRead,
      getFlow(db),
      settingsRead.then((s) => getTodayCard(db, CATALOGUE, s.focusCategories, now)),
      getLadderPosition(db),
      listAwaitingFirst(db),
      listUnreflected(db, now),
      getWeekStats(db, now),
      // One key, not a count: counting reads every row of a long history.
      db.attempts.limit(1).primaryKeys(),
      readOpenConcern(db, now),
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
  return {
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
    unreflected,
    weekCount: week?.attempts ?? 0,
    isFirstRun: anyAttempt.length === 0,
    concern,
  };
}
