import { t, tCount } from '../../utils/i18n';
import { INSIGHT_MIN_RATED, type Insight, type ProgressView } from '../../utils/progress';

function insightText(insight: Insight): string {
  if (insight.kind === 'asExpected') return t('newtabInsightSame', tCount('asksCount', insight.asks));
  return t(insight.kind === 'easier' ? 'newtabInsightEasier' : 'newtabInsightHarder', [
    tCount('pointsCount', insight.points, 1),
    tCount('asksCount', insight.asks),
  ]);
}

const W = 260;
const H = 80;

function line(points: readonly number[]): string {
  const step = points.length > 1 ? W / (points.length - 1) : 0;
  return points
    .map((value, i) => `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)},${(H - (value / 10) * H).toFixed(1)}`)
    .join(' ');
}

/** Expected against felt discomfort, and a plain sentence once the user's own data says something. */
export function ForecastSection({
  forecast,
  insight,
  answers,
}: Pick<ProgressView, 'forecast' | 'insight' | 'answers'>) {
  return (
    <section class="card stack" aria-labelledby="forecast-heading" data-testid="forecast">
      <h2 id="forecast-heading">{t('newtabForecastHeading')}</h2>
      {insight ? (
        <>
          <p class="insight" data-testid="insight">
            {insightText(insight)}
          </p>
          <p data-testid="forecast-averages">
            {t('newtabForecastAverages', [
              forecast.forecastAvg.toFixed(1),
              forecast.actualAvg.toFixed(1),
              tCount('asksCount', forecast.rated),
            ])}
          </p>
          {answers.expected > 0 && (
            <p data-testid="answers-met">
              {t('newtabAnswersMet', [String(answers.met), String(answers.expected)])}
            </p>
          )}
          {forecast.weekly.length > 1 && (
            <figure class="stack">
              <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" class="lines" preserveAspectRatio="none">
                <path d={line(forecast.weekly.map((p) => p.forecastAvg))} class="lines__forecast" />
                <path d={line(forecast.weekly.map((p) => p.actualAvg))} class="lines__actual" />
              </svg>
              <figcaption class="hint">{t('newtabForecastChart')}</figcaption>
            </figure>
          )}
        </>
      ) : (
        <p class="hint" data-testid="forecast-not-yet">
          {t('newtabForecastNotYet', tCount('asksCount', INSIGHT_MIN_RATED))}
        </p>
      )}
    </section>
  );
}
