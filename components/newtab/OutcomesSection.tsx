import { t } from '../../utils/i18n';
import type { ProgressView } from '../../utils/progress';

/** How the asks were answered, with the reminder that every attempt counts the same. */
export function OutcomesSection({ outcomes }: Pick<ProgressView, 'outcomes'>) {
  return (
    <section class="card stack" aria-labelledby="outcomes-heading" data-testid="outcomes">
      <h2 id="outcomes-heading">{t('newtabOutcomesHeading')}</h2>
      <ul class="outcomes">
        <li>{t('newtabOutcomeYes', String(outcomes.yes))}</li>
        <li>{t('newtabOutcomePartly', String(outcomes.partly))}</li>
        <li>{t('newtabOutcomeNo', String(outcomes.no))}</li>
        <li>{t('newtabOutcomeNoReply', String(outcomes.noReply))}</li>
        <li>{t('newtabOutcomeAwaiting', String(outcomes.awaiting))}</li>
      </ul>
      <p class="hint">{t('newtabOutcomesNote')}</p>
    </section>
  );
}
