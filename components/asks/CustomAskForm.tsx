import { useState } from 'preact/hooks';
import { type RespectConcern, respectConcerns } from '../../utils/catalogue/respect';
import { type CustomAskInput, type CustomAskProblem, customAskProblems } from '../../utils/db/customAsks';
import type { CustomAsk } from '../../utils/db/schema';
import { type MessageKey, t } from '../../utils/i18n';
import { CategoryOptions } from '../shared/CategoryOptions';
import { LevelOptions } from '../shared/LevelOptions';
import { useDraft } from '../shared/useDraft';

const CHECKLIST: readonly MessageKey[] = [
  'checklistHonest',
  'checklistEasyNo',
  'checklistNoPestering',
  'checklistNothingSexual',
  'checklistNoRecording',
];

// One note per concern: what the rule is, and an honest way to make the same ask.
const WARNINGS: Record<RespectConcern, MessageKey> = {
  deception: 'warnDeception',
  romance: 'warnRomance',
  sexual: 'warnSexual',
  repeatedContact: 'warnRepeatedContact',
  recording: 'warnRecording',
  money: 'warnMoney',
  risk: 'warnRisk',
};

export const customAskDraftKey = (id: string | null) => `asks:custom-form:${id ?? 'new'}`;

const PROBLEM_INPUT: Record<CustomAskProblem, string> = {
  titleMissing: 'custom-title',
  whatToDoMissing: 'custom-what',
  doneWhenMissing: 'custom-done',
  levelOutOfRange: 'custom-level',
};

const PROBLEM_FIELD: Record<CustomAskProblem, MessageKey> = {
  titleMissing: 'formTitle',
  whatToDoMissing: 'formWhatToDo',
  doneWhenMissing: 'formDoneWhen',
  levelOutOfRange: 'formLevel',
};

export interface CustomAskFormProps {
  editing: CustomAsk | null;
  needsChecklist: boolean;
  defaultLevel: number;
  onSave: (input: CustomAskInput, checklistConfirmed: boolean, draftKey: string) => Promise<void>;
  onCancel: (draftKey: string) => void;
}

export function CustomAskForm({
  editing,
  needsChecklist,
  defaultLevel,
  onSave,
  onCancel,
}: CustomAskFormProps) {
  // Typed text is kept as a draft, so a tab closed mid-way loses nothing.
  const draft = useDraft(customAskDraftKey(editing?.id ?? null));
  const [ticked, setTicked] = useState<ReadonlySet<MessageKey>>(new Set());
  const [error, setError] = useState('');
  const [problems, setProblems] = useState<readonly CustomAskProblem[]>([]);
  if (!draft.loaded) return null;

  const f = draft.fields;
  const title = f.title ?? editing?.title ?? '';
  const whatToDo = f.whatToDo ?? editing?.whatToDo ?? '';
  const doneWhen = f.doneWhen ?? editing?.doneWhen ?? '';
  const level = Number(f.level ?? editing?.level ?? defaultLevel);
  const category = f.category ?? editing?.category ?? 'feedback';
  const awaitsReply = (f.awaitsReply ?? String(editing?.awaitsReply ?? false)) === 'true';
  const template = f.template ?? editing?.template ?? '';
  const setTitle = (v: string) => draft.setField('title', v);
  const setWhatToDo = (v: string) => draft.setField('whatToDo', v);
  const setDoneWhen = (v: string) => draft.setField('doneWhen', v);
  const setLevel = (v: number) => draft.setField('level', String(v));
  const setCategory = (v: string) => draft.setField('category', v);
  const setAwaitsReply = (v: boolean) => draft.setField('awaitsReply', String(v));
  const setTemplate = (v: string) => draft.setField('template', v);

  const input: CustomAskInput = { title, whatToDo, doneWhen, level, category, awaitsReply, template };
  // A note, never a block: every concern found is shown, and saving stays open.
  const concerns = respectConcerns(`${title}\n${whatToDo}\n${doneWhen}\n${template}`);

  async function submit(event: Event) {
    event.preventDefault();
    const found = customAskProblems(input);
    setProblems(found);
    if (found.length > 0) {
      setError(t('formRequired', found.map((p) => t(PROBLEM_FIELD[p])).join(', ')));
      const first = found[0];
      if (first) document.getElementById(PROBLEM_INPUT[first])?.focus();
      return;
    }
    if (needsChecklist && ticked.size < CHECKLIST.length) {
      setError(t('checklistIncomplete'));
      return;
    }
    setError('');
    try {
      await draft.commit(async () => {
        await onSave(input, needsChecklist, customAskDraftKey(editing?.id ?? null));
        return true;
      });
    } catch (failure) {
      console.warn('Ask Anyway: custom ask not saved', failure);
      setError(t('saveFailed'));
    }
  }

  const invalid = (id: string) => problems.some((p) => PROBLEM_INPUT[p] === id) || undefined;
  const text = (
    id: string,
    label: MessageKey,
    value: string,
    set: (v: string) => void,
    multiline = false,
  ) => (
    <div>
      <label for={id}>{t(label)}</label>
      {multiline ? (
        <textarea
          id={id}
          rows={3}
          value={value}
          maxLength={2000}
          aria-invalid={invalid(id)}
          aria-describedby={invalid(id) ? 'custom-form-error' : undefined}
          onInput={(e) => set(e.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          maxLength={200}
          aria-invalid={invalid(id)}
          aria-describedby={invalid(id) ? 'custom-form-error' : undefined}
          onInput={(e) => set(e.currentTarget.value)}
        />
      )}
    </div>
  );

  return (
    <form class="card stack" onSubmit={submit} noValidate aria-labelledby="custom-form-heading">
      <h3 id="custom-form-heading">{editing ? t('asksEdit') : t('asksAdd')}</h3>
      {text('custom-title', 'formTitle', title, setTitle)}
      {text('custom-what', 'formWhatToDo', whatToDo, setWhatToDo, true)}
      <div>
        {text('custom-done', 'formDoneWhen', doneWhen, setDoneWhen)}
        <p class="hint">{t('formDoneWhenHint')}</p>
      </div>
      <div class="row">
        <div>
          <label for="custom-level">{t('formLevel')}</label>
          <select
            id="custom-level"
            value={String(level)}
            onChange={(e) => setLevel(Number(e.currentTarget.value))}
          >
            <LevelOptions />
          </select>
        </div>
        <div>
          <label for="custom-category">{t('formCategory')}</label>
          <select id="custom-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
            <CategoryOptions />
          </select>
        </div>
      </div>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={awaitsReply}
          onChange={(e) => setAwaitsReply(e.currentTarget.checked)}
        />
        {t('formAwaitsReply')}
      </label>
      {text('custom-template', 'formTemplate', template, setTemplate, true)}
      {concerns.length > 0 && (
        <div class="notice" role="status" data-testid="respect-warnings">
          {concerns.map((c) => (
            <p key={c} data-concern={c}>
              {t(WARNINGS[c])}
            </p>
          ))}
        </div>
      )}
      {needsChecklist && (
        <fieldset class="stack" aria-describedby="checklist-intro">
          <legend>{t('checklistHeading')}</legend>
          <p id="checklist-intro" class="hint">
            {t('checklistIntro')}
          </p>
          {CHECKLIST.map((key) => (
            <label class="checkbox" key={key}>
              <input
                type="checkbox"
                checked={ticked.has(key)}
                onChange={(e) => {
                  const next = new Set(ticked);
                  if (e.currentTarget.checked) next.add(key);
                  else next.delete(key);
                  setTicked(next);
                }}
              />
              {t(key)}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p id="custom-form-error" role="alert" class="notice notice--error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit">{t('formSave')}</button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            draft.discard();
            onCancel(customAskDraftKey(editing?.id ?? null));
          }}
        >
          {t('formCancel')}
        </button>
      </div>
    </form>
  );
}
