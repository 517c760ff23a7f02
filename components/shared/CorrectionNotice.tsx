import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { AttemptCorrection } from './useAttemptCorrection';

/**
 * What the last correction did, and the Undo of the last delete, in a status region that is
 * always there (so screen readers hear each change). A delete puts the keyboard on its Undo.
 */
export function CorrectionNotice({
  correction: { deleted, done, undo },
  busy,
  onUndone,
}: {
  correction: AttemptCorrection;
  busy: boolean;
  /** The ask is back (the page may put the keyboard on it). */
  onUndone?: (attemptId: string) => void;
}) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);
  return (
    <div role="status" data-testid="correction-status">
      {deleted && (
        <p class="notice actions correction-notice">
          <span>{t('attemptDeleted', deleted.attempt.askTitle)}</span>
          <button
            ref={undoButton}
            type="button"
            class="secondary"
            disabled={busy}
            aria-label={t('actionOnItem', [t('asksUndo'), deleted.attempt.askTitle])}
            onClick={() => void undo().then((saved) => saved && onUndone?.(deleted.attempt.id))}
          >
            {t('asksUndo')}
          </button>
        </p>
      )}
      {done && (
        <p class="hint correction-notice">
          {t(done.kind === 'edited' ? 'attemptEditSaved' : 'attemptRestored', done.title)}
        </p>
      )}
    </div>
  );
}
