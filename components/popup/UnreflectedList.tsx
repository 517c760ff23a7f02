import type { Attempt } from '../../utils/db/schema';
import { t } from '../../utils/i18n';

/** Asks done without a reflection yet: a gentle second prompt, never a demand. */
export function UnreflectedList({
  attempts,
  busy,
  onReflect,
}: {
  attempts: Attempt[];
  busy: boolean;
  onReflect: (attempt: Attempt) => void;
}) {
  if (attempts.length === 0) return null;
  return (
    <section class="stack" aria-labelledby="unreflected-heading" data-testid="unreflected">
      <h2 id="unreflected-heading">{t('unreflectedHeading')}</h2>
      <ul class="list-plain">
        {attempts.slice(0, 3).map((attempt) => (
          <li key={attempt.id} class="actions">
            <span>{attempt.askTitle}</span>
            <button
              type="button"
              class="secondary"
              disabled={busy}
              aria-label={t('actionOnItem', [t('reflectNow'), attempt.askTitle])}
              onClick={() => onReflect(attempt)}
            >
              {t('reflectNow')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
