import { useCallback, useState } from 'preact/hooks';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { openExtensionPage } from '../../utils/browser/tabs';
import { getWeekStats } from '../../utils/db/attempts';
import { t } from '../../utils/i18n';
import { useDatabase } from '../shared/DatabaseContext';
import { useLiveQuery } from '../shared/useLiveQuery';
import { usePromise } from '../shared/usePromise';
import { useReadyMark } from '../shared/useReadyMark';
import { QuickLog } from './QuickLog';
import { TodaySection } from './TodaySection';

export function PopupApp() {
  const db = useDatabase();
  const week = useLiveQuery(() => getWeekStats(db, Date.now()), [db]);
  const settings = usePromise(() => getSettingsStore().get(), []);
  const [todayLoaded, setTodayLoaded] = useState(false);
  const [draftLoaded, setDraftLoaded] = useState(false);
  const onTodayLoaded = useCallback(() => setTodayLoaded(true), []);
  const onDraftLoaded = useCallback(() => setDraftLoaded(true), []);
  useReadyMark(todayLoaded && draftLoaded);
  if (week.status === 'loading' || settings.status === 'loading') return null;

  const count = week.status === 'ready' ? (week.value?.attempts ?? 0) : 0;
  const focus = settings.status === 'ready' ? settings.value.focusCategories : [];
  return (
    <main class="popup stack">
      <h1>{t('popupTitle')}</h1>
      <TodaySection focus={focus} onLoaded={onTodayLoaded} />
      <QuickLog onLoaded={onDraftLoaded} />
      <p data-testid="popup-week-count">{t('popupWeekCount', String(count))}</p>
      <p>
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
    </main>
  );
}
