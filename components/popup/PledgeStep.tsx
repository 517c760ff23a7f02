import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { PledgeBox } from '../shared/PledgeBox';
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
      <PledgeBox ticked={ticked} onTick={setTicked} />
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
