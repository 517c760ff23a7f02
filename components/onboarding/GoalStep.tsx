import { t } from '../../utils/i18n';
import { WEEKLY_GOAL_MAX, WEEKLY_GOAL_MIN } from '../../utils/settings';
import { RemindersOptIn } from './RemindersOptIn';

/** The weekly goal (saved on Next) and reminders, off until the person turns them on. */
export function GoalStep({
  goal,
  invalid,
  remindersOn,
  onGoal,
}: {
  goal: string;
  invalid: boolean;
  /** Reminders were on already (the introduction shown again). */
  remindersOn: boolean;
  onGoal: (goal: string) => void;
}) {
  return (
    <div class="stack">
      <div>
        <label for="onboarding-goal">{t('optionsGoalLabel')}</label>{' '}
        <input
          id="onboarding-goal"
          type="number"
          inputMode="numeric"
          min={WEEKLY_GOAL_MIN}
          max={WEEKLY_GOAL_MAX}
          step={1}
          value={goal}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'onboarding-goal-hint onboarding-problem' : 'onboarding-goal-hint'}
          onInput={(event) => onGoal(event.currentTarget.value)}
        />
        <p id="onboarding-goal-hint" class="hint">
          {t('optionsGoalHint')}
        </p>
      </div>
      <RemindersOptIn heading="h3" initiallyOn={remindersOn} />
    </div>
  );
}
