import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { hasNotifications } from '../../utils/browser/permissions';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { CATEGORY_IDS, NEED_IDS } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import { YourDataSection } from '../data/YourDataSection';
import { categoryLabel, needLabel } from '../shared/labels';
import { loadDatabase } from '../shared/loadDatabase';
import { useHashFocus } from '../shared/useHashFocus';
import { usePromise } from '../shared/usePromise';
import { useReadyMark } from '../shared/useReadyMark';
import { BadgeForm } from './BadgeForm';
import { NewTabForm } from './NewTabForm';
import { PauseSection } from './PauseSection';
import { ReminderForm } from './ReminderForm';
import { SavedTicksForm } from './SavedTicksForm';
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
          <SavedTicksForm
            ids={CATEGORY_IDS}
            initial={settings.value.focusCategories}
            label={categoryLabel}
            legend={t('optionsFocusLegend')}
            hint={t('optionsFocusHint')}
            testId="focus"
            save={(focusCategories) => store.set({ focusCategories })}
          />
          {/* Nothing is filtered until the first tick ("not said yet" is null): from then on
              the list is what the person said. */}
          <SavedTicksForm
            ids={NEED_IDS}
            initial={settings.value.lifeNeeds ?? []}
            label={needLabel}
            legend={t('lifeFit_legend')}
            hint={t('lifeFit_hint')}
            testId="life-fit"
            save={(lifeNeeds) => store.set({ lifeNeeds })}
          />
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
