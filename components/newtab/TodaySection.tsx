import { t } from '../../utils/i18n';
import type { TodayLine } from './loadNewTabData';

/** Today's ask in one line; Start begins the popup's practice flow with it. */
export function TodaySection({
  today,
  busy,
  onStart,
}: {
  today: TodayLine | null;
  busy: boolean;
  onStart: (askId: string) => void;
}) {
  return (
    <section class="card today-line" id="today" aria-labelledby="today-heading" data-testid="nt-today">
      <h2 id="today-heading">{t('newtabTodayHeading')}</h2>
      {today ? (
        <p class="actions" data-ask-id={today.askId}>
          <span>{t('newtabTodayLine', [String(today.level), today.title])}</span>
          <button type="button" disabled={busy} onClick={() => onStart(today.askId)}>
            {t('newtabTodayStart')}
          </button>
        </p>
      ) : (
        <p class="hint">{t('newtabTodayNone')}</p>
      )}
    </section>
  );
}
