import { useEffect, useRef, useState } from 'preact/hooks';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { openExtensionPage } from '../../utils/browser/tabs';
import { CATALOGUE } from '../../utils/catalogue/asks';
import type { AskAnywayDatabase } from '../../utils/db/database';
import { actOnTodayCard, type UserCardAction } from '../../utils/db/ladder';
import {
  abandonAttempt,
  answerAwaiting,
  backToCard,
  closeAsNoReply,
  commitAttempt,
  finishReflection,
  listAwaiting,
  logOutcome,
  openAnswer,
  openFollowUp,
  openOutcome,
  openReflection,
  recordFollowUp,
  reopenAwaiting,
  startForecast,
} from '../../utils/db/practice';
import { answerConcern, type ConcernAnswer } from '../../utils/db/safety';
import { type MessageKey, t } from '../../utils/i18n';
import { isPaused, NO_PAUSE, startPause } from '../../utils/pause/pause';
import { SafetyCheckIn } from '../safety/SafetyCheckIn';
import { ladderMoveText } from '../shared/ladderReason';
import { loadDatabase } from '../shared/loadDatabase';
import { PausedNotice } from '../shared/PausedNotice';
import { StorageUnavailable } from '../shared/StorageGate';
import { useReadyMark } from '../shared/useReadyMark';
import { AnswerStep } from './AnswerStep';
import { AwaitingList } from './AwaitingList';
import { CardStep } from './CardStep';
import { DoingStep } from './DoingStep';
import { FollowUpStep } from './FollowUpStep';
import { ForecastStep } from './ForecastStep';
import { type PopupData, readFreshPopupData } from './loadPopupData';
import { OutcomeStep } from './OutcomeStep';
import { PledgeStep } from './PledgeStep';
import { ReflectStep } from './ReflectStep';
import { SummaryStep } from './SummaryStep';
import { UnreflectedList } from './UnreflectedList';

/** "Show all" of the asks waiting for a reply (a stable function: the list reads again with it). */
const loadAllAwaiting = () => loadDatabase().then(listAwaiting);

const CARD_STATUS: Record<UserCardAction, MessageKey | null> = {
  swap: 'cardSwapped',
  easier: 'cardEasierDone',
  notToday: null,
};

/** The practice loop: each step is one repository call, then the popup re-reads its state. */
export function PopupApp({ initial, fromSnapshot }: { initial: PopupData; fromSnapshot: boolean }) {
  const [data, setData] = useState(initial);
  const [unavailable, setUnavailable] = useState(false);
  const [fresh, setFresh] = useState(!fromSnapshot);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const [failed, setFailed] = useState(false);
  const [cardStatus, setCardStatus] = useState('');
  const [closed, setClosed] = useState<string | null>(null);
  useReadyMark(true);

  // Painted from the snapshot: now read the store of record behind it.
  // A task of its own, so this work starts after the first paint rather than before it.
  useEffect(() => {
    if (!fromSnapshot) return;
    const timer = setTimeout(() => {
      loadDatabase()
        .then((db) => readFreshPopupData(db, Date.now()))
        .then(
          (value) => {
            setData(value);
            setFresh(true);
          },
          (error: unknown) => {
            console.warn('Ask Anyway: popup data not refreshed', error);
            setUnavailable(true);
          },
        );
    }, 0);
    return () => clearTimeout(timer);
  }, [fromSnapshot]);

  /**
   * Runs one user action at a time (a double click cannot submit twice); on failure says
   * so and keeps everything on screen. Resolves to whether the action was saved.
   */
  async function run(action: (db: AskAnywayDatabase) => Promise<void>): Promise<boolean> {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    try {
      const db = await loadDatabase();
      await action(db);
      setData(await readFreshPopupData(db, Date.now()));
      setFailed(false);
      return true;
    } catch (error) {
      console.warn('Ask Anyway: not saved', error);
      setFailed(true);
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  const { flow, attempt, attemptAsk } = data;
  const title = attempt?.askTitle ?? attemptAsk?.title ?? '';
  const browseLink = (
    <a
      href="/asks.html"
      onClick={(event) => {
        event.preventDefault();
        void openExtensionPage('/asks.html').then(() => window.close());
      }}
    >
      {t('browseAsks')}
    </a>
  );

  let step = null;
  if (flow.step === 'forecast' && attemptAsk) {
    step = (
      <ForecastStep
        ask={attemptAsk}
        busy={busy}
        onBack={() => run((db) => backToCard(db))}
        onCommit={(forecast, draftKey) =>
          run(async (db) => {
            await commitAttempt(
              db,
              {
                id: attemptAsk.id,
                source: attemptAsk.source,
                title: attemptAsk.title,
                level: attemptAsk.level,
                category: attemptAsk.category,
              },
              forecast,
              Date.now(),
              draftKey,
            );
          })
        }
      />
    );
  } else if (flow.step === 'doing' && attempt && attemptAsk) {
    step = (
      <DoingStep
        ask={attemptAsk}
        belief={attempt.belief}
        onDone={() => run((db) => openOutcome(db, attempt.id))}
        onLetGo={() => run((db) => abandonAttempt(db, attempt.id))}
      />
    );
  } else if ((flow.step === 'outcome' || flow.step === 'doing') && attempt) {
    step = (
      <OutcomeStep
        attemptId={attempt.id}
        title={title}
        busy={busy}
        defaultFollowUpDays={data.settings.reminders.followUpDays}
        onSave={({ followUpDays, ...input }, draftKey) =>
          run(async (db) => {
            // Read now, not from when the popup opened: a pause may have started since.
            const holdLadder = isPaused((await getSettingsStore().get()).pause, Date.now());
            await logOutcome(db, attempt.id, input, Date.now(), followUpDays, draftKey, holdLadder);
          })
        }
      />
    );
  } else if (flow.step === 'answer' && attempt) {
    step = (
      <AnswerStep
        title={title}
        onBack={() => run((db) => backToCard(db))}
        onSave={(outcome) =>
          run(async (db) => {
            await answerAwaiting(db, attempt.id, outcome, Date.now());
          })
        }
      />
    );
  } else if (flow.step === 'followUp' && attempt) {
    step = (
      <FollowUpStep
        title={title}
        onBack={() => run((db) => backToCard(db))}
        onSent={() => run((db) => recordFollowUp(db, attempt.id, Date.now()))}
      />
    );
  } else if (flow.step === 'reflect' && attempt) {
    step = (
      <ReflectStep
        attemptId={attempt.id}
        title={title}
        existing={attempt.reflection}
        busy={busy}
        onFinish={(input, draftKey) =>
          run((db) => finishReflection(db, attempt.id, input, Date.now(), draftKey))
        }
      />
    );
  } else if (flow.step === 'summary' && attempt) {
    step = (
      <SummaryStep attempt={attempt} decision={flow.decision} onDone={() => run((db) => backToCard(db))}>
        <SafetyCheckIn
          // Only with the summary of the ask it spoke about (or a later one): an unanswered
          // check-in waits on the new tab, not in every summary after it.
          open={data.concern && data.concern.at >= (attempt.doneAt ?? 0) ? data.concern : null}
          level={data.level}
          headingLevel="h3"
          alreadyDown={flow.decision !== null && flow.decision.to < flow.decision.from}
          onAnswer={async (open, answer) => {
            let result: ConcernAnswer | null = null;
            await run(async (db) => {
              // The pause first: if it cannot be saved, the card still stands unanswered.
              if (answer.choice === 'pause')
                await getSettingsStore().set({ pause: startPause(answer.length, Date.now()) });
              result = await answerConcern(db, open.eventId, answer.choice, Date.now());
            });
            // Not saved: the popup's own notice says so (or another action was running).
            return result;
          }}
        />
      </SummaryStep>
    );
  }

  const paused = isPaused(data.settings.pause, data.now);
  const needsPledge = data.isFirstRun && data.settings.pledgeAcceptedAt === null;
  const resume = () =>
    run(async () => {
      await getSettingsStore().set({ pause: NO_PAUSE });
    });

  return (
    // Where the first paint came from, and whether the store of record has been read since:
    // what the tests and the benchmark check.
    <main class="popup stack" data-painted-from={fromSnapshot ? 'snapshot' : 'database'} data-fresh={fresh}>
      <h1>{t('popupTitle')}</h1>
      {unavailable && <StorageUnavailable />}
      {failed && (
        <p role="alert" class="notice notice--error" data-testid="save-failed">
          {t('saveFailed')}
        </p>
      )}
      {step ??
        (paused ? (
          <section class="card" aria-labelledby="paused-heading">
            <PausedNotice pause={data.settings.pause} busy={busy} onResume={() => void resume()} />
          </section>
        ) : needsPledge ? (
          <PledgeStep
            busy={busy}
            onAccept={() =>
              run(async () => {
                await getSettingsStore().set({ pledgeAcceptedAt: Date.now() });
              })
            }
          />
        ) : (
          <CardStep
            card={data.card}
            ask={data.cardAsk}
            done={data.cardDone}
            firstRun={data.isFirstRun}
            status={cardStatus}
            busy={busy}
            browseLink={browseLink}
            onStart={() => data.cardAsk && run((db) => startForecast(db, data.cardAsk?.id ?? ''))}
            onAction={(action) =>
              run(async (db) => {
                const { decision } = await actOnTodayCard(
                  db,
                  action,
                  CATALOGUE,
                  data.settings.focusCategories,
                  Date.now(),
                );
                const key = CARD_STATUS[action];
                setCardStatus([key ? t(key) : '', ladderMoveText(decision) ?? ''].filter(Boolean).join(' '));
              })
            }
          />
        ))}
      {!step && (
        <>
          <UnreflectedList
            attempts={data.unreflected}
            busy={busy}
            onReflect={(a) => run((db) => openReflection(db, a.id))}
          />
          <AwaitingList
            attempts={data.awaiting}
            total={data.awaitingTotal}
            loadAll={loadAllAwaiting}
            now={data.now}
            busy={busy}
            closedId={closed}
            // The status changes once the list has been read again, so both change together.
            onUndoClose={(id) =>
              run((db) => reopenAwaiting(db, id, Date.now())).then((saved) => saved && setClosed(null))
            }
            actions={{
              onAnswer: (a) => run((db) => openAnswer(db, a.id)),
              onFollowUp: (a) => run((db) => openFollowUp(db, a.id)),
              onClose: (a) =>
                run(async (db) => {
                  await closeAsNoReply(db, a.id, Date.now());
                }).then((saved) => saved && setClosed(a.id)),
            }}
          />
          <p class="hint" data-testid="popup-week-count">
            {t('popupWeekCount', String(data.weekCount))}{' '}
            <a
              href="/newtab.html"
              onClick={(event) => {
                event.preventDefault();
                void openExtensionPage('/newtab.html').then(() => window.close());
              }}
            >
              {t('popupOpenProgress')}
            </a>
          </p>
        </>
      )}
    </main>
  );
}
