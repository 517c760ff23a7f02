import { type MessageKey, t } from '../../utils/i18n';
import type { LadderDecision } from '../../utils/ladder/progression';
import type { ProgressView } from '../../utils/progress';
import { BarChart } from './BarChart';

function nextMoveText(decision: LadderDecision): string {
  const { reason } = decision;
  if (reason.code === 'stayProgress')
    return t('newtabLadderProgress', [String(reason.easy), String(reason.needed)]);
  const key: MessageKey =
    reason.code === 'stayTop'
      ? 'newtabLadderTop'
      : reason.code === 'stayBottom'
        ? 'newtabLadderBottom'
        : reason.code === 'upEasy'
          ? 'newtabLadderNextUp'
          : 'newtabLadderNextDown';
  return t(key);
}

/** Where the user is on the ladder, how much practice each level has had, and what moves it next. */
export function LadderSection({
  level,
  levels,
  decision,
}: {
  level: number;
  levels: ProgressView['levels'];
  decision: LadderDecision;
}) {
  return (
    <section class="card stack" aria-labelledby="ladder-heading" data-testid="ladder">
      <h2 id="ladder-heading">{t('newtabLadderHeading')}</h2>
      <p class="week-count" data-testid="ladder-level">
        {t('newtabLadderLevel', String(level))}
      </p>
      <p data-testid="ladder-next">{nextMoveText(decision)}</p>
      <BarChart values={levels.map((l) => l.attempts)} label="levels" marked={level - 1} />
      <p class="hint" data-testid="ladder-levels">
        {t('newtabLevels', levels.map((l) => String(l.attempts)).join(', '))}
      </p>
    </section>
  );
}
