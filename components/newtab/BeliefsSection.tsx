import { t, tCount } from '../../utils/i18n';
import { type BeliefEvidence, INSIGHT_SAME_WITHIN } from '../../utils/progress';

function feltText(easierBy: number): string {
  if (Math.abs(easierBy) < INSIGHT_SAME_WITHIN) return t('newtabBeliefSame');
  return t(
    easierBy > 0 ? 'newtabBeliefEasier' : 'newtabBeliefHarder',
    tCount('pointsCount', Math.abs(easierBy), 1),
  );
}

/** Each belief the user named, with the evidence for and against it from their own asks. */
export function BeliefsSection({ beliefs }: { beliefs: BeliefEvidence[] }) {
  return (
    <section class="card stack" aria-labelledby="beliefs-heading" data-testid="beliefs">
      <h2 id="beliefs-heading">{t('newtabBeliefsHeading')}</h2>
      {beliefs.length === 0 ? (
        <p class="hint">{t('newtabBeliefsEmpty')}</p>
      ) : (
        <ul class="list-plain stack">
          {beliefs.map((b) => (
            <li key={b.belief} class="stack-tight">
              <p class="belief">“{b.belief}”</p>
              <p class="hint">
                {t('newtabBeliefEvidence', [String(b.tested), String(b.answeredYes), String(b.answeredNo)])}
                {b.easierBy !== null && ` ${feltText(b.easierBy)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
