import { t } from '../../utils/i18n';
import { AskTemplate } from '../shared/AskTemplate';
import { useStepFocus } from '../shared/useStepFocus';

/** One polite follow-up, and only one: once it is sent, the list never suggests another. */
export function FollowUpStep({
  title,
  onSent,
  onBack,
}: {
  title: string;
  onSent: () => void;
  onBack: () => void;
}) {
  const heading = useStepFocus<HTMLHeadingElement>();
  return (
    <section class="card stack" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading" tabIndex={-1} ref={heading}>
        {t('followUpHeading')}
      </h2>
      <p class="hint">{title}</p>
      <p>{t('followUpIntro')}</p>
      <AskTemplate template={t('followUpTemplate')} />
      <div class="actions">
        <button type="button" onClick={onSent}>
          {t('followUpSent')}
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </section>
  );
}
