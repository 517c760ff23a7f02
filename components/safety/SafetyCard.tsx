import { useEffect, useRef, useState } from 'preact/hooks';
import type { SafetyChoice } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import { MIN_LEVEL } from '../../utils/ladder/rules';
import type { PauseLength } from '../../utils/pause/pause';
import type { OpenConcern } from '../../utils/safety/concernRows';
import { PauseChoices } from '../shared/PauseChoices';
import { noticedText } from './concernText';

export type SafetyAnswer = { choice: 'stepDown' | 'carryOn' } | { choice: 'pause'; length: PauseLength };

/**
 * The one calm card that says what was noticed and offers three ways on: a step down (not at
 * the first level), a pause, or carrying on. It never blocks anything around it. `answered`
 * is the line shown once the person has chosen.
 */
export function SafetyCard({
  open,
  level,
  busy,
  answered,
  onAnswer,
  headingLevel = 'h2',
  alreadyDown = false,
}: {
  open: OpenConcern;
  /** The level the person is on now (the ladder may have moved since it spoke). */
  level: number;
  busy: boolean;
  answered: string | null;
  onAnswer: (answer: SafetyAnswer) => void;
  headingLevel?: 'h2' | 'h3';
  /** The ladder's own rule has just stepped down for the same ask: a step down is one more. */
  alreadyDown?: boolean;
}) {
  const Heading = headingLevel;
  const [pausing, setPausing] = useState(false);
  // The buttons go once an answer is saved: focus moves to what happened, not to the page.
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (answered) status.current?.focus();
  }, [answered]);
  const canStepDown = level > MIN_LEVEL;
  return (
    <section
      class="card stack safety-card"
      aria-labelledby="safety-heading"
      data-testid="safety-card"
      data-kind={open.concern.kind}
    >
      <Heading id="safety-heading">{t('safetyHeading')}</Heading>
      <p data-testid="safety-noticed">{noticedText(open.concern)}</p>
      {alreadyDown && <p data-testid="safety-already-down">{t('safetyAlreadyDown', String(level))}</p>}
      <p role="status" tabIndex={-1} ref={status} data-testid="safety-answered">
        {answered ?? ''}
      </p>
      {answered ? null : (
        <>
          <p>{canStepDown ? t('safetyOffer') : t('safetyOfferAtBottom')}</p>
          <div class="safety-card__choices">
            {canStepDown && (
              <button
                type="button"
                disabled={busy}
                data-choice={'stepDown' satisfies SafetyChoice}
                onClick={() => onAnswer({ choice: 'stepDown' })}
              >
                {t(alreadyDown ? 'safetyStepDownMore' : 'safetyStepDown', String(level - 1))}
              </button>
            )}
            <button
              type="button"
              class="secondary"
              disabled={busy}
              aria-expanded={pausing}
              data-choice={'pause' satisfies SafetyChoice}
              onClick={() => setPausing((shown) => !shown)}
            >
              {t('safetyPause')}
            </button>
            {pausing && (
              <PauseChoices
                busy={busy}
                testId="safety-pause-lengths"
                onPause={(length) => onAnswer({ choice: 'pause', length })}
              />
            )}
            <button
              type="button"
              class="secondary"
              disabled={busy}
              data-choice={'carryOn' satisfies SafetyChoice}
              onClick={() => onAnswer({ choice: 'carryOn' })}
            >
              {t('safetyCarryOn')}
            </button>
          </div>
        </>
      )}
      <p class="hint" data-testid="safety-not-therapy">
        {t('safetyNotTherapy')}
      </p>
    </section>
  );
}
