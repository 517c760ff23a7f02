import { MIN_LEVEL } from './rules';

// Onboarding's three quick questions: how hard three everyday asks feel today. The harder
// they feel, the lower the first rung; nobody starts above level 4, so the first asks are
// small whatever the answers (the person can still choose another level).

export const STARTING_QUESTIONS = ['feedback', 'coldEmail', 'stretchJob'] as const;
export type StartingQuestion = (typeof STARTING_QUESTIONS)[number];

/** 0 = easy, 1 = a little nervous, 2 = quite hard, 3 = I would put it off. */
export const FEELINGS = ['easy', 'nervous', 'hard', 'avoid'] as const;
export type Feeling = (typeof FEELINGS)[number];

export type StartingAnswers = Partial<Record<StartingQuestion, Feeling>>;

export const HIGHEST_SUGGESTED_LEVEL = 4;

export function allAnswered(answers: StartingAnswers): answers is Record<StartingQuestion, Feeling> {
  return STARTING_QUESTIONS.every((q) => answers[q] !== undefined);
}

/** The level to suggest from all three answers (1–4). */
export function suggestStartingLevel(answers: Record<StartingQuestion, Feeling>): number {
  const strain = STARTING_QUESTIONS.reduce((sum, q) => sum + FEELINGS.indexOf(answers[q]), 0);
  // 0–9 in all: 0–2 feels mostly easy, 3–4 some nerves, 5–6 mostly hard, 7–9 avoided.
  if (strain >= 7) return MIN_LEVEL;
  if (strain >= 5) return 2;
  if (strain >= 3) return 3;
  return HIGHEST_SUGGESTED_LEVEL;
}
