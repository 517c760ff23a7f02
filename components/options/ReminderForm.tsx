import { useState } from 'preact/hooks';
import { requestNotifications } from '../../utils/browser/permissions';
import { type MessageKey, t } from '../../utils/i18n';
import type { ReminderSettings, Weekday } from '../../utils/reminders/types';
import {
  FOLLOW_UP_DAYS_MAX,
  FOLLOW_UP_DAYS_MIN,
  type ReminderProblem,
  reminderSettingsProblems,
} from '../../utils/reminders/validate';
import type { SettingsStore } from '../../utils/settings';
import { FollowUpDaysInput } from '../shared/FollowUpDaysInput';

// Weeks start on Monday here, as everywhere else in Ask Anyway.
const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];
const WEEKDAY_NAMES: Record<Weekday, MessageKey> = {
  0: 'weekday0',
  1: 'weekday1',
  2: 'weekday2',
  3: 'weekday3',
  4: 'weekday4',
  5: 'weekday5',
  6: 'weekday6',
};

const PROBLEMS: Record<ReminderProblem, { field: string; message: () => string }> = {
  noDays: { field: 'reminder-day-1', message: () => t('remindersNoDays') },
  timeInvalid: { field: 'reminder-time', message: () => t('remindersTimeInvalid') },
  timeInQuietHours: { field: 'reminder-time', message: () => t('remindersTimeInQuietHours') },
  quietInvalid: { field: 'quiet-start', message: () => t('remindersQuietInvalid') },
  followUpDaysInvalid: {
    field: 'follow-up-days',
    message: () =>
      t('remindersFollowUpDaysInvalid', [String(FOLLOW_UP_DAYS_MIN), String(FOLLOW_UP_DAYS_MAX)]),
  },
};

type Status =
  | { kind: 'saved'; message: MessageKey }
  /** Waiting for the browser's notification prompt, or told it was refused: both stand out. */
  | { kind: 'notice'; message: MessageKey }
  | { kind: 'error'; messages: string[] }
  | null;

/**
 * Reminder settings. Turning reminders on asks the browser for the notifications permission
 * at that moment; if it is refused, reminders stay off and the page says so.
 */
export function ReminderForm({
  store,
  initial,
  initialAllowed,
}: {
  store: SettingsStore;
  initial: ReminderSettings;
  initialAllowed: boolean;
}) {
  const [saved, setSaved] = useState(initial);
  const [allowed, setAllowed] = useState(initialAllowed);
  const [enabled, setEnabled] = useState(initial.enabled && initialAllowed);
  const [days, setDays] = useState<ReadonlySet<Weekday>>(new Set(initial.days));
  const [time, setTime] = useState(initial.time);
  const [quietStart, setQuietStart] = useState(initial.quietStart);
  const [quietEnd, setQuietEnd] = useState(initial.quietEnd);
  const [followUps, setFollowUps] = useState(initial.followUps);
  const [followUpDays, setFollowUpDays] = useState(String(initial.followUpDays));
  const [reflections, setReflections] = useState(initial.reflections);
  const [status, setStatus] = useState<Status>(null);
  const [problems, setProblems] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);

  async function save(next: ReminderSettings, refused = false): Promise<void> {
    try {
      const { settings, where } = await store.set({ reminders: next });
      setSaved(settings.reminders);
      if (refused) setStatus({ kind: 'notice', message: 'remindersRefused' });
      else setStatus({ kind: 'saved', message: where === 'sync' ? 'optionsSaved' : 'optionsSavedLocally' });
    } catch (error) {
      console.warn('Ask Anyway: reminder settings not saved', error);
      setStatus({ kind: 'error', messages: [t('saveFailed')] });
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    const next: ReminderSettings = {
      ...saved,
      enabled,
      days: WEEKDAYS.filter((day) => days.has(day)).sort(),
      time,
      quietStart,
      quietEnd,
      followUps,
      reflections,
      followUpDays: followUpDays.trim() === '' ? Number.NaN : Number(followUpDays),
    };
    const found = reminderSettingsProblems(next);
    setProblems(new Set(found.map((problem) => PROBLEMS[problem].field)));
    if (found.length > 0) {
      setStatus({ kind: 'error', messages: found.map((problem) => PROBLEMS[problem].message()) });
      const first = found[0];
      if (first) document.getElementById(PROBLEMS[first].field)?.focus();
      return;
    }
    const asking = next.enabled && !allowed;
    if (asking) setStatus({ kind: 'notice', message: 'remindersAsking' });
    setBusy(asking);
    // The first await of the submit: the browser shows its prompt only for a user's action.
    const granted = asking ? await requestNotifications() : allowed;
    setBusy(false);
    setAllowed(granted);
    if (next.enabled && !granted) {
      setEnabled(false);
      await save({ ...next, enabled: false }, true);
      return;
    }
    await save(next);
  }

  const invalid = (field: string) => problems.has(field) || undefined;
  const toggleDay = (day: Weekday, on: boolean) => {
    const next = new Set(days);
    if (on) next.add(day);
    else next.delete(day);
    setDays(next);
  };

  return (
    <section class="card stack" id="reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('remindersHeading')}</h2>
      <p class="hint">{t('remindersIntro')}</p>
      <p data-testid="reminders-state" class={saved.enabled && !allowed ? 'notice' : undefined}>
        {saved.enabled && !allowed
          ? t('remindersNotAllowed')
          : t(saved.enabled ? 'remindersStatusOn' : 'remindersStatusOff')}
      </p>
      <form class="stack" onSubmit={submit} noValidate>
        <label class="checkbox">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <span>{t('remindersEnable')}</span>
        </label>
        <fieldset>
          <legend>{t('remindersDaysLegend')}</legend>
          <div class="choices">
            {WEEKDAYS.map((day) => (
              <label class="checkbox" key={day}>
                <input
                  id={`reminder-day-${day}`}
                  type="checkbox"
                  checked={days.has(day)}
                  aria-invalid={invalid('reminder-day-1')}
                  onChange={(e) => toggleDay(day, e.currentTarget.checked)}
                />
                {t(WEEKDAY_NAMES[day])}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label for="reminder-time">{t('remindersTimeLabel')}</label>
          <input
            id="reminder-time"
            type="time"
            value={time}
            aria-invalid={invalid('reminder-time')}
            onInput={(e) => setTime(e.currentTarget.value)}
          />
        </div>
        <fieldset aria-describedby="quiet-hint">
          <legend>{t('remindersQuietLegend')}</legend>
          <div class="row">
            <div>
              <label for="quiet-start">{t('remindersQuietFrom')}</label>
              <input
                id="quiet-start"
                type="time"
                value={quietStart}
                aria-invalid={invalid('quiet-start')}
                onInput={(e) => setQuietStart(e.currentTarget.value)}
              />
            </div>
            <div>
              <label for="quiet-end">{t('remindersQuietTo')}</label>
              <input
                id="quiet-end"
                type="time"
                value={quietEnd}
                aria-invalid={invalid('quiet-start')}
                onInput={(e) => setQuietEnd(e.currentTarget.value)}
              />
            </div>
          </div>
          <p id="quiet-hint" class="hint">
            {t('remindersQuietHint')}
          </p>
        </fieldset>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={followUps}
            onChange={(e) => setFollowUps(e.currentTarget.checked)}
          />
          <span>{t('remindersFollowUps')}</span>
        </label>
        <div>
          <label for="follow-up-days">{t('remindersFollowUpDaysLabel')}</label>
          <FollowUpDaysInput
            value={followUpDays}
            invalid={problems.has('follow-up-days')}
            describedBy="follow-up-days-hint"
            onInput={setFollowUpDays}
          />
          <p id="follow-up-days-hint" class="hint">
            {t('remindersFollowUpDaysHint')}
          </p>
        </div>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={reflections}
            onChange={(e) => setReflections(e.currentTarget.checked)}
          />
          <span>{t('remindersReflections')}</span>
        </label>
        <button type="submit" disabled={busy}>
          {t('remindersSave')}
        </button>
        <div
          id="reminders-status"
          role={status?.kind === 'error' ? 'alert' : 'status'}
          class={
            status?.kind === 'error' ? 'notice notice--error' : status?.kind === 'notice' ? 'notice' : 'hint'
          }
        >
          {status?.kind === 'error'
            ? status.messages.map((message) => <p key={message}>{message}</p>)
            : status
              ? t(status.message)
              : ''}
        </div>
      </form>
    </section>
  );
}
