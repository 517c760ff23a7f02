import { t } from '../../utils/i18n';
import type { PracticePause } from '../../utils/pause/pause';

/** "Thursday 3 December": the day practice starts again (a timed pause ends at midnight). */
export function resumeDay(at: number): string {
  return new Date(at).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** What a pause means while it lasts, and the one click that ends it. */
export function PausedNotice({
  pause,
  busy,
  onResume,
  headingLevel = 'h2',
}: {
  pause: PracticePause;
  busy: boolean;
  onResume: () => void;
  headingLevel?: 'h2' | 'h3';
}) {
  const Heading = headingLevel;
  return (
    <div class="stack" data-testid="paused">
      <Heading id="paused-heading">{t('pausedHeading')}</Heading>
      <p>
        {pause.pausedIndefinitely || pause.pausedUntil === null
          ? t('pausedUntilResumed')
          : t('pausedUntilDay', resumeDay(pause.pausedUntil))}
      </p>
      <p class="hint">{t('pausedWhatRests')}</p>
      <p class="actions">
        <button type="button" disabled={busy} onClick={onResume}>
          {t('pauseResume')}
        </button>
      </p>
    </div>
  );
}
