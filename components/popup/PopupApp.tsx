import { openExtensionPage } from '../../utils/browser/tabs';
import { getWeekStats } from '../../utils/db/attempts';
import { t } from '../../utils/i18n';
import { useDatabase } from '../shared/DatabaseContext';
import { useLiveQuery } from '../shared/useLiveQuery';
import { QuickLog } from './QuickLog';

export function PopupApp() {
  const db = useDatabase();
  const week = useLiveQuery(() => getWeekStats(db, Date.now()), [db]);
  if (week.status === 'loading') return null;

  const count = week.status === 'ready' ? (week.value?.attempts ?? 0) : 0;
  return (
    <main class="popup stack">
      <h1>{t('popupTitle')}</h1>
      {/* QuickLog sets the ready mark once its draft is on screen too. */}
      <QuickLog />
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
