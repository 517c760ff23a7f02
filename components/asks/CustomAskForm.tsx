import { useState } from 'preact/hooks';
import { CUSTOM_ASK_WARNINGS, type RespectConcern, respectConcerns } from '../../utils/catalogue/respect';
import { type CustomAskInput, type CustomAskProblem, customAskProblems } from '../../utils/db/customAsks';
import type { CustomAsk } from '../../utils/db/schema';
import { type MessageKey, t } from '../../utils/i18n';
import { CategoryOptions } from '../shared/CategoryOptions';
import { LevelOptions } from '../shared/LevelOptions';

const CHECKLIST: readonly MessageKey[] = [
  'checklistHonest',
  'checklistEasyNo',
  'checklistNoPestering',
  'checklistNothingSexual',
  'checklistNoRecording',
];

const WARNINGS: Partial<Record<RespectConcern, MessageKey>> = {
  deception: 'warnDeception',
  romance: 'warnRomance',
  repeatedContact: 'warnRepeatedContact',
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
  onSave: (input: CustomAskInput, checklistConfirmed: boolean) => Promise<void>;
  onCancel: () => void;
}

export function CustomAskForm({
  editing,
  needsChecklist,
  defaultLevel,
  onSave,
  onCancel,
}: CustomAskFormProps) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [whatToDo, setWhatToDo] = useState(editing?.whatToDo ?? '');
  const [doneWhen, setDoneWhen] = useState(editing?.doneWhen ?? '');
  const [level, setLevel] = useState(editing?.level ?? defaultLevel);
  const [category, setCategory] = useState(editing?.category ?? 'feedback');
  const [awaitsReply, setAwaitsReply] = useState(editing?.awaitsReply ?? false);
  const [template, setTemplate] = useState(editing?.template ?? '');
  const [ticked, setTicked] = useState<ReadonlySet<MessageKey>>(new Set());
  const [error, setError] = useState('');

  const input: CustomAskInput = { title, whatToDo, doneWhen, level, category, awaitsReply, template };
  const concerns = respectConcerns(`${title}\n${whatToDo}\n${doneWhen}\n${template}`).filter((c) =>
    CUSTOM_ASK_WARNINGS.includes(c),
  );

  async function submit(event: Event) {
    event.preventDefault();
    const problems = customAskProblems(input);
    if (problems.length > 0) {
      setError(t('formRequired', problems.map((p) => t(PROBLEM_FIELD[p])).join(', ')));
      return;
    }
    if (needsChecklist && ticked.size < CHECKLIST.length) {
      setError(t('checklistIncomplete'));
      return;
    }
    setError('');
    try {
      await onSave(input, needsChecklist);
    } catch (failure) {
      console.warn('Ask Anyway: custom ask not saved', failure);
      setError(t('saveFailed'));
    }
  }

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
          onInput={(e) => set(e.currentTarget.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          maxLength={200}
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
          {concerns.map((c) => {
            const key = WARNINGS[c];
            return key ? <p key={c}>{t(key)}</p> : null;
          })}
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
        <p role="alert" class="notice notice--error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit">{t('formSave')}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('formCancel')}
        </button>
      </div>
    </form>
  );
}
