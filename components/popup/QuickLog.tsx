import { useEffect, useRef, useState } from 'preact/hooks';
import { logQuickAttempt } from '../../utils/db/attempts';
import type { Outcome } from '../../utils/db/schema';
import { type MessageKey, t } from '../../utils/i18n';
import { useDatabase } from '../shared/DatabaseContext';
import { useDraft } from '../shared/useDraft';

export const QUICK_LOG_DRAFT = 'popup:quick-log';

const OUTCOMES: readonly { value: Outcome; label: MessageKey }[] = [
  { value: 'yes', label: 'outcomeYes' },
  { value: 'partly', label: 'outcomePartly' },
  { value: 'no', label: 'outcomeNo' },
  { value: 'noReply', label: 'outcomeNoReply' },
];

function isOutcome(value: string | undefined): value is Outcome {
  return OUTCOMES.some((o) => o.value === value);
}

type Feedback = { kind: 'error'; message: MessageKey } | { kind: 'logged' } | null;

export function QuickLog({ onLoaded }: { onLoaded: () => void }) {
  const db = useDatabase();
  const draft = useDraft(QUICK_LOG_DRAFT);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [busy, setBusy] = useState(false);
  const askField = useRef<HTMLInputElement>(null);
  const outcomeGroup = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (draft.loaded) onLoaded();
  }, [draft.loaded, onLoaded]);
  if (!draft.loaded) return null;

  const title = draft.fields.title ?? '';
  const outcome = draft.fields.outcome;

  async function submit(event: Event) {
    event.preventDefault();
    if (!title.trim()) {
      setFeedback({ kind: 'error', message: 'popupNeedAsk' });
      askField.current?.focus();
      return;
    }
    if (!isOutcome(outcome)) {
      setFeedback({ kind: 'error', message: 'popupNeedOutcome' });
      outcomeGroup.current?.querySelector('input')?.focus();
      return;
    }
    setBusy(true);
    try {
      await logQuickAttempt(db, { title, outcome }, Date.now(), QUICK_LOG_DRAFT);
      draft.reset();
      setFeedback({ kind: 'logged' });
      askField.current?.focus();
    } catch (error) {
      console.warn('Ask Anyway: attempt not saved', error);
      setFeedback({ kind: 'error', message: 'saveFailed' });
    } finally {
      setBusy(false);
    }
  }

  const errorId = feedback?.kind === 'error' ? 'quick-log-error' : undefined;
  return (
    <form class="card stack" onSubmit={submit} noValidate aria-labelledby="quick-log-heading">
      <h2 id="quick-log-heading">{t('popupLogHeading')}</h2>
      <div>
        <label for="quick-log-title">{t('popupAskLabel')}</label>
        <input
          id="quick-log-title"
          ref={askField}
          type="text"
          maxLength={500}
          value={title}
          aria-describedby={['quick-log-hint', errorId].filter(Boolean).join(' ')}
          aria-invalid={feedback?.kind === 'error' && feedback.message === 'popupNeedAsk'}
          onInput={(e) => draft.setField('title', e.currentTarget.value)}
        />
        <p id="quick-log-hint" class="hint">
          {t('popupAskHint')}
        </p>
      </div>
      <fieldset ref={outcomeGroup} aria-describedby={errorId}>
        <legend>{t('popupOutcomeLegend')}</legend>
        <div class="choices">
          {OUTCOMES.map((o) => (
            <label key={o.value}>
              <input
                type="radio"
                name="outcome"
                value={o.value}
                checked={outcome === o.value}
                onChange={() => draft.setField('outcome', o.value)}
              />
              {t(o.label)}
            </label>
          ))}
        </div>
      </fieldset>
      {feedback?.kind === 'error' && (
        <p id="quick-log-error" role="alert" class="notice notice--error">
          {t(feedback.message)}
        </p>
      )}
      {draft.saveFailed && feedback?.kind !== 'error' && (
        <p role="alert" class="notice notice--error">
          {t('saveFailed')}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('popupLogButton')}
      </button>
      <p role="status" class="hint" data-testid="quick-log-status">
        {feedback?.kind === 'logged' ? t('popupLogged') : ''}
      </p>
    </form>
  );
}
