import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { useStepFocus } from '../shared/useStepFocus';

/**
 * The respect pledge, ticked before the first card, for anyone who skipped the introduction.
 * The button waits for the tick, and says why while it waits.
 */
export function PledgeStep({ busy, onAccept }: { busy: boolean; onAccept: () => void }) {
  const heading = useStepFocus<HTMLHeadingElement>();
  const [ticked, setTicked] = useState(false);
  return (
    <section class="card stack" aria-labelledby="pledge-step-heading" data-testid="pledge-step">
      <h2 id="pledge-step-heading" tabIndex={-1} ref={heading}>
        {t('onboardingPledgeHeading')}
      </h2>
      <p>{t('pledgeIntro')}</p>
      <blockquote class="pledge">{t('onboardingPledge')}</blockquote>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={ticked}
          data-testid="pledge-tick"
          onChange={(event) => setTicked(event.currentTarget.checked)}
        />
        <span>{t('pledgeTick')}</span>
      </label>
      <button
        type="button"
        disabled={busy || !ticked}
        aria-describedby={ticked ? undefined : 'pledge-wait'}
        onClick={onAccept}
      >
        {t('pledgeContinue')}
      </button>
      {!ticked && (
        <p id="pledge-wait" class="hint">
          {t('pledgeWait')}
        </p>
      )}
    </section>
  );
}
