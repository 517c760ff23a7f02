import type { CategoryId } from '../../utils/catalogue/types';
import { t, tCount } from '../../utils/i18n';
import { ImportPanel } from '../data/ImportPanel';
import { categoryLabel, whereToOpen } from '../shared/labels';

/** Where to go next, what was chosen, and a restore for someone who has been here before. */
export function ReadyStep({
  focus,
  level,
  goal,
  storageMissing,
  onRestored,
}: {
  focus: readonly CategoryId[];
  level: number;
  goal: string;
  storageMissing: boolean;
  onRestored: () => void;
}) {
  const areas = new Intl.ListFormat(t('htmlLang') || 'en', { style: 'long', type: 'conjunction' });
  return (
    <div class="stack">
      <p>{t('onboardingNext', whereToOpen())}</p>
      {import.meta.env.BROWSER !== 'firefox' && <p class="hint">{t('onboardingPin')}</p>}
      <ul data-testid="onboarding-choices">
        <li>
          {t(
            'onboardingChoiceFocus',
            focus.length > 0 ? areas.format(focus.map(categoryLabel)) : t('onboardingChoiceFocusAll'),
          )}
        </li>
        <li>{t('onboardingChoiceLevel', String(level))}</li>
        <li>{t('onboardingChoiceGoal', tCount('asksCount', Number(goal)))}</li>
      </ul>
      <p class="hint">{t('onboardingChangeLater')}</p>
      {storageMissing ? (
        <p class="notice" role="note">
          {t('onboardingNoStorage')}
        </p>
      ) : (
        <ImportPanel
          heading="h3"
          intro={t('onboardingRestoreIntro')}
          doneNote={t('onboardingRestored')}
          onRestored={onRestored}
        />
      )}
      <p class="hint">{t('safetyText')}</p>
    </div>
  );
}
