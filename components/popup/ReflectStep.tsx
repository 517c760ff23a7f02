import type { ReflectionInput } from '../../utils/db/practice';
import type { Reflection } from '../../utils/db/schema';
import { type MessageKey, t } from '../../utils/i18n';
import { REFLECTION_MAX_CHARS } from '../../utils/ratings';
import { useDraft } from '../shared/useDraft';
import { useStepFocus } from '../shared/useStepFocus';
import { SaveFailed } from './SaveFailed';

const QUESTIONS: readonly { field: keyof ReflectionInput; label: MessageKey }[] = [
  { field: 'expected', label: 'reflectExpected' },
  { field: 'happened', label: 'reflectHappened' },
  { field: 'thoughtsFeelings', label: 'reflectThoughts' },
  { field: 'beliefUpdate', label: 'reflectBelief' },
];

export const reflectDraftKey = (attemptId: string) => `popup:reflect:${attemptId}`;

export function ReflectStep({
  attemptId,
  title,
  existing,
  belief,
  busy,
  onFinish,
}: {
  attemptId: string;
  title: string;
  /** A reflection written earlier (an ask that got its answer later): start from it. */
  existing: Reflection | undefined;
  /** The belief named before the ask, if any: only then is there a belief to ask about. */
  belief: string | undefined;
  busy: boolean;
  onFinish: (input: ReflectionInput | null, draftKey: string) => Promise<boolean>;
}) {
  const draftKey = reflectDraftKey(attemptId);
  const draft = useDraft(draftKey);
  const heading = useStepFocus<HTMLHeadingElement>(!draft.loaded);
  if (!draft.loaded) return null;

  const input: ReflectionInput = {
    expected: draft.fields.expected ?? existing?.expected ?? '',
    happened: draft.fields.happened ?? existing?.happened ?? '',
    thoughtsFeelings: draft.fields.thoughtsFeelings ?? existing?.thoughtsFeelings ?? '',
    beliefUpdate: draft.fields.beliefUpdate ?? existing?.beliefUpdate ?? '',
  };

  return (
    <form
      class="card stack"
      aria-busy={draft.saving}
      aria-labelledby="reflect-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void draft.commit(() => onFinish(input, draftKey));
      }}
    >
      <h2 id="reflect-heading" tabIndex={-1} ref={heading}>
        {t('reflectHeading')}
      </h2>
      <p class="hint">{title}</p>
      <p>{t('reflectIntro')}</p>
      {QUESTIONS.filter(({ field }) => field !== 'beliefUpdate' || belief || input.beliefUpdate).map(
        ({ field, label }) => (
          <div key={field}>
            <label for={`reflect-${field}`}>{t(label)}</label>
            <textarea
              id={`reflect-${field}`}
              rows={2}
              maxLength={REFLECTION_MAX_CHARS}
              readOnly={draft.saving}
              value={input[field]}
              onInput={(e) => draft.setField(field, e.currentTarget.value)}
            />
          </div>
        ),
      )}
      <SaveFailed visible={draft.saveFailed} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('reflectSave')}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={() => void onFinish(null, draftKey)}>
          {t('reflectLater')}
        </button>
      </div>
    </form>
  );
}
