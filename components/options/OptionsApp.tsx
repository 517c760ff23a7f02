import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { hasNotifications } from '../../utils/browser/permissions';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { t } from '../../utils/i18n';
import { YourDataSection } from '../data/YourDataSection';
import { loadDatabase } from '../shared/loadDatabase';
import { useHashFocus } from '../shared/useHashFocus';
import { usePromise } from '../shared/usePromise';
import { useReadyMark } from '../shared/useReadyMark';
import { BadgeForm } from './BadgeForm';
import { FocusForm } from './FocusForm';
import { LifeFitForm } from './LifeFitForm';
import { NewTabForm } from './NewTabForm';
import { PauseSection } from './PauseSection';
import { ReminderForm } from './ReminderForm';
import { WeeklyGoalForm } from './WeeklyGoalForm';

export function OptionsApp() {
  const store = getSettingsStore();
  // Read again after a restore that brought settings: the forms show what is stored now.
  const [restores, setRestores] = useState(0);
  const settings = usePromise(() => store.get(), [store, restores]);
  const allowed = usePromise(hasNotifications, []);
  // Settings never wait on IndexedDB; only the data section needs it, and says when it is missing.
  const database = usePromise(() => loadDatabase().then(() => true), []);
  const loading = settings.status === 'loading' || allowed.status === 'loading';
  useReadyMark(!loading);
  useHashFocus(!loading);
  if (loading) return null;

  return (
    <main class="page stack">
      <h1>{t('optionsTitle')}</h1>
      {settings.status === 'error' ? (
        <p role="alert" class="notice notice--error">
          {t('storageUnavailable')}
        </p>
      ) : (
        // Each form takes its initial value once: a restore starts them afresh from what is
        // stored then (the forms may show edits the first read never saw, so the count counts).
        <Fragment key={`${restores}:${JSON.stringify(settings.value)}`}>
          <PauseSection store={store} initial={settings.value.pause} />
          <WeeklyGoalForm store={store} initial={settings.value.weeklyGoal} />
          <FocusForm store={store} initial={settings.value.focusCategories} />
          <LifeFitForm store={store} initial={settings.value.lifeNeeds} />
          <ReminderForm
            store={store}
            initial={settings.value.reminders}
            initialAllowed={allowed.status === 'ready' && allowed.value}
          />
          <BadgeForm store={store} initial={settings.value.badge} />
          <NewTabForm store={store} initial={settings.value.newtabMinimal} />
        </Fragment>
      )}
      <p>
        <a href="/asks.html">{t('browseAsks')}</a> · <a href="/onboarding.html">{t('optionsIntroAgain')}</a>
      </p>
      {database.status === 'error' ? (
        <p role="note" class="notice" data-testid="options-no-storage">
          {t('optionsNoStorage')}
        </p>
      ) : (
        <YourDataSection onRestored={() => setRestores((n) => n + 1)} />
      )}
      <section class="card stack" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('optionsAboutHeading')}</h2>
        <p>{t('optionsAboutText')}</p>
        <p>{t('safetyText')}</p>
      </section>
    </main>
  );
}
