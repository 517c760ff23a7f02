import { t } from '../../utils/i18n';
import { useReadyMark } from '../shared/useReadyMark';
import { RemindersOptIn } from './RemindersOptIn';

export function OnboardingApp() {
  useReadyMark(true);
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
      <p class="hint">{t('safetyText')}</p>
    </main>
  );
}
