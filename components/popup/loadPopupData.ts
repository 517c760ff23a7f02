import { getSettingsStore } from '../../utils/browser/settingsStore';
import { CATALOGUE, CATALOGUE_BY_ID } from '../../utils/catalogue/asks';
import type { AskView } from '../../utils/catalogue/types';
import { catalogueAskView, customAskView } from '../../utils/catalogue/view';
import { dayKey } from '../../utils/dates';
import { getWeekStats } from '../../utils/db/attempts';
import { getCustomAsk } from '../../utils/db/customAsks';
import type { AskAnywayDatabase } from '../../utils/db/database';
import { getFlow, type PopupFlow } from '../../utils/db/flow';
import { getLadderPosition, getTodayCard } from '../../utils/db/ladder';
import { listAwaiting, listUnreflected } from '../../utils/db/practice';
import type { Attempt } from '../../utils/db/schema';
import type { TodayCard } from '../../utils/ladder/todayCard';
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
  awaiting: Attempt[];
  unreflected: Attempt[];
  weekCount: number;
  isFirstRun: boolean;
}

export async function askViewFor(db: AskAnywayDatabase, askId: string): Promise<AskView | null> {
  const builtIn = CATALOGUE_BY_ID.get(askId);
  if (builtIn) return catalogueAskView(builtIn);
  const custom = await getCustomAsk(db, askId);
  return custom ? customAskView(custom) : null;
}

let preloaded: Promise<PopupData> | null = null;

/** Starts reading before the first render (called by the entry point); taken once by the popup. */
export function preloadPopupData(db: AskAnywayDatabase): void {
  preloaded = loadPopupData(db, Date.now());
}

export function takePreloadedPopupData(): Promise<PopupData> | null {
  const promise = preloaded;
  preloaded = null;
  return promise;
}

/** Everything the popup shows, read in parallel so it opens in one round of reads. */
export async function loadPopupData(db: AskAnywayDatabase, now: number): Promise<PopupData> {
  const settingsRead = getSettingsStore().get();
  const [settings, flow, card, position, awaiting, unreflected, week, anyAttempt] = await Promise.all([
    settingsRead,
    getFlow(db),
    settingsRead.then((s) => getTodayCard(db, CATALOGUE, s.focusCategories, now)),
    getLadderPosition(db),
    listAwaiting(db),
    listUnreflected(db, now),
    getWeekStats(db, now),
    db.attempts.limit(1).count(),
  ]);
  const attemptId = 'attemptId' in flow ? flow.attemptId : null;
  const [attempt, cardAsk, doneToday] = await Promise.all([
    attemptId ? db.attempts.get(attemptId) : undefined,
    card.askId ? askViewFor(db, card.askId) : null,
    card.askId
      ? db.attempts
          .where('askId')
          .equals(card.askId)
          .filter((a) => a.doneDay === dayKey(now))
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
    awaiting,
    unreflected,
    weekCount: week?.attempts ?? 0,
    isFirstRun: anyAttempt === 0,
  };
}
