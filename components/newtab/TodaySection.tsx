import type { TodayLine } from '../../utils/db/newTabView';
import { t } from '../../utils/i18n';
import type { PauseLength, PracticePause } from '../../utils/pause/pause';
import { whereToOpen } from '../shared/labels';
import { PauseChoices } from '../shared/PauseChoices';
import { PausedNotice } from '../shared/PausedNotice';

/**
 * Today's ask in one line; Start begins the popup's practice flow with it. While practice is
 * paused, the pause in its place; otherwise a quiet way to start one.
 */
export function TodaySection({
  today,
  pause,
  busy,
  onStart,
  onPause,
  onResume,
}: {
  today: TodayLine | null;
  /** The pause in force, or null. */
  pause: PracticePause | null;
  busy: boolean;
  /** Starts today's ask; null: no card dealt yet, so open the popup, which deals it. */
  onStart: (askId: string | null) => void;
  onPause: (length: PauseLength) => void;
  onResume: () => void;
}) {
  return (
    <section
      class="card today-line"
      id="today"
      tabIndex={-1}
      aria-labelledby={pause ? 'paused-heading' : 'today-heading'}
      data-testid="nt-today"
    >
      {pause ? (
        <PausedNotice pause={pause} busy={busy} onResume={onResume} />
      ) : (
        <>
          <h2 id="today-heading">{t('newtabTodayHeading')}</h2>
          {today === null ? (
            <p class="hint">{t('newtabTodayNone', whereToOpen())}</p>
          ) : 'toDeal' in today ? (
            <p class="actions" data-testid="nt-today-to-deal">
              <span>{t('newtabTodayToDeal')}</span>
              <button type="button" disabled={busy} onClick={() => onStart(null)}>
                {t('newtabTodayStart')}
              </button>
            </p>
          ) : (
            <p class="actions" data-ask-id={today.askId}>
              <span>{t('newtabTodayLine', [String(today.level), today.title])}</span>
              <button type="button" disabled={busy} onClick={() => onStart(today.askId)}>
                {t('newtabTodayStart')}
              </button>
            </p>
          )}
          <details class="today-line__pause" data-testid="nt-pause">
            <summary>{t('newtabPauseSummary')}</summary>
            <p class="hint">{t('pauseOptionsIntro')}</p>
            <PauseChoices busy={busy} onPause={onPause} />
          </details>
        </>
      )}
    </section>
  );
}
