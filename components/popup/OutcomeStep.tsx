import { useState } from 'preact/hooks';
import type { Outcome } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import { parseRating } from '../../utils/ratings';
import { ChoiceGroup } from '../shared/ChoiceGroup';
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
  onSave,
}: {
  attemptId: string;
  title: string;
  busy: boolean;
  onSave: (input: { outcome: Outcome; actualDiscomfort: number }, draftKey: string) => Promise<boolean>;
}) {
  const draftKey = outcomeDraftKey(attemptId);
  const draft = useDraft(draftKey);
  const [errors, setErrors] = useState<{ outcome?: string; rating?: string }>({});
  const heading = useStepFocus<HTMLHeadingElement>(!draft.loaded);
  if (!draft.loaded) return null;

  async function submit(event: Event) {
    event.preventDefault();
    const outcome = OUTCOME_CHOICES.find((o) => o.value === draft.fields.outcome)?.value;
    const actualDiscomfort = parseRating(draft.fields.actual);
    const next = {
      ...(outcome === undefined && { outcome: t('outcomeMissing') }),
      ...(actualDiscomfort === undefined && { rating: t('ratingMissing') }),
    };
    setErrors(next);
    if (outcome === undefined || actualDiscomfort === undefined) {
      document
        .querySelector<HTMLInputElement>(`[data-group="${next.outcome ? 'outcome' : 'actual'}"] input`)
        ?.focus();
      return;
    }
    if (await onSave({ outcome, actualDiscomfort }, draftKey)) draft.discard();
  }

  return (
    <form class="card stack" onSubmit={submit} noValidate aria-labelledby="outcome-heading">
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
      <SaveFailed visible={draft.saveFailed} />
      <button type="submit" disabled={busy}>
        {t('outcomeSave')}
      </button>
    </form>
  );
}
