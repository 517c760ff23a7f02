import { t, tCount } from '../../utils/i18n';
import type { ProgressView } from '../../utils/progress';
import { whereToOpen } from '../shared/labels';
import { BarChart } from './BarChart';

/** The week against the goal, and past weeks as gentle bars: no streaks, nothing red. */
export function WeekSection({
  week,
  pastWeeks,
  compact = false,
}: Pick<ProgressView, 'week' | 'pastWeeks'> & { compact?: boolean }) {
  return (
    <section class="card stack" aria-labelledby="week-heading" data-testid="week">
      <h2 id="week-heading">{t('newtabWeekHeading')}</h2>
      {week.count === 0 ? (
        <p data-testid="week-empty">{t('newtabWeekEmpty', whereToOpen())}</p>
      ) : (
        <p class="week-count" data-testid="week-count">
          {t('newtabWeekCount', [
            tCount('newtabWeekAsks', week.count),
            t(week.count >= week.goal ? 'newtabWeekGoalMet' : 'newtabWeekGoal', String(week.goal)),
          ])}
        </p>
      )}
      {!compact && (
        <>
          <BarChart values={pastWeeks.map((w) => w.count)} label="weeks" />
          <p class="hint" data-testid="past-weeks">
            {t('newtabPastWeeks', pastWeeks.map((w) => String(w.count)).join(', '))}
          </p>
        </>
      )}
      <p class="hint">{t('newtabWeekNote')}</p>
    </section>
  );
}
