import { getSettingsStore } from '../../utils/browser/settingsStore';
import { getWeekStats } from '../../utils/db/attempts';
import { t } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { useDatabase } from '../shared/DatabaseContext';
import { useLiveQuery } from '../shared/useLiveQuery';
import { usePromise } from '../shared/usePromise';
import { useReadyMark } from '../shared/useReadyMark';
import { WeekSummary } from './WeekSummary';

export function NewTabApp() {
  const db = useDatabase();
  const week = useLiveQuery(() => getWeekStats(db, Date.now()), [db]);
  const settings = usePromise(() => getSettingsStore().get(), []);
  const ready = week.status !== 'loading' && settings.status !== 'loading';
  useReadyMark(ready);
  if (!ready) return null;

  const count = week.status === 'ready' ? (week.value?.attempts ?? 0) : 0;
  const goal = settings.status === 'ready' ? settings.value.weeklyGoal : DEFAULT_SETTINGS.weeklyGoal;
  return (
    <main class="newtab">
      <h1>{t('appName')}</h1>
      {week.status === 'error' ? (
        <p role="alert" class="notice notice--error">
          {t('storageUnavailable')}
        </p>
      ) : (
        <WeekSummary count={count} goal={goal} />
      )}
      <p>
        <a href="/asks.html">{t('browseAsks')}</a>
      </p>
    </main>
  );
}
