import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { askBackground } from '../../utils/browser/askBackground';
import type { BackgroundRequest } from '../../utils/browser/requests';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { openToolbarPopup } from '../../utils/browser/tabs';
import { onDataChange } from '../../utils/browser/viewSnapshot';
import { openRawReader, type RawReader } from '../../utils/db/rawRead';
import { t } from '../../utils/i18n';
import { isPaused, NO_PAUSE, type PracticePause, startPause } from '../../utils/pause/pause';
import { AwaitingList } from '../popup/AwaitingList';
import { UnreflectedList } from '../popup/UnreflectedList';
import { SafetyCheckIn } from '../safety/SafetyCheckIn';
import { StorageUnavailable } from '../shared/StorageGate';
import { useHashFocus } from '../shared/useHashFocus';
import { useReadyMark } from '../shared/useReadyMark';
import { BeliefsSection } from './BeliefsSection';
import { CalendarSection } from './CalendarSection';
import { CheckInsSection } from './CheckInsSection';
import { ForecastSection } from './ForecastSection';
import { JournalSection } from './JournalSection';
import { LadderSection } from './LadderSection';
import { loadJournal } from './loadJournal';
import { loadAllAwaiting, loadNewTabData, type NewTabData } from './loadNewTabData';
import { OutcomesSection } from './OutcomesSection';
import { TodaySection } from './TodaySection';
import { WeekSection } from './WeekSection';

/**
 * The progress view. Painted at once from the snapshot when there is a current one, then
 * (and after every write anywhere in the extension) read again from the database.
 */
export function NewTabApp({ snapshot }: { snapshot: NewTabData | null }) {
  const [data, setData] = useState<NewTabData | null>(snapshot);
  const [fresh, setFresh] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [closedId, setClosedId] = useState<string | null>(null);
  const [actionStatus, setActionStatus] = useState('');
  const refreshNow = useRef<() => Promise<void>>(async () => undefined);
  const readerRef = useRef<RawReader | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    let reader: RawReader | null = null;
    const refresh = async (retry = true): Promise<void> => {
      try {
        // Re-opened when missing: the database appears with the first save.
        reader ??= await openRawReader();
        readerRef.current = reader;
        const next = await loadNewTabData(reader, Date.now());
        if (!live) return;
        setData(next);
        setVersion((v) => v + 1);
        setFresh(true);
        setFailed(false);
      } catch (error) {
        // A connection closed by a schema upgrade elsewhere: open a new one, once.
        reader = null;
        if (retry) return refresh(false);
        console.warn('Ask Anyway: progress not read', error);
        if (live) setFailed(true);
      }
    };
    // After the first read, the background checks the aggregates against history (once a
    // day, or when the total looks wrong) and repairs them; then the page reads again.
    refreshNow.current = () => refresh();
    const timer = setTimeout(() => {
      void refresh().then(async () => {
        const reply = await askBackground({ type: 'verifyStats' });
        if (reply?.ok && reply.repaired && live) await refresh();
        // The safety check-in is recorded by the background (this page does not write); it
        // says whether it spoke, and then the page reads it.
        const check = await askBackground({ type: 'noticeConcern' });
        if (check?.ok && check.spoke && live) await refresh();
      });
    }, 0);
    const stop = onDataChange(() => void refresh());
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
      reader?.close();
    };
  }, []);
  // "Show all" of the asks waiting for a reply, through the page's reader (stable: the list
  // reads again with it after every change).
  const loadAll = useCallback(async () => {
    const reader = readerRef.current ?? (await openRawReader());
    return reader ? loadAllAwaiting(reader) : [];
  }, []);
  useReadyMark(data !== null || failed);
  useHashFocus(fresh);

  if (!data) return failed ? <StorageUnavailable /> : null;
  const { progress, settings } = data;
  const minimal = settings.newtabMinimal;
  const paused = isPaused(settings.pause, data.now);
  const firstRun = progress.outcomes.attempts === 0 && data.awaiting.length === 0;
  // A reminder's click asks for one of these lists: it shows even on the minimal page.
  const asked = location.hash.slice(1);
  const showAwaiting = (!minimal && !firstRun) || asked === 'awaiting';
  const showUnreflected = data.unreflected.length > 0 && (!minimal || asked === 'unreflected');

  /**
   * The same actions as the popup's, done by the background (this page loads no Dexie);
   * those that continue in the popup's flow then open it, or say where to find it.
   */
  async function act(request: BackgroundRequest, continueInPopup: boolean): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setActionStatus('');
    const reply = await askBackground(request);
    const done = reply?.ok === true;
    if (reply && !reply.ok && reply.error === 'busy') {
      // Show the ask in progress where it lives, rather than push it aside.
      setActionStatus(t('newtabFlowBusy'));
      void openToolbarPopup();
    } else if (!done) setActionStatus(t('saveFailed'));
    else if (continueInPopup && !(await openToolbarPopup())) setActionStatus(t('newtabContinueInPopup'));
    await refreshNow.current();
    setBusy(false);
    return done;
  }

  async function savePause(next: PracticePause) {
    if (busy) return;
    setBusy(true);
    setActionStatus('');
    try {
      await getSettingsStore().set({ pause: next });
    } catch {
      setActionStatus(t('saveFailed'));
    }
    await refreshNow.current();
    setBusy(false);
    // The button pressed has gone (pause or resume): keep the keyboard on today's section.
    requestAnimationFrame(() => document.getElementById('today')?.focus());
  }

  function toggleMinimal() {
    const next = !minimal;
    setData((current) => current && { ...current, settings: { ...current.settings, newtabMinimal: next } });
    void getSettingsStore().set({ newtabMinimal: next });
  }

  return (
    <main
      class={minimal ? 'newtab newtab--minimal' : 'newtab'}
      data-painted-from={snapshot ? 'snapshot' : 'database'}
      data-fresh={fresh}
    >
      <header class="newtab__header">
        <h1>{t('appName')}</h1>
        <button type="button" class="secondary" aria-pressed={minimal} onClick={toggleMinimal}>
          {t('newtabMinimalToggle')}
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
          const reply = await askBackground({
            type: 'answerConcern',
            eventId: open.eventId,
            choice: answer.choice,
          });
          // Read again either way: a pause saved before a failed answer still shows.
          await refreshNow.current();
          if (!reply?.ok || !reply.answer) throw new Error('safety choice not saved');
          return reply.answer;
        }}
      />
      <TodaySection
        today={data.today}
        pause={paused ? settings.pause : null}
        busy={busy}
        onStart={(askId) => void act({ type: 'startForecast', askId }, true)}
        onPause={(length) => void savePause(startPause(length, Date.now()))}
        onResume={() => void savePause(NO_PAUSE)}
      />
      <p role="status" class="hint" data-testid="newtab-status">
        {actionStatus}
      </p>
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
            query={async (criteria, page) => {
              const reader = readerRef.current ?? (await openRawReader());
              return reader ? loadJournal(reader, criteria, page) : { entries: [], page, hasMore: false };
            }}
          />
        </div>
      )}
      {(showAwaiting || showUnreflected) && (
        <div class="newtab__grid">
          {showAwaiting && (
            <div class="card" id="awaiting" data-testid="nt-awaiting">
              <AwaitingList
                attempts={data.awaiting}
                total={data.awaitingTotal}
                loadAll={loadAll}
                now={data.now}
                busy={busy}
                closedId={closedId}
                onUndoClose={(id) =>
                  void act({ type: 'reopenAwaiting', attemptId: id }, false).then(
                    (ok) => ok && setClosedId(null),
                  )
                }
                actions={{
                  onAnswer: (a) => void act({ type: 'openAnswer', attemptId: a.id }, true),
                  onFollowUp: (a) => void act({ type: 'openFollowUp', attemptId: a.id }, true),
                  onClose: (a) =>
                    void act({ type: 'closeAsNoReply', attemptId: a.id }, false).then(
                      (ok) => ok && setClosedId(a.id),
                    ),
                }}
              />
            </div>
          )}
          {showUnreflected && (
            <div class="card stack" id="unreflected" data-testid="nt-unreflected">
              <UnreflectedList
                attempts={data.unreflected}
                busy={busy}
                onReflect={(a) => void act({ type: 'openReflection', attemptId: a.id }, true)}
              />
              <p class="hint">{t('unreflectedNewtabIntro')}</p>
            </div>
          )}
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
