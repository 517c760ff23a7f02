import { useRef, useState } from 'preact/hooks';
import { openExtensionPage } from '../../utils/browser/tabs';
import { CATALOGUE } from '../../utils/catalogue/asks';
import { actOnTodayCard, type UserCardAction } from '../../utils/db/ladder';
import {
  abandonAttempt,
  answerAwaiting,
  backToCard,
  closeAsNoReply,
  commitAttempt,
  finishReflection,
  logOutcome,
  openAnswer,
  openFollowUp,
  openOutcome,
  openReflection,
  recordFollowUp,
  reopenAwaiting,
  startForecast,
} from '../../utils/db/practice';
import { type MessageKey, t } from '../../utils/i18n';
import { DEFAULT_FOLLOW_UP_DAYS } from '../../utils/ratings';
import { useDatabase } from '../shared/DatabaseContext';
import { ladderMoveText } from '../shared/ladderReason';
import { useReadyMark } from '../shared/useReadyMark';
import { AnswerStep } from './AnswerStep';
import { AwaitingList } from './AwaitingList';
import { CardStep } from './CardStep';
import { DoingStep } from './DoingStep';
import { FollowUpStep } from './FollowUpStep';
import { ForecastStep } from './ForecastStep';
import { loadPopupData, type PopupData } from './loadPopupData';
import { OutcomeStep } from './OutcomeStep';
import { ReflectStep } from './ReflectStep';
import { SummaryStep } from './SummaryStep';
import { UnreflectedList } from './UnreflectedList';

const CARD_STATUS: Record<UserCardAction, MessageKey | null> = {
  swap: 'cardSwapped',
  easier: 'cardEasierDone',
  notToday: null,
};

/** The practice loop: each step is one repository call, then the popup re-reads its state. */
export function PopupApp({ initial }: { initial: PopupData }) {
  const db = useDatabase();
  const [data, setData] = useState(initial);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const [failed, setFailed] = useState(false);
  const [cardStatus, setCardStatus] = useState('');
  const [closed, setClosed] = useState<string | null>(null);
  useReadyMark(true);

  /**
   * Runs one user action at a time (a double click cannot submit twice); on failure says
   * so and keeps everything on screen. Resolves to whether the action was saved.
   */
  async function run(action: () => Promise<void>): Promise<boolean> {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    try {
      await action();
      setData(await loadPopupData(db, Date.now()));
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
        onBack={() => run(() => backToCard(db))}
        onCommit={(forecast, draftKey) =>
          run(async () => {
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
        onDone={() => run(() => openOutcome(db, attempt.id))}
        onLetGo={() => run(() => abandonAttempt(db, attempt.id))}
      />
    );
  } else if ((flow.step === 'outcome' || flow.step === 'doing') && attempt) {
    step = (
      <OutcomeStep
        attemptId={attempt.id}
        title={title}
        busy={busy}
        onSave={(input, draftKey) =>
          run(async () => {
            await logOutcome(db, attempt.id, input, Date.now(), DEFAULT_FOLLOW_UP_DAYS, draftKey);
          })
        }
      />
    );
  } else if (flow.step === 'answer' && attempt) {
    step = (
      <AnswerStep
        title={title}
        onBack={() => run(() => backToCard(db))}
        onSave={(outcome) =>
          run(async () => {
            await answerAwaiting(db, attempt.id, outcome, Date.now());
          })
        }
      />
    );
  } else if (flow.step === 'followUp' && attempt) {
    step = (
      <FollowUpStep
        title={title}
        onBack={() => run(() => backToCard(db))}
        onSent={() => run(() => recordFollowUp(db, attempt.id, Date.now()))}
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
          run(() => finishReflection(db, attempt.id, input, Date.now(), draftKey))
        }
      />
    );
  } else if (flow.step === 'summary' && attempt) {
    step = (
      <SummaryStep attempt={attempt} decision={flow.decision} onDone={() => run(() => backToCard(db))} />
    );
  }

  return (
    <main class="popup stack">
      <h1>{t('popupTitle')}</h1>
      {failed && (
        <p role="alert" class="notice notice--error" data-testid="save-failed">
          {t('saveFailed')}
        </p>
      )}
      {step ?? (
        <CardStep
          card={data.card}
          ask={data.cardAsk}
          done={data.cardDone}
          firstRun={data.isFirstRun}
          status={cardStatus}
          busy={busy}
          browseLink={browseLink}
          onStart={() => data.cardAsk && run(() => startForecast(db, data.cardAsk?.id ?? ''))}
          onAction={(action) =>
            run(async () => {
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
      )}
      {!step && (
        <>
          <UnreflectedList
            attempts={data.unreflected}
            busy={busy}
            onReflect={(a) => run(() => openReflection(db, a.id))}
          />
          <AwaitingList
            attempts={data.awaiting}
            now={data.now}
            busy={busy}
            closedId={closed}
            onUndoClose={(id) =>
              run(async () => {
                await reopenAwaiting(db, id, Date.now());
                setClosed(null);
              })
            }
            actions={{
              onAnswer: (a) => run(() => openAnswer(db, a.id)),
              onFollowUp: (a) => run(() => openFollowUp(db, a.id)),
              onClose: (a) =>
                run(async () => {
                  await closeAsNoReply(db, a.id, Date.now());
                  setClosed(a.id);
                }),
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
