import { t } from '../../utils/i18n';
import { ageText } from '../popup/AwaitingList';
import type { NewTabData } from './loadNewTabData';

/** Asks still waiting for an answer, oldest first, with how long each has waited. */
export function AwaitingSection({ awaiting, now }: Pick<NewTabData, 'awaiting' | 'now'>) {
  return (
    <section class="card stack" aria-labelledby="nt-awaiting-heading" data-testid="nt-awaiting">
      <h2 id="nt-awaiting-heading">{t('awaitingHeading')}</h2>
      {awaiting.length === 0 ? (
        <p class="hint">{t('awaitingEmpty')}</p>
      ) : (
        <>
          <ul class="stack">
            {awaiting.map((attempt) => (
              <li key={attempt.id} data-attempt-id={attempt.id}>
                <span class="awaiting__title">{attempt.askTitle}</span>{' '}
                <span class="hint">{t('awaitingAge', ageText(attempt.doneAt ?? now, now))}</span>
              </li>
            ))}
          </ul>
          <p class="hint">{t('newtabAwaitingHint')}</p>
        </>
      )}
    </section>
  );
}
