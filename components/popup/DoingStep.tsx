import { useState } from 'preact/hooks';
import type { AskView } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import { AskDetails } from '../shared/AskDetails';
import { useStepFocus } from '../shared/useStepFocus';

export function DoingStep({
  ask,
  belief,
  onDone,
  onLetGo,
}: {
  ask: AskView;
  belief: string | undefined;
  onDone: () => void;
  onLetGo: () => void;
}) {
  const heading = useStepFocus<HTMLHeadingElement>();
  const [confirming, setConfirming] = useState(false);
  return (
    <section class="card stack" aria-labelledby="doing-heading" data-testid="doing">
      <h2 id="doing-heading" tabIndex={-1} ref={heading}>
        {t('doingHeading')}
      </h2>
      <p>{t('doingIntro')}</p>
      <AskDetails ask={ask} headingId="doing-ask-title" headingLevel={3}>
        {belief && (
          <p data-testid="doing-belief">
            <strong>{t('beliefTested')}</strong> {belief}
          </p>
        )}
        <div class="actions">
          <button type="button" onClick={onDone}>
            {t('doingDone')}
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            {t('doingNotNow')}
          </button>
        </div>
        {confirming && (
          <div class="notice stack" data-testid="let-go">
            <p>{t('doingNotNowConfirm')}</p>
            <div class="actions">
              <button type="button" onClick={onLetGo}>
                {t('doingNotNowYes')}
              </button>
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>
                {t('doingNotNowNo')}
              </button>
            </div>
          </div>
        )}
      </AskDetails>
    </section>
  );
}
