import { useState } from 'preact/hooks';
import { openToolbarPopup } from '../../utils/browser/tabs';
import { t } from '../../utils/i18n';
import type { TodayLine } from './loadNewTabData';

/** Today's ask in one line; Start opens the popup, where the practice loop lives. */
export function TodaySection({ today }: { today: TodayLine | null }) {
  const [fallback, setFallback] = useState(false);
  return (
    <section class="card today-line" aria-labelledby="today-heading" data-testid="nt-today">
      <h2 id="today-heading">{t('newtabTodayHeading')}</h2>
      {today ? (
        <p class="actions" data-ask-id={today.askId}>
          <span>{t('newtabTodayLine', [String(today.level), today.title])}</span>
          <button
            type="button"
            onClick={() => void openToolbarPopup().then((opened) => setFallback(!opened))}
          >
            {t('newtabTodayStart')}
          </button>
        </p>
      ) : (
        <p class="hint">{t('newtabTodayNone')}</p>
      )}
      <p role="status" class="hint">
        {fallback ? t('newtabTodayToolbar') : ''}
      </p>
    </section>
  );
}
