import type { ComponentChildren } from 'preact';
import type { Attempt } from '../../utils/db/schema';
import { t, tCount } from '../../utils/i18n';
import type { LadderDecision } from '../../utils/ladder/progression';
import { feltMuchWorse } from '../../utils/safety/detectConcern';
import { ladderMoveText } from '../shared/ladderReason';
import { useStepFocus } from '../shared/useStepFocus';

/** Forecast and reality side by side; the attempt, not the answer, is what is celebrated. */
export function SummaryStep({
  attempt,
  decision,
  onDone,
  children,
}: {
  attempt: Attempt;
  decision: LadderDecision | null;
  onDone: () => void;
  /** The safety check-in, when there is one: right after the acknowledgement. */
  children?: ComponentChildren;
}) {
  const heading = useStepFocus<HTMLHeadingElement>();
  const { forecastDiscomfort: forecast, actualDiscomfort: actual } = attempt;
  const rated = forecast !== undefined && actual !== undefined;
  const moved = ladderMoveText(decision);
  // After an ask that felt much worse, that comes first: not congratulations as if it hadn't.
  const hard = feltMuchWorse({ actual, forecast });
  return (
    <section class="card stack" aria-labelledby="summary-heading" data-testid="summary">
      <h2 id="summary-heading" tabIndex={-1} ref={heading}>
        {hard ? t('summaryHeadingHard') : t('summaryHeading')}
      </h2>
      {hard && <p data-testid="summary-hard">{t('summaryHardAck')}</p>}
      {children}
      {rated && (
        <>
          <p class="compare" data-testid="summary-compare">
            {t('summaryCompare', [String(forecast), String(actual)])}
          </p>
          <p>
            {actual < forecast
              ? t('summaryEasier', tCount('pointsCount', forecast - actual))
              : actual > forecast
                ? t('summaryHarder')
                : t('summarySame')}
          </p>
        </>
      )}
      <p>{t('summaryCounts')}</p>
      {attempt.outcome === 'yes' && <p>{t('summaryYes')}</p>}
      {attempt.state === 'awaiting' && <p>{t('summaryAwaiting')}</p>}
      {moved && (
        <p class="notice" data-testid="ladder-move">
          {moved}
        </p>
      )}
      <button type="button" onClick={onDone}>
        {t('summaryDone')}
      </button>
    </section>
  );
}
