import { type MessageKey, t } from '../../utils/i18n';
import type { LadderDecision } from '../../utils/ladder/progression';

const MESSAGES: Partial<Record<LadderDecision['reason']['code'], MessageKey>> = {
  upEasy: 'ladderUpEasy',
  downVeryHard: 'ladderDownVeryHard',
  downTwoHard: 'ladderDownTwoHard',
  downAvoidance: 'ladderDownAvoidance',
};

/** The sentence the UI shows when the ladder moved; null when it did not. */
export function ladderMoveText(decision: LadderDecision | null): string | null {
  if (!decision || decision.to === decision.from) return null;
  const key = MESSAGES[decision.reason.code];
  return key ? t(key, String(decision.to)) : null;
}
