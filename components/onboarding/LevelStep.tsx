import { type MessageKey, t } from '../../utils/i18n';
import {
  allAnswered,
  FEELINGS,
  type Feeling,
  STARTING_QUESTIONS,
  type StartingAnswers,
  type StartingQuestion,
  suggestStartingLevel,
} from '../../utils/ladder/startingLevel';
import { ChoiceGroup } from '../shared/ChoiceGroup';
import { LevelOptions } from '../shared/LevelOptions';

const QUESTION: Record<StartingQuestion, MessageKey> = {
  feedback: 'onboardingQuestionFeedback',
  coldEmail: 'onboardingQuestionColdEmail',
  stretchJob: 'onboardingQuestionStretchJob',
};

const FEELING: Record<Feeling, MessageKey> = {
  easy: 'onboardingFeelingEasy',
  nervous: 'onboardingFeelingNervous',
  hard: 'onboardingFeelingHard',
  avoid: 'onboardingFeelingAvoid',
};

/**
 * Three quick questions lead to a suggested first level (1–4); the person may choose another,
 * and is told, without being stopped, that small steps work better.
 */
export function LevelStep({
  answers,
  level,
  onAnswer,
  onLevel,
}: {
  answers: StartingAnswers;
  /** The level chosen so far: the suggestion until the person picks another. */
  level: number;
  onAnswer: (answers: StartingAnswers, suggested: number | null) => void;
  onLevel: (level: number) => void;
}) {
  const suggested = allAnswered(answers) ? suggestStartingLevel(answers) : null;
  const choices = FEELINGS.map((value) => ({ value, label: t(FEELING[value]) }));
  return (
    <div class="stack">
      <p>{t('onboardingLevelText')}</p>
      {STARTING_QUESTIONS.map((question) => (
        <ChoiceGroup
          key={question}
          name={`start-${question}`}
          legend={t(QUESTION[question])}
          choices={choices}
          value={answers[question]}
          compact
          onChange={(value) => {
            const next = { ...answers, [question]: value as Feeling };
            onAnswer(next, allAnswered(next) ? suggestStartingLevel(next) : null);
          }}
        />
      ))}
      <div class="stack-tight" aria-live="polite">
        {suggested !== null && (
          <p class="notice" data-testid="onboarding-suggested">
            {t('onboardingLevelSuggested', String(suggested))}
          </p>
        )}
      </div>
      <div>
        <label for="onboarding-level">{t('onboardingLevelLabel')}</label>{' '}
        <select
          id="onboarding-level"
          value={String(level)}
          aria-describedby="onboarding-level-note"
          onChange={(event) => onLevel(Number(event.currentTarget.value))}
        >
          <LevelOptions />
        </select>
        <p id="onboarding-level-note" class="hint">
          {suggested !== null && Math.abs(level - suggested) > 1
            ? t('onboardingLevelFar', String(suggested))
            : t('onboardingLevelSmallSteps')}
        </p>
      </div>
    </div>
  );
}
