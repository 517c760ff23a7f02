import { t } from '../../utils/i18n';
import type { ProgressView } from '../../utils/progress';

const CELL = 10;
const GAP = 2;

function level(count: number): string {
  return count === 0 ? 'cal__0' : count === 1 ? 'cal__1' : count <= 3 ? 'cal__2' : 'cal__3';
}

/** The last 52 weeks, a column per week and a row per weekday; days without practice are just quiet. */
export function CalendarSection({ calendar }: Pick<ProgressView, 'calendar'>) {
  return (
    <section class="card stack calendar" aria-labelledby="calendar-heading" data-testid="calendar">
      <h2 id="calendar-heading">{t('newtabCalendarHeading')}</h2>
      <svg
        viewBox={`0 0 ${calendar.weeks.length * (CELL + GAP)} ${7 * (CELL + GAP)}`}
        aria-hidden="true"
        class="cal"
      >
        {calendar.weeks.map((week, x) =>
          week.map((day, y) =>
            day.future ? null : (
              <rect
                key={day.day}
                x={x * (CELL + GAP)}
                y={y * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={2}
                class={level(day.count)}
                data-day={day.day}
                data-count={day.count}
              />
            ),
          ),
        )}
      </svg>
      <p class="hint" data-testid="calendar-summary">
        {t('newtabCalendarSummary', [String(calendar.attempts), String(calendar.activeDays)])}
      </p>
    </section>
  );
}
