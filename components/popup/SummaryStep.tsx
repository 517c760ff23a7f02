import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttemptEdit } from '../../utils/attemptEdit';
import type { Attempt } from '../../utils/db/schema';
import { t, tCount } from '../../utils/i18n';
import type { LadderDecision } from '../../utils/ladder/progression';
import { feltMuchWorse } from '../../utils/safety/detectConcern';
import { AttemptActions } from '../shared/AttemptActions';
import { AttemptEditForm, attemptEditDraftKey } from '../shared/AttemptEditForm';
import { ladderMoveText } from '../shared/ladderReason';
import { useDraftPending } from '../shared/useDraftPending';
import { useStepFocus } from '../shared/useStepFocus';

/**
 * Forecast and reality side by side; the attempt, not the answer, is what is celebrated. What
 * was entered can be corrected here (a half-typed correction opens again with the popup), or
 * the ask deleted, with Undo.
 */
export function SummaryStep({
  attempt,
  decision,
  busy,
  onDone,
  onEdit,
  onCancelEdit,
  onDelete,
  children,
}: {
  attempt: Attempt;
  decision: LadderDecision | null;
  busy: boolean;
  onDone: () => void;
  onEdit: (edit: AttemptEdit, draftKey: string) => Promise<boolean>;
  onCancelEdit: (draftKey: string) => Promise<void>;
  onDelete: () => void;
  /** The safety check-in, when there is one: right after the acknowledgement. */
  children?: ComponentChildren;
}) {
  const heading = useStepFocus<HTMLHeadingElement>();
  const [editing, setEditing] = useState(false);
  const pending = useDraftPending(attemptEditDraftKey(attempt.id));
  useEffect(() => {
    if (pending) setEditing(true);
  }, [pending]);
  // Back from the form, the keyboard is on Edit again.
  const editButton = useRef<HTMLButtonElement>(null);
  const [returning, setReturning] = useState(false);
  useEffect(() => {
    if (!editing && returning) {
      editButton.current?.focus();
      setReturning(false);
    }
  }, [editing, returning]);
  const leaveForm = () => {
    setEditing(false);
    setReturning(true);
  };

  if (editing)
    return (
      <div class="card">
        <AttemptEditForm
          attempt={attempt}
          headingLevel="h2"
          busy={busy}
          onSave={async (edit, draftKey) => {
            const saved = await onEdit(edit, draftKey);
            if (saved) leaveForm();
            return saved;
          }}
          onCancel={(draftKey) => void onCancelEdit(draftKey).then(leaveForm)}
        />
      </div>
    );

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
      <AttemptActions
        title={attempt.askTitle}
        busy={busy}
        editRef={editButton}
        onEdit={() => setEditing(true)}
        onDelete={onDelete}
      />
      <button type="button" onClick={onDone}>
        {t('summaryDone')}
      </button>
    </section>
  );
}
