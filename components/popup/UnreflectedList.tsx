import { useState } from 'preact/hooks';
import type { Attempt } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import { ShowAll } from '../shared/ShowAll';

/** Asks listed before "Show all". */
const SHOWN = 3;

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
  const [all, setAll] = useState(false);
  if (attempts.length === 0) return null;
  return (
    <section class="stack" aria-labelledby="unreflected-heading" data-testid="unreflected">
      <h2 id="unreflected-heading">{t('unreflectedHeading')}</h2>
      <ul class="list-plain">
        {(all ? attempts : attempts.slice(0, SHOWN)).map((attempt) => (
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
      {!all && attempts.length > SHOWN && (
        <ShowAll total={attempts.length} onShow={() => setAll(true)} testId="unreflected-show-all" />
      )}
    </section>
  );
}
