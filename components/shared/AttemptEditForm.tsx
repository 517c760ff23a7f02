import { useRef, useState } from 'preact/hooks';
import {
  type AttemptEdit,
  type AttemptEditProblem,
  editFieldsOf,
  hasAnswer,
  REFLECTION_FIELDS,
  readAttemptEdit,
} from '../../utils/attemptEdit';
import type { Attempt, Outcome } from '../../utils/db/schema';
import { type MessageKey, t } from '../../utils/i18n';
import { REFLECTION_MAX_CHARS } from '../../utils/ratings';
import { ChoiceGroup } from './ChoiceGroup';
import { RatingScale } from './RatingScale';
import { useDraft } from './useDraft';
import { useStepFocus } from './useStepFocus';

/** The edit's own draft: the same in the popup and on the new tab, so either can finish it. */
export const attemptEditDraftKey = (attemptId: string) => `attempt-edit:${attemptId}`;

const OUTCOME_CHOICES: readonly { value: Outcome; label: string }[] = [
  { value: 'yes', label: t('outcomeYes') },
  { value: 'partly', label: t('outcomePartly') },
  { value: 'no', label: t('outcomeNo') },
  { value: 'noReply', label: t('outcomeNoReplyClosed') },
];

const REFLECTION_LABELS: Record<(typeof REFLECTION_FIELDS)[number], MessageKey> = {
  expected: 'reflectExpected',
  happened: 'reflectHappened',
  thoughtsFeelings: 'reflectThoughts',
  beliefUpdate: 'reflectBelief',
};

const PROBLEM_TEXT: Record<AttemptEditProblem, MessageKey> = {
  outcomeMissing: 'attemptEditOutcomeMissing',
  ratingMissing: 'ratingMissing',
};

/**
 * Corrects what the person entered about one logged ask: the answer (where it came), how it
 * felt and the reflection. Typed text is kept as a draft while it is typed; Esc or Cancel
 * leaves without saving (and drops the draft).
 */
export function AttemptEditForm({
  attempt,
  headingLevel,
  busy,
  onSave,
  onCancel,
}: {
  attempt: Attempt;
  headingLevel: 'h2' | 'h3';
  busy: boolean;
  onSave: (edit: AttemptEdit, draftKey: string) => Promise<boolean>;
  onCancel: (draftKey: string) => void;
}) {
  const draftKey = attemptEditDraftKey(attempt.id);
  const draft = useDraft(draftKey);
  const [problems, setProblems] = useState<readonly AttemptEditProblem[]>([]);
  const [failed, setFailed] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useStepFocus<HTMLHeadingElement>(!draft.loaded);
  if (!draft.loaded) return null;

  const fields = { ...editFieldsOf(attempt), ...draft.fields };
  const error = (problem: AttemptEditProblem) =>
    problems.includes(problem) ? t(PROBLEM_TEXT[problem]) : undefined;
  const Heading = headingLevel;

  async function submit(event: Event) {
    event.preventDefault();
    const read = readAttemptEdit(attempt, fields);
    setProblems(read.problems);
    setFailed(false);
    if (!read.edit) {
      const group = read.problems[0] === 'outcomeMissing' ? 'edit-outcome' : 'edit-actual';
      form.current?.querySelector<HTMLInputElement>(`[data-group="${group}"] input`)?.focus();
      return;
    }
    const edit = read.edit;
    const saved = await draft.commit(() => onSave(edit, draftKey));
    if (!saved) setFailed(true);
  }

  function cancel() {
    draft.discard();
    onCancel(draftKey);
  }

  return (
    <form
      ref={form}
      class="stack attempt-edit"
      aria-labelledby="attempt-edit-heading"
      aria-busy={draft.saving}
      data-testid="attempt-edit"
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        cancel();
      }}
    >
      <Heading id="attempt-edit-heading" tabIndex={-1} ref={heading}>
        {t('attemptEditHeading')}
      </Heading>
      <p class="hint">{attempt.askTitle}</p>
      <p>{t('attemptEditIntro')}</p>
      {hasAnswer(attempt) ? (
        <ChoiceGroup
          name="edit-outcome"
          legend={t('outcomeLegend')}
          choices={OUTCOME_CHOICES}
          value={fields.outcome}
          error={error('outcomeMissing')}
          onChange={(value) => draft.setField('outcome', value)}
        />
      ) : (
        <p class="hint" data-testid="attempt-edit-waiting">
          {t('attemptEditWaiting')}
        </p>
      )}
      <RatingScale
        name="edit-actual"
        legend={t('actualDiscomfortLegend')}
        value={fields.actual}
        error={error('ratingMissing')}
        onChange={(value) => draft.setField('actual', value)}
      />
      <p class="hint">{t('attemptEditReflectionHint')}</p>
      {REFLECTION_FIELDS.map((field) => (
        <div key={field}>
          <label for={`attempt-edit-${field}`}>{t(REFLECTION_LABELS[field])}</label>
          <textarea
            id={`attempt-edit-${field}`}
            rows={2}
            maxLength={REFLECTION_MAX_CHARS}
            readOnly={draft.saving}
            value={fields[field]}
            onInput={(e) => draft.setField(field, e.currentTarget.value)}
          />
        </div>
      ))}
      {(failed || draft.saveFailed) && (
        <p role="alert" class="notice notice--error" data-testid="attempt-edit-failed">
          {t('saveFailed')}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy || draft.saving}>
          {t('attemptEditSave')}
        </button>
        <button type="button" class="secondary" disabled={draft.saving} onClick={cancel}>
          {t('formCancel')}
        </button>
      </div>
    </form>
  );
}
