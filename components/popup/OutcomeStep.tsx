import { useState } from 'preact/hooks';
import type { Outcome } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import { parseRating } from '../../utils/ratings';
import { FOLLOW_UP_DAYS_MAX, FOLLOW_UP_DAYS_MIN, isValidFollowUpDays } from '../../utils/reminders/validate';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { FollowUpDaysInput } from '../shared/FollowUpDaysInput';
import { RatingScale } from '../shared/RatingScale';
import { useDraft } from '../shared/useDraft';
import { useStepFocus } from '../shared/useStepFocus';
import { SaveFailed } from './SaveFailed';

export const OUTCOME_CHOICES: readonly { value: Outcome; label: string }[] = [
  { value: 'yes', label: t('outcomeYes') },
  { value: 'partly', label: t('outcomePartly') },
  { value: 'no', label: t('outcomeNo') },
  { value: 'noReply', label: t('outcomeNoReply') },
];

export const outcomeDraftKey = (attemptId: string) => `popup:outcome:${attemptId}`;

export function OutcomeStep({
  attemptId,
  title,
  busy,
  defaultFollowUpDays,
  onSave,
  onBack,
}: {
  attemptId: string;
  title: string;
  busy: boolean;
  /** Days until a follow-up is due, should the answer be "no reply yet"; changeable per ask. */
  defaultFollowUpDays: number;
  onSave: (
    input: { outcome: Outcome; actualDiscomfort: number; followUpDays: number },
    draftKey: string,
  ) => Promise<boolean>;
  /** Back to the ask: it has not been done yet after all. */
  onBack: () => void;
}) {
  const draftKey = outcomeDraftKey(attemptId);
  const draft = useDraft(draftKey);
  const [errors, setErrors] = useState<{ outcome?: string; rating?: string; followUp?: string }>({});
  const heading = useStepFocus<HTMLHeadingElement>(!draft.loaded);
  if (!draft.loaded) return null;

  async function submit(event: Event) {
    event.preventDefault();
    const outcome = OUTCOME_CHOICES.find((o) => o.value === draft.fields.outcome)?.value;
    const actualDiscomfort = parseRating(draft.fields.actual);
    const followUpText = draft.fields.followUpDays ?? String(defaultFollowUpDays);
    const followUpDays = followUpText.trim() === '' ? Number.NaN : Number(followUpText);
    const followUpWrong = outcome === 'noReply' && !isValidFollowUpDays(followUpDays);
    const next = {
      ...(outcome === undefined && { outcome: t('outcomeMissing') }),
      ...(actualDiscomfort === undefined && { rating: t('ratingMissing') }),
      ...(followUpWrong && {
        followUp: t('remindersFollowUpDaysInvalid', [String(FOLLOW_UP_DAYS_MIN), String(FOLLOW_UP_DAYS_MAX)]),
      }),
    };
    setErrors(next);
    if (outcome === undefined || actualDiscomfort === undefined || followUpWrong) {
      const first = next.outcome
        ? '[data-group="outcome"] input'
        : next.rating
          ? '[data-group="actual"] input'
          : '#follow-up-days';
      document.querySelector<HTMLInputElement>(first)?.focus();
      return;
    }
    const days = outcome === 'noReply' ? followUpDays : defaultFollowUpDays;
    await draft.commit(() => onSave({ outcome, actualDiscomfort, followUpDays: days }, draftKey));
  }

  return (
    <form
      aria-busy={draft.saving}
      class="card stack"
      onSubmit={submit}
      noValidate
      aria-labelledby="outcome-heading"
    >
      <h2 id="outcome-heading" tabIndex={-1} ref={heading}>
        {t('outcomeHeading')}
      </h2>
      <p class="hint">{title}</p>
      <ChoiceGroup
        name="outcome"
        legend={t('outcomeLegend')}
        choices={OUTCOME_CHOICES}
        value={draft.fields.outcome}
        error={errors.outcome}
        onChange={(v) => draft.setField('outcome', v)}
      />
      <RatingScale
        name="actual"
        legend={t('actualDiscomfortLegend')}
        value={draft.fields.actual}
        error={errors.rating}
        onChange={(v) => draft.setField('actual', v)}
      />
      {draft.fields.outcome === 'noReply' && (
        <div>
          <label for="follow-up-days">{t('followUpDaysLabel')}</label>
          <FollowUpDaysInput
            value={draft.fields.followUpDays ?? String(defaultFollowUpDays)}
            invalid={errors.followUp !== undefined}
            describedBy={errors.followUp ? 'follow-up-days-error' : undefined}
            onInput={(v) => draft.setField('followUpDays', v)}
          />
          {errors.followUp && (
            <p id="follow-up-days-error" class="notice notice--error" role="alert">
              {errors.followUp}
            </p>
          )}
        </div>
      )}
      <SaveFailed visible={draft.saveFailed} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('outcomeSave')}
        </button>
        <button type="button" class="secondary" disabled={busy || draft.saving} onClick={onBack}>
          {t('outcomeBack')}
        </button>
      </div>
    </form>
  );
}
