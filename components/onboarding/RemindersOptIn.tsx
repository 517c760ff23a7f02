import { useState } from 'preact/hooks';
import { requestNotifications } from '../../utils/browser/permissions';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { t } from '../../utils/i18n';

type State = 'idle' | 'on' | 'refused' | 'failed';

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
      <p>{t('onboardingRemindersText')}</p>
      {state !== 'on' && (
        <button type="button" class="secondary" onClick={turnOn}>
          {t('onboardingRemindersOn')}
        </button>
      )}
      <p role="status" class={state === 'failed' ? 'notice notice--error' : undefined}>
        {state === 'on'
          ? t('onboardingRemindersDone')
          : state === 'refused'
            ? t('remindersRefused')
            : state === 'failed'
              ? t('saveFailed')
              : ''}
      </p>
    </section>
  );
}
