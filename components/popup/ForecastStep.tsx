import { useState } from 'preact/hooks';
import type { AskView } from '../../utils/catalogue/types';
import type { ExpectedAnswer } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import { parseRating, REFLECTION_MAX_CHARS } from '../../utils/ratings';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { RatingScale } from '../shared/RatingScale';
import { useDraft } from '../shared/useDraft';
import { useStepFocus } from '../shared/useStepFocus';
import { SaveFailed } from './SaveFailed';

const EXPECTED: readonly { value: ExpectedAnswer; label: string }[] = [
  { value: 'yes', label: t('expectedYes') },
  { value: 'partly', label: t('expectedPartly') },
  { value: 'no', label: t('expectedNo') },
];

export const forecastDraftKey = (askId: string) => `popup:forecast:${askId}`;

export function ForecastStep({
  ask,
  busy,
  onCommit,
  onBack,
}: {
  ask: AskView;
  busy: boolean;
  onCommit: (
    forecast: { forecastDiscomfort: number; expectedAnswer: ExpectedAnswer; belief: string },
    draftKey: string,
  ) => Promise<boolean>;
  onBack: () => void;
}) {
  const draftKey = forecastDraftKey(ask.id);
  const draft = useDraft(draftKey);
  const [errors, setErrors] = useState<{ rating?: string; expected?: string }>({});
  const heading = useStepFocus<HTMLHeadingElement>(!draft.loaded);
  if (!draft.loaded) return null;

  const rating = draft.fields.forecast;
  const expected = draft.fields.expected;

  async function submit(event: Event) {
    event.preventDefault();
    const forecastDiscomfort = parseRating(rating);
    const expectedAnswer = EXPECTED.find((e) => e.value === expected)?.value;
    const next = {
      ...(forecastDiscomfort === undefined && { rating: t('ratingMissing') }),
      ...(expectedAnswer === undefined && { expected: t('expectedMissing') }),
    };
    setErrors(next);
    if (forecastDiscomfort === undefined || expectedAnswer === undefined) {
      document
        .querySelector<HTMLInputElement>(`[data-group="${next.rating ? 'forecast' : 'expected'}"] input`)
        ?.focus();
      return;
    }
    await draft.commit(() =>
      onCommit({ forecastDiscomfort, expectedAnswer, belief: draft.fields.belief ?? '' }, draftKey),
    );
  }

  return (
    <form
      aria-busy={draft.saving}
      class="card stack"
      onSubmit={submit}
      noValidate
      aria-labelledby="forecast-heading"
    >
      <h2 id="forecast-heading" tabIndex={-1} ref={heading}>
        {t('forecastHeading')}
      </h2>
      <p class="hint">{ask.title}</p>
      <p>{t('forecastIntro')}</p>
      <RatingScale
        name="forecast"
        legend={t('forecastDiscomfortLegend')}
        value={rating}
        error={errors.rating}
        onChange={(v) => draft.setField('forecast', v)}
      />
      <ChoiceGroup
        name="expected"
        legend={t('expectedLegend')}
        choices={EXPECTED}
        value={expected}
        error={errors.expected}
        onChange={(v) => draft.setField('expected', v)}
      />
      <div>
        <label for="belief">{t('beliefLabel')}</label>
        <textarea
          id="belief"
          rows={2}
          maxLength={REFLECTION_MAX_CHARS}
          aria-describedby="belief-hint"
          value={draft.fields.belief ?? ''}
          onInput={(e) => draft.setField('belief', e.currentTarget.value)}
        />
        <p id="belief-hint" class="hint">
          {t('beliefHint')}
        </p>
      </div>
      <SaveFailed visible={draft.saveFailed} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('forecastCommit')}
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </form>
  );
}
