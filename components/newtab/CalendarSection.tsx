import { t } from '../../utils/i18n';
import type { CalendarDay, ProgressView } from '../../utils/progress';

const CELL = 10;
const STEP = 12;
const SHADES = [0, 1, 2, 3] as const;

function shade(count: number): (typeof SHADES)[number] {
  return count === 0 ? 0 : count === 1 ? 1 : count <= 3 ? 2 : 3;
}

/**
 * One path per shade, each cell a small square in it: four elements instead of 364, which
 * keeps the page's first render and layout cheap (every new tab draws this).
 */
function shadePaths(
  weeks: readonly (readonly CalendarDay[])[],
): { shade: number; d: string; cells: number }[] {
  const parts = SHADES.map(() => [] as string[]);
  weeks.forEach((week, x) => {
    week.forEach((day, y) => {
      if (!day.future) parts[shade(day.count)]?.push(`M${x * STEP} ${y * STEP}h${CELL}v${CELL}h-${CELL}z`);
    });
  });
  return SHADES.map((s) => ({ shade: s, d: parts[s]?.join('') ?? '', cells: parts[s]?.length ?? 0 }));
}

/** The last 52 weeks, a column per week and a row per weekday; days without practice are just quiet. */
export function CalendarSection({ calendar }: Pick<ProgressView, 'calendar'>) {
  return (
    <section class="card stack calendar" aria-labelledby="calendar-heading" data-testid="calendar">
      <h2 id="calendar-heading">{t('newtabCalendarHeading')}</h2>
      <svg viewBox={`0 0 ${calendar.weeks.length * STEP} ${7 * STEP}`} aria-hidden="true" class="cal">
        {shadePaths(calendar.weeks).map(({ shade: s, d, cells }) => (
          <path key={s} d={d} class={`cal__${s}`} data-cells={cells} />
        ))}
      </svg>
      <p class="hint" data-testid="calendar-summary">
        {t('newtabCalendarSummary', [String(calendar.attempts), String(calendar.activeDays)])}
      </p>
    </section>
  );
}
