import type { MessageKey } from '../../utils/i18n';

/** The introduction's steps, in order: each saves its choice as the person moves on. */
export const ONBOARDING_STEPS = ['welcome', 'focus', 'level', 'pledge', 'goal', 'ready'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export const STEP_HEADING: Record<OnboardingStep, MessageKey> = {
  welcome: 'onboardingWelcomeHeading',
  focus: 'onboardingFocusHeading',
  level: 'onboardingLevelHeading',
  pledge: 'onboardingPledgeHeading',
  goal: 'onboardingGoalHeading',
  ready: 'onboardingReadyHeading',
};
