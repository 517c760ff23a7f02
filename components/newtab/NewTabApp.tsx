import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../../utils/browser/askBackground';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { openToolbarPopup } from '../../utils/browser/tabs';
import type { AskAnywayDatabase } from '../../utils/db/database';
import { FlowBusyError, moveFlowFromElsewhere, type PopupFlow } from '../../utils/db/flow';
import { loadJournal } from '../../utils/db/journal';
import { loadNewTabView, type NewTabData } from '../../utils/db/newTabView';
import { closeAsNoReply, listAwaiting, reopenAwaiting } from '../../utils/db/practice';
import { answerConcern } from '../../utils/db/safety';
import { t } from '../../utils/i18n';
import { isPaused, NO_PAUSE, type PracticePause, startPause } from '../../utils/pause/pause';
import { AwaitingList } from '../popup/AwaitingList';
import { UnreflectedList } from '../popup/UnreflectedList';
import { SafetyCheckIn } from '../safety/SafetyCheckIn';
import { whereToOpen } from '../shared/labels';
import { loadDatabase } from '../shared/loadDatabase';
import { StorageUnavailable } from '../shared/StorageGate';
import { useAttemptCorrection } from '../shared/useAttemptCorrection';
import { useHashFocus } from '../shared/useHashFocus';
import { useLiveView } from '../shared/useLiveView';
import { useReadyMark } from '../shared/useReadyMark';
import { BeliefsSection } from './BeliefsSection';
import { CalendarSection } from './CalendarSection';
import { CheckInsSection } from './CheckInsSection';
import { ForecastSection } from './ForecastSection';
import { JournalSection } from './JournalSection';
import { LadderSection } from './LadderSection';
import { OutcomesSection } from './OutcomesSection';
import { TodaySection } from './TodaySection';
import { WeekSection } from './WeekSection';

/** "Show all" of the asks waiting for a reply (stable: the list reads again with it after every change). */
const loadAllAwaiting = () => loadDatabase().then(listAwaiting);
const readJournal = async (criteria: Parameters<typeof loadJournal>[1], page: number) =>
  loadJournal(await loadDatabase(), criteria, page);

/**
 * The progress view. Painted at once from the snapshot when there is a current one; then
 * the database, read again after every write anywhere in the extension (useLiveView).
 */
export function NewTabApp({ snapshot }: { snapshot: NewTabData | null }) {
  const { data, fresh, failed, beginWrite } = useLiveView(snapshot, loadNewTabView);
  const [busy, setBusy] = useState(false);
  const [actionStatus, setActionStatus] = useState('');
  // The journal's other pages read again whenever the page's view is read again.
  const [version, setVersion] = useState(0);
  useEffect(() => setVersion((v) => v + 1), [data]);

  useEffect(() => {
    if (!fresh) return;
    // Once the page has read the database, the background checks the aggregates against
    // history (once a day, or when the total looks wrong) and records a safety check-in if
    // one is due; what either writes reaches this page like any other write.
    void askBackground({ type: 'verifyStats' }).then(() => askBackground({ type: 'noticeConcern' }));
  }, [fresh]);
  useReadyMark(data !== null || failed);
  useHashFocus(fresh);
  const correction = useAttemptCorrection((action) =>
    write(async (db) => {
      await action(db);
    }),
  );

  if (!data) return failed ? <StorageUnavailable /> : null;
  const { progress, settings } = data;
  const minimal = settings.newtabMinimal;
  const paused = isPaused(settings.pause, data.now);
  const firstRun = progress.outcomes.attempts === 0 && data.awaiting.length === 0;
  // A reminder's click asks for one of these lists: it shows even on the minimal page.
  const asked = location.hash.slice(1);
  // Only with something to act on (or an Undo on offer), since it comes before the progress.
  const showAwaiting =
    (!minimal && (data.awaiting.length > 0 || data.recentlyClosed !== null)) || asked === 'awaiting';
  const showUnreflected = data.unreflected.length > 0 && (!minimal || asked === 'unreflected');

  /**
   * Runs one write at a time and keeps its button busy until the page shows what it left.
   * Resolves to whether it was saved.
   */
  async function write(action: (db: AskAnywayDatabase) => Promise<void>): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setActionStatus('');
    const pending = beginWrite();
    let saved = false;
    try {
      await action(await loadDatabase());
      await pending.caughtUp();
      saved = true;
    } catch (error) {
      if (error instanceof FlowBusyError) {
        // Show the ask in progress where it lives, rather than push it aside.
        setActionStatus(t('newtabFlowBusy'));
        void openToolbarPopup();
      } else {
        console.warn('Ask Anyway: not saved', error);
        setActionStatus(t('saveFailed'));
      }
    }
    setBusy(false);
    pending.end();
    return saved;
  }

  /** One of the popup's steps, opened from here: never over an ask in progress there. */
  async function continueInPopup(next: PopupFlow): Promise<void> {
    const saved = await write((db) => moveFlowFromElsewhere(db, next));
    if (saved && !(await openToolbarPopup())) setActionStatus(t('newtabContinueInPopup', whereToOpen()));
  }

  /**
   * Start before the popup has dealt today's card: the popup deals it as it opens (the
   * catalogue stays out of this page's bundle), straight from the click, so the browser
   * still counts it as the person's own action.
   */
  async function openTodaysCard(): Promise<void> {
    setActionStatus('');
    if (!(await openToolbarPopup())) setActionStatus(t('newtabOpenYourself', whereToOpen()));
  }

  async function savePause(next: PracticePause) {
    const saved = await write(async () => {
      await getSettingsStore().set({ pause: next });
    });
    if (!saved) return;
    // The button pressed has gone (pause or resume): keep the keyboard on today's section.
    requestAnimationFrame(() => document.getElementById('today')?.focus());
  }

  const toggleMinimal = () =>
    void write(async () => {
      await getSettingsStore().set({ newtabMinimal: !minimal });
    });

  return (
    <main
      class={minimal ? 'newtab newtab--minimal' : 'newtab'}
      data-painted-from={snapshot ? 'snapshot' : 'database'}
      data-fresh={fresh}
    >
      <header class="newtab__header">
        <h1>{t('appName')}</h1>
        <button type="button" class="secondary" data-testid="newtab-view-toggle" onClick={toggleMinimal}>
          {t(minimal ? 'newtabFullToggle' : 'newtabMinimalToggle')}
        </button>
      </header>
      {failed && <StorageUnavailable />}
      {firstRun && !minimal && (
        <p class="newtab__intro" data-testid="newtab-empty">
          {t('newtabEmpty')}
        </p>
      )}
      <SafetyCheckIn
        open={paused ? null : data.concern}
        level={data.level}
        onAnswer={async (open, answer) => {
          // The pause first: if it cannot be saved, the card still stands unanswered.
          if (answer.choice === 'pause')
            await getSettingsStore().set({ pause: startPause(answer.length, Date.now()) });
          const db = await loadDatabase();
          return answerConcern(db, open.eventId, answer.choice, Date.now());
        }}
      />
      <TodaySection
        today={data.today}
        pause={paused ? settings.pause : null}
        busy={busy}
        onStart={(askId) => void (askId ? continueInPopup({ step: 'forecast', askId }) : openTodaysCard())}
        onPause={(length) => void savePause(startPause(length, Date.now()))}
        onResume={() => void savePause(NO_PAUSE)}
      />
      <p role="status" class={actionStatus ? 'notice' : 'hint'} data-testid="newtab-status">
        {actionStatus}
      </p>
      {/* Things to act on come before things to read. */}
      {(showAwaiting || showUnreflected) && (
        <div class="newtab__grid">
          {showAwaiting && (
            <div class="card" id="awaiting" data-testid="nt-awaiting">
              <AwaitingList
                attempts={data.awaiting}
                total={data.awaitingTotal}
                loadAll={loadAllAwaiting}
                now={data.now}
                busy={busy}
                closed={data.recentlyClosed}
                onUndoClose={(id) => void write((db) => reopenAwaiting(db, id, Date.now()))}
                actions={{
                  onAnswer: (a) => void continueInPopup({ step: 'answer', attemptId: a.id }),
                  onFollowUp: (a) => void continueInPopup({ step: 'followUp', attemptId: a.id }),
                  onClose: (a) =>
                    void write(async (db) => {
                      await closeAsNoReply(db, a.id, Date.now());
                    }),
                }}
              />
            </div>
          )}
          {showUnreflected && (
            <div class="card stack" id="unreflected" data-testid="nt-unreflected">
              <UnreflectedList
                attempts={data.unreflected}
                busy={busy}
                onReflect={(a) => void continueInPopup({ step: 'reflect', attemptId: a.id })}
              />
              <p class="hint">{t('unreflectedNewtabIntro')}</p>
            </div>
          )}
        </div>
      )}
      <WeekSection week={progress.week} pastWeeks={progress.pastWeeks} compact={minimal || firstRun} />
      {!minimal && !firstRun && (
        <div class="newtab__grid">
          <LadderSection level={data.level} levels={progress.levels} decision={data.ladder} />
          <ForecastSection
            forecast={progress.forecast}
            insight={progress.insight}
            answers={progress.answers}
          />
          <CalendarSection calendar={progress.calendar} />
          <OutcomesSection outcomes={progress.outcomes} />
          <BeliefsSection beliefs={progress.beliefs} />
          <CheckInsSection checkIns={data.checkIns} />
          <JournalSection
            first={data.journal}
            version={version}
            query={readJournal}
            busy={busy}
            correction={correction}
          />
        </div>
      )}
      {!minimal && (
        <p>
          <a href="/asks.html">{t('browseAsks')}</a> · <a href="/options.html">{t('optionsTitle')}</a> ·{' '}
          <a href="/options.html#reminders">{t('newtabReminderSettings')}</a> ·{' '}
          <a href="/options.html#your-data">{t('dataLink')}</a>
        </p>
      )}
    </main>
  );
}
