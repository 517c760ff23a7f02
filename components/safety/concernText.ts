import type { SafetyChoice, SafetyEvent } from '../../utils/db/schema';
import { type MessageKey, t, tCount } from '../../utils/i18n';
import { type Concern, WORSE_THAN_FORECAST_BY } from '../../utils/safety/detectConcern';

/** What was noticed, in plain words with the person's own numbers. */
export function noticedText(concern: Concern): string {
  switch (concern.kind) {
    case 'feltMuchWorse':
      return concern.forecast !== undefined && concern.actual - concern.forecast >= WORSE_THAN_FORECAST_BY
        ? t('safetyNoticedWorseThanForecast', [String(concern.actual), String(concern.forecast)])
        : t('safetyNoticedMuchWorse', String(concern.actual));
    case 'risingDiscomfort':
      return t('safetyNoticedRising', [String(concern.recentMean), String(concern.earlierMean)]);
    case 'avoidance':
      return t('safetyNoticedAvoidance', tCount('cardsCount', concern.skips));
    case 'distressAtBottom':
      return concern.because === 'risingDiscomfort'
        ? t('safetyNoticedRisingAtBottom')
        : t('safetyNoticedHardAtBottom');
  }
}

const KIND_NAME: Record<Concern['kind'], MessageKey> = {
  feltMuchWorse: 'safetyKindMuchWorse',
  risingDiscomfort: 'safetyKindRising',
  avoidance: 'safetyKindAvoidance',
  distressAtBottom: 'safetyKindAtBottom',
};

const CHOICE_NAME: Record<SafetyChoice, MessageKey> = {
  stepDown: 'safetyChoseStepDown',
  pause: 'safetyChosePause',
  carryOn: 'safetyChoseCarryOn',
};

/** A short name for a kind, for the history list. */
export function kindName(kind: SafetyEvent['kind']): string {
  return kind in KIND_NAME ? t(KIND_NAME[kind as Concern['kind']]) : '';
}

/** What the person chose, for the history list; "no choice made" when they closed it. */
export function choiceName(choice: SafetyChoice | undefined): string {
  return choice ? t(CHOICE_NAME[choice]) : t('safetyChoseNothing');
}
