import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../utils/i18n';
import type { SettingsStore } from '../../utils/settings';
import { isValidWeeklyGoal, WEEKLY_GOAL_MAX, WEEKLY_GOAL_MIN } from '../../utils/settings';

type Status = { kind: 'error' | 'saved'; message: MessageKey } | null;

export function WeeklyGoalForm({ store, initial }: { store: SettingsStore; initial: number }) {
  const [value, setValue] = useState(String(initial));
  const [status, setStatus] = useState<Status>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const goal = Number(value);
    if (value.trim() === '' || !isValidWeeklyGoal(goal)) {
      setStatus({ kind: 'error', message: 'optionsGoalInvalid' });
      return;
    }
    try {
      const { where } = await store.set({ weeklyGoal: goal });
      setStatus({ kind: 'saved', message: where === 'sync' ? 'optionsSaved' : 'optionsSavedLocally' });
    } catch (error) {
      console.warn('Ask Anyway: settings not saved', error);
      setStatus({ kind: 'error', message: 'saveFailed' });
    }
  }

  const invalid = status?.kind === 'error';
  return (
    <form class="card stack" onSubmit={submit} noValidate>
      <div>
        <label for="weekly-goal">{t('optionsGoalLabel')}</label>
        <input
          id="weekly-goal"
          type="number"
          inputMode="numeric"
          min={WEEKLY_GOAL_MIN}
          max={WEEKLY_GOAL_MAX}
          step={1}
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'weekly-goal-hint weekly-goal-status' : 'weekly-goal-hint'}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <p id="weekly-goal-hint" class="hint">
          {t('optionsGoalHint')}
        </p>
      </div>
      <button type="submit">{t('optionsSave')}</button>
      <p
        id="weekly-goal-status"
        role={invalid ? 'alert' : 'status'}
        class={invalid ? 'notice notice--error' : 'hint'}
      >
        {status ? t(status.message) : ''}
      </p>
    </form>
  );
}
