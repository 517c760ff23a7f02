import { t } from '../../utils/i18n';
import { DAY_MS } from '../../utils/ladder/rules';
import type { ReminderSettings } from '../../utils/reminders/types';

type PausePatch = Pick<ReminderSettings, 'pausedUntil' | 'pausedIndefinitely'>;

function formatUntil(at: number): string {
  return new Date(at).toLocaleString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Pause all reminders for a day, a week or until turned back on; one button undoes it. */
export function PauseControls({
  settings,
  onChange,
}: {
  settings: ReminderSettings;
  onChange: (patch: PausePatch) => void;
}) {
  const now = Date.now();
  const pausedUntil =
    settings.pausedUntil !== null && settings.pausedUntil > now ? settings.pausedUntil : null;
  const paused = settings.pausedIndefinitely || pausedUntil !== null;
  return (
    <fieldset class="stack" data-testid="reminder-pause">
      <legend>{t('remindersPauseLegend')}</legend>
      {paused ? (
        <>
          <p role="status">
            {settings.pausedIndefinitely
              ? t('remindersPausedIndefinitely')
              : t('remindersPausedUntil', formatUntil(pausedUntil ?? now))}
          </p>
          <button type="button" onClick={() => onChange({ pausedUntil: null, pausedIndefinitely: false })}>
            {t('remindersResume')}
          </button>
        </>
      ) : (
        <div class="actions">
          <button
            type="button"
            class="secondary"
            onClick={() => onChange({ pausedUntil: Date.now() + DAY_MS, pausedIndefinitely: false })}
          >
            {t('remindersPauseDay')}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => onChange({ pausedUntil: Date.now() + 7 * DAY_MS, pausedIndefinitely: false })}
          >
            {t('remindersPauseWeek')}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => onChange({ pausedUntil: null, pausedIndefinitely: true })}
          >
            {t('remindersPauseIndefinitely')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
