import { useState } from 'preact/hooks';
import type { ConcernAnswer } from '../../utils/db/safety';
import { t } from '../../utils/i18n';
import type { OpenConcern } from '../../utils/safety/concernRows';
import { type SafetyAnswer, SafetyCard } from './SafetyCard';

/**
 * The safety card as a page shows it: it keeps showing what it said after the person has
 * chosen (the page's data no longer holds an open concern by then), with the outcome in words.
 * `onAnswer` saves the choice and resolves to what it did.
 */
export function SafetyCheckIn({
  open,
  level,
  onAnswer,
  headingLevel,
  alreadyDown = false,
}: {
  open: OpenConcern | null;
  level: number;
  /** See SafetyCard. */
  alreadyDown?: boolean;
  /** Resolves to what it did, or to null when it was not saved and the page has said so. */
  onAnswer: (open: OpenConcern, answer: SafetyAnswer) => Promise<ConcernAnswer | null>;
  headingLevel?: 'h2' | 'h3';
}) {
  // Held from the moment a choice is made: the page re-reads as it saves, and its data then
  // holds no open concern, yet the card stays to say what happened.
  const [held, setHeld] = useState<{ open: OpenConcern; text: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const shown = held?.open ?? open;
  if (!shown) return null;

  async function answer(card: OpenConcern, answer: SafetyAnswer) {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    setHeld({ open: card, text: null });
    try {
      const result = await onAnswer(card, answer);
      if (!result) return;
      const { level: levelNow, recorded } = result;
      const text = !recorded
        ? t('safetyAlreadyAnswered')
        : answer.choice === 'stepDown'
          ? t('safetyAnsweredStepDown', String(levelNow))
          : answer.choice === 'pause'
            ? t('safetyAnsweredPause')
            : t('safetyAnsweredCarryOn');
      setHeld({ open: card, text });
    } catch (error) {
      console.warn('Ask Anyway: safety choice not saved', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <SafetyCard
        open={shown}
        level={level}
        busy={busy}
        answered={held?.text ?? null}
        alreadyDown={alreadyDown}
        onAnswer={(a) => void answer(shown, a)}
        {...(headingLevel && { headingLevel })}
      />
      {failed && (
        <p role="alert" class="notice notice--error" data-testid="safety-failed">
          {t('safetySaveFailed')}
        </p>
      )}
    </>
  );
}
