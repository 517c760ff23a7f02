import { useEffect } from 'preact/hooks';
import { ensurePersistentStorage } from '../../utils/browser/persistentStorage';
import { t } from '../../utils/i18n';
import { ImportPanel } from '../data/ImportPanel';
import { useReadyMark } from '../shared/useReadyMark';
import { RemindersOptIn } from './RemindersOptIn';

export function OnboardingApp() {
  useReadyMark(true);
  // Asked on the first page a person sees, so the browser keeps their data from day one.
  useEffect(() => void ensurePersistentStorage(), []);
  return (
    <main class="page stack">
      <h1>{t('onboardingTitle')}</h1>
      <p>{t('onboardingIntro')}</p>
      <p>{t('onboardingIsNot')}</p>
      <section class="card stack" aria-labelledby="pledge-heading">
        <h2 id="pledge-heading">{t('onboardingPledgeHeading')}</h2>
        <p>{t('onboardingPledge')}</p>
      </section>
      <RemindersOptIn />
      <p>{t('onboardingNext')}</p>
      <ImportPanel heading="h2" intro={t('onboardingRestoreIntro')} doneNote={t('onboardingRestored')} />
      <p class="hint">{t('safetyText')}</p>
    </main>
  );
}
