import { FOLLOW_UP_DAYS_MAX, FOLLOW_UP_DAYS_MIN } from '../../utils/reminders/validate';

/** Days until a follow-up is due: the default in options, or one ask's on the outcome step. */
export function FollowUpDaysInput({
  value,
  invalid,
  describedBy,
  onInput,
}: {
  value: string;
  invalid: boolean;
  describedBy?: string;
  onInput: (value: string) => void;
}) {
  return (
    <input
      id="follow-up-days"
      class="input--short"
      type="number"
      inputMode="numeric"
      min={FOLLOW_UP_DAYS_MIN}
      max={FOLLOW_UP_DAYS_MAX}
      step={1}
      value={value}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}
