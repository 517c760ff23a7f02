import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../../utils/browser/askBackground';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { onDataChange } from '../../utils/browser/viewSnapshot';
import { openRawReader, type RawReader } from '../../utils/db/rawRead';
import { t } from '../../utils/i18n';
import { StorageUnavailable } from '../shared/StorageGate';
import { useReadyMark } from '../shared/useReadyMark';
import { AwaitingSection } from './AwaitingSection';
import { CalendarSection } from './CalendarSection';
import { ForecastSection } from './ForecastSection';
import { LadderSection } from './LadderSection';
import { loadNewTabData, type NewTabData } from './loadNewTabData';
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

  useEffect(() => {
    let live = true;
    let reader: RawReader | null = null;
    const refresh = async (retry = true): Promise<void> => {
      try {
        // Re-opened when missing: the database appears with the first save.
        reader ??= await openRawReader();
        const next = await loadNewTabData(reader, Date.now());
        if (!live) return;
        setData(next);
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
    const timer = setTimeout(() => {
      void refresh().then(async () => {
        const reply = await askBackground({ type: 'verifyStats' });
        if (reply?.repaired && live) await refresh();
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
  useReadyMark(data !== null || failed);

  if (!data) return failed ? <StorageUnavailable /> : null;
  const { progress, settings } = data;
  const minimal = settings.newtabMinimal;
  const firstRun = progress.outcomes.attempts === 0 && data.awaiting.length === 0;

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
      <TodaySection today={data.today} />
      <WeekSection week={progress.week} pastWeeks={progress.pastWeeks} compact={minimal || firstRun} />
      {!minimal && !firstRun && (
        <div class="newtab__grid">
          <LadderSection level={data.level} levels={progress.levels} decision={data.ladder} />
          <ForecastSection forecast={progress.forecast} insight={progress.insight} />
          <CalendarSection calendar={progress.calendar} />
          <OutcomesSection outcomes={progress.outcomes} />
          <AwaitingSection awaiting={data.awaiting} now={data.now} />
        </div>
      )}
      {!minimal && (
        <p>
          <a href="/asks.html">{t('browseAsks')}</a> · <a href="/options.html">{t('optionsTitle')}</a>
        </p>
      )}
    </main>
  );
}
