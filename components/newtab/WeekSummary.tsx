import { t } from '../../utils/i18n';

export function WeekSummary({ count, goal }: { count: number; goal: number }) {
  return (
    <section class="card stack" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('newtabWeekHeading')}</h2>
      {count === 0 ? (
        <p data-testid="week-empty">{t('newtabWeekEmpty')}</p>
      ) : (
        <p class="week-count" data-testid="week-count">
          {t('newtabWeekCount', [String(count), String(goal)])}
        </p>
      )}
      <p class="hint">{t('newtabWeekNote')}</p>
    </section>
  );
}
