import type { AskView } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import { AskDetails } from '../shared/AskDetails';
import { useStepFocus } from '../shared/useStepFocus';

export function DoingStep({
  ask,
  belief,
  onDone,
}: {
  ask: AskView;
  belief: string | undefined;
  onDone: () => void;
}) {
  const heading = useStepFocus<HTMLHeadingElement>();
  return (
    <section class="card stack" aria-labelledby="doing-heading" data-testid="doing">
      <h2 id="doing-heading" tabIndex={-1} ref={heading}>
        {t('doingHeading')}
      </h2>
      <p>{t('doingIntro')}</p>
      <AskDetails ask={ask} headingId="doing-ask-title" headingLevel={3} />
      {belief && (
        <p data-testid="doing-belief">
          <strong>{t('beliefTested')}</strong> {belief}
        </p>
      )}
      <button type="button" onClick={onDone}>
        {t('doingDone')}
      </button>
    </section>
  );
}
