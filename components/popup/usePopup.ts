import { useRef, useState } from 'preact/hooks';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { CATALOGUE } from '../../utils/catalogue/asks';
import type { AskView } from '../../utils/catalogue/types';
import type { AskAnywayDatabase } from '../../utils/db/database';
import { actOnTodayCard, hideAsk, type UserCardAction, unhideAsk } from '../../utils/db/ladder';
import { loadPopupView, type PopupData, preparePopup } from '../../utils/db/popupView';
import {
  abandonAttempt,
  answerAwaiting,
  backToCard,
  backToDoing,
  closeAsNoReply,
  commitAttempt,
  type Forecast,
  finishReflection,
  listAwaiting,
  logOutcome,
  type OutcomeInput,
  openAnswer,
  openFollowUp,
  openOutcome,
  openReflection,
  type ReflectionInput,
  recordFollowUp,
  reopenAwaiting,
  startForecast,
} from '../../utils/db/practice';
import { answerConcern, type ConcernAnswer } from '../../utils/db/safety';
import type { Attempt, Outcome } from '../../utils/db/schema';
import { type MessageKey, t } from '../../utils/i18n';
import type { TodayCard } from '../../utils/ladder/todayCard';
import { isPaused, NO_PAUSE, startPause } from '../../utils/pause/pause';
import type { OpenConcern } from '../../utils/safety/concernRows';
import type { SafetyAnswer } from '../safety/SafetyCard';
import { ladderMoveText } from '../shared/ladderReason';
import { loadDatabase } from '../shared/loadDatabase';
import { type AttemptCorrection, useAttemptCorrection } from '../shared/useAttemptCorrection';
import { useLiveView } from '../shared/useLiveView';

const CARD_STATUS: Record<UserCardAction, MessageKey | null> = {
  swap: 'cardSwapped',
  easier: 'cardEasierDone',
  notToday: null,
};

/** "Show all" of the asks waiting for a reply (a stable function: the list reads again with it). */
export const loadAllAwaiting = () => loadDatabase().then(listAwaiting);

export interface PopupState {
  /** What the popup shows: its snapshot until the database has been read. */
  data: PopupData | null;
  /** The database has been read since the popup opened. */
  fresh: boolean;
  /** The database could not be read. */
  unavailable: boolean;
  /** An action is being saved. */
  busy: boolean;
  /** The last action could not be saved. */
  failed: boolean;
  /** What the last action on the card did, in words. */
  cardStatus: string;
  /** An ask just hidden with "Doesn't fit my life", while its Undo is on offer. */
  hiddenUndo: HiddenUndo | null;
}

export interface HiddenUndo {
  askId: string;
  /** Today's card as it was before the ask was hidden. */
  previous: TodayCard;
}

/** Everything a person can do in the popup; each resolves to whether it was saved. */
export interface PopupActions {
  start: (ask: AskView) => Promise<boolean>;
  actOnCard: (action: UserCardAction) => Promise<boolean>;
  /** "Doesn't fit my life": hides the ask for good and deals another, with Undo. */
  hideAsk: (askId: string) => Promise<boolean>;
  undoHide: () => Promise<boolean>;
  acceptPledge: () => Promise<boolean>;
  resume: () => Promise<boolean>;
  backToCard: () => Promise<boolean>;
  commit: (ask: AskView, forecast: Forecast, draftKey: string) => Promise<boolean>;
  done: (attempt: Attempt) => Promise<boolean>;
  backToDoing: (attempt: Attempt) => Promise<boolean>;
  letGo: (attempt: Attempt) => Promise<boolean>;
  logOutcome: (
    attempt: Attempt,
    input: OutcomeInput & { followUpDays: number },
    draftKey: string,
  ) => Promise<boolean>;
  answer: (attempt: Attempt, outcome: Exclude<Outcome, 'noReply'>) => Promise<boolean>;
  followUpSent: (attempt: Attempt) => Promise<boolean>;
  reflect: (attempt: Attempt, input: ReflectionInput | null, draftKey: string) => Promise<boolean>;
  answerConcern: (open: OpenConcern, answer: SafetyAnswer) => Promise<ConcernAnswer | null>;
  openReflection: (attempt: Attempt) => Promise<boolean>;
  openAnswer: (attempt: Attempt) => Promise<boolean>;
  openFollowUp: (attempt: Attempt) => Promise<boolean>;
  closeAsNoReply: (attempt: Attempt) => Promise<boolean>;
  undoClose: (attemptId: string) => Promise<boolean>;
}

/**
 * The popup's data and actions. Each action is one repository call; the popup's view then
 * follows from the database (useLiveView), and the action's button stays busy until it does.
 */
export function usePopup(snapshot: PopupData | null): {
  state: PopupState;
  actions: PopupActions;
  /** Edit or delete the ask just logged (from its summary), with Undo. */
  correction: AttemptCorrection;
} {
  const view = useLiveView(snapshot, loadPopupView, preparePopup);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const [failed, setFailed] = useState(false);
  const [cardStatus, setCardStatus] = useState('');
  const [hiddenUndo, setHiddenUndo] = useState<HiddenUndo | null>(null);

  /**
   * Runs one action at a time (a double click cannot submit twice); on failure says so and
   * keeps everything on screen.
   */
  async function run(action: (db: AskAnywayDatabase) => Promise<unknown>): Promise<boolean> {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    const write = view.beginWrite();
    let saved = false;
    try {
      const db = await loadDatabase();
      await action(db);
      // Read now, not from when the popup opened: settings may have changed since.
      await preparePopup(db, await getSettingsStore().get(), Date.now());
      await write.caughtUp();
      saved = true;
    } catch (error) {
      console.warn('Ask Anyway: not saved', error);
    }
    // The result, the notice and the buttons coming back, all in one render.
    running.current = false;
    setFailed(!saved);
    setBusy(false);
    write.end();
    return saved;
  }

  const correction = useAttemptCorrection(run);
  const now = () => Date.now();
  const paused = async () => isPaused((await getSettingsStore().get()).pause, now());
  const settingsChange = (patch: Parameters<ReturnType<typeof getSettingsStore>['set']>[0]) =>
    run(() => getSettingsStore().set(patch));

  const actions: PopupActions = {
    start: (ask) => run((db) => startForecast(db, ask.id)),
    actOnCard: (action) =>
      run(async (db) => {
        const { focusCategories, lifeNeeds } = await getSettingsStore().get();
        const { decision } = await actOnTodayCard(db, action, CATALOGUE, focusCategories, now(), lifeNeeds);
        const key = CARD_STATUS[action];
        setHiddenUndo(null);
        setCardStatus([key ? t(key) : '', ladderMoveText(decision) ?? ''].filter(Boolean).join(' '));
      }),
    hideAsk: (askId) =>
      run(async (db) => {
        const { focusCategories, lifeNeeds } = await getSettingsStore().get();
        const { previous } = await hideAsk(db, askId, CATALOGUE, focusCategories, now(), lifeNeeds);
        setHiddenUndo({ askId, previous });
        setCardStatus(t('cardHidden'));
      }),
    undoHide: () =>
      run(async (db) => {
        if (!hiddenUndo) return;
        await unhideAsk(db, hiddenUndo.askId, hiddenUndo.previous);
        setHiddenUndo(null);
        setCardStatus('');
      }),
    acceptPledge: () => settingsChange({ pledgeAcceptedAt: now() }),
    resume: () => settingsChange({ pause: NO_PAUSE }),
    backToCard: () => run((db) => backToCard(db)),
    commit: (ask, forecast, draftKey) =>
      run((db) =>
        commitAttempt(
          db,
          { id: ask.id, source: ask.source, title: ask.title, level: ask.level, category: ask.category },
          forecast,
          now(),
          draftKey,
        ),
      ),
    done: (attempt) => run((db) => openOutcome(db, attempt.id)),
    backToDoing: (attempt) => run((db) => backToDoing(db, attempt.id)),
    letGo: (attempt) => run((db) => abandonAttempt(db, attempt.id)),
    logOutcome: (attempt, { followUpDays, ...input }, draftKey) =>
      run(async (db) =>
        // A pause may have started since the popup opened: the ladder holds still during one.
        logOutcome(db, attempt.id, input, now(), followUpDays, draftKey, await paused()),
      ),
    answer: (attempt, outcome) => run((db) => answerAwaiting(db, attempt.id, outcome, now())),
    followUpSent: (attempt) => run((db) => recordFollowUp(db, attempt.id, now())),
    reflect: (attempt, input, draftKey) =>
      run((db) => finishReflection(db, attempt.id, input, now(), draftKey)),
    answerConcern: async (open, answer) => {
      let result: ConcernAnswer | null = null;
      await run(async (db) => {
        // The pause first: if it cannot be saved, the card still stands unanswered.
        if (answer.choice === 'pause')
          await getSettingsStore().set({ pause: startPause(answer.length, now()) });
        result = await answerConcern(db, open.eventId, answer.choice, now());
      });
      // Not saved: the popup's own notice says so (or another action was running).
      return result;
    },
    openReflection: (attempt) => run((db) => openReflection(db, attempt.id)),
    openAnswer: (attempt) => run((db) => openAnswer(db, attempt.id)),
    openFollowUp: (attempt) => run((db) => openFollowUp(db, attempt.id)),
    // The Undo on offer is kept with the data (see recentlyClosed), so it outlives the popup.
    closeAsNoReply: (attempt) => run((db) => closeAsNoReply(db, attempt.id, now()).then(() => undefined)),
    undoClose: (attemptId) => run((db) => reopenAwaiting(db, attemptId, now())),
  };

  return {
    state: {
      data: view.data,
      fresh: view.fresh,
      unavailable: view.failed,
      busy,
      failed,
      cardStatus,
      hiddenUndo,
    },
    actions,
    correction,
  };
}
