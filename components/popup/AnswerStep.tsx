import { useState } from 'preact/hooks';
import type { Outcome } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { useStepFocus } from '../shared/useStepFocus';
import { OUTCOME_CHOICES } from './OutcomeStep';

const ANSWERS = OUTCOME_CHOICES.filter((o) => o.value !== 'noReply');

/** The answer to an ask that was waiting for one. How it felt was rated when it was asked. */
export function AnswerStep({
  title,
  onSave,
  onBack,
}: {
  title: string;
  onSave: (outcome: Exclude<Outcome, 'noReply'>) => Promise<boolean>;
  onBack: () => void;
}) {
  const [value, setValue] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const heading = useStepFocus<HTMLHeadingElement>();
  return (
    <form
      class="card stack"
      aria-labelledby="answer-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const outcome = ANSWERS.find((a) => a.value === value)?.value;
        if (!outcome || outcome === 'noReply') {
          setError(t('outcomeMissing'));
          return;
        }
        void onSave(outcome);
      }}
    >
      <h2 id="answer-heading" tabIndex={-1} ref={heading}>
        {t('answerHeading')}
      </h2>
      <p class="hint">{title}</p>
      <ChoiceGroup
        name="answer"
        legend={t('outcomeLegend')}
        choices={ANSWERS}
        value={value}
        error={error}
        onChange={setValue}
      />
      <div class="actions">
        <button type="submit">{t('outcomeSave')}</button>
        <button type="button" class="secondary" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </form>
  );
}
