import { useState } from 'preact/hooks';
import { requestNotifications } from '../../utils/browser/permissions';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { t, tClock } from '../../utils/i18n';
import { DEFAULT_REMINDER_SETTINGS } from '../../utils/reminders/defaults';

type State = 'idle' | 'asking' | 'on' | 'refused' | 'failed';

/** Reminders are off until the user asks for them; this asks the browser at that moment. */
export function RemindersOptIn({
  heading: Heading = 'h2',
  initiallyOn = false,
}: {
  heading?: 'h2' | 'h3';
  initiallyOn?: boolean;
}) {
  const [state, setState] = useState<State>(initiallyOn ? 'on' : 'idle');

  async function turnOn() {
    setState('asking');
    // First await of the click: the browser prompts only in response to the user's action.
    if (!(await requestNotifications())) {
      setState('refused');
      return;
    }
    try {
      const store = getSettingsStore();
      const { reminders } = await store.get();
      await store.set({ reminders: { ...reminders, enabled: true } });
      setState('on');
    } catch (error) {
      console.warn('Ask Anyway: reminders not turned on', error);
      setState('failed');
    }
  }

  return (
    <section class="card stack" aria-labelledby="reminders-optin-heading">
      <Heading id="reminders-optin-heading">{t('onboardingRemindersHeading')}</Heading>
      <p>
        {t('onboardingRemindersText', [
          tClock(DEFAULT_REMINDER_SETTINGS.time),
          tClock(DEFAULT_REMINDER_SETTINGS.quietStart),
          tClock(DEFAULT_REMINDER_SETTINGS.quietEnd),
        ])}
      </p>
      {state !== 'on' && (
        <button type="button" class="secondary" disabled={state === 'asking'} onClick={turnOn}>
          {t('onboardingRemindersOn')}
        </button>
      )}
      <p
        role="status"
        data-testid="reminders-optin-status"
        class={
          state === 'failed'
            ? 'notice notice--error'
            : state === 'asking' || state === 'refused'
              ? 'notice'
              : undefined
        }
      >
        {state === 'on'
          ? t('onboardingRemindersDone')
          : state === 'asking'
            ? t('remindersAsking')
            : state === 'refused'
              ? t('remindersRefused')
              : state === 'failed'
                ? t('saveFailed')
                : ''}
      </p>
    </section>
  );
}
