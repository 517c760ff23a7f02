import { useMemo, useState } from 'preact/hooks';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { CATALOGUE } from '../../utils/catalogue/asks';
import type { AskView } from '../../utils/catalogue/types';
import { catalogueAskView, customAskView } from '../../utils/catalogue/view';
import {
  addCustomAsk,
  isRespectChecklistConfirmed,
  listCustomAsks,
  setCustomAskArchived,
  updateCustomAsk,
} from '../../utils/db/customAsks';
import { clearDraft } from '../../utils/db/drafts';
import {
  getHiddenAsks,
  getLadderPosition,
  pickTodayCard,
  setLadderLevel,
  unhideAsk,
} from '../../utils/db/ladder';
import type { CustomAsk } from '../../utils/db/schema';
import { t } from '../../utils/i18n';
import type { PickResult } from '../../utils/ladder/todayCard';
import { useDatabase } from '../shared/DatabaseContext';
import { ShowAll } from '../shared/ShowAll';
import { useLiveQuery } from '../shared/useLiveQuery';
import { usePromise } from '../shared/usePromise';
import { useReadyMark } from '../shared/useReadyMark';
import { AskBrowser } from './AskBrowser';
import { CustomAskForm } from './CustomAskForm';
import { LevelPicker } from './LevelPicker';

/** Hidden asks shown before "Show all". */
const HIDDEN_SHOWN = 5;

type FormState = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; ask: CustomAsk };

export function AsksApp() {
  const db = useDatabase();
  const position = useLiveQuery(() => getLadderPosition(db), [db]);
  const custom = useLiveQuery(() => listCustomAsks(db), [db]);
  const checklistDone = useLiveQuery(() => isRespectChecklistConfirmed(db), [db]);
  const hiddenAsks = useLiveQuery(() => getHiddenAsks(db), [db]);
  const settings = usePromise(() => getSettingsStore().get(), []);
  const catalogueViews = useMemo(() => CATALOGUE.map(catalogueAskView), []);
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [notice, setNotice] = useState<{ text: string; undoId?: string } | null>(null);
  const [allHidden, setAllHidden] = useState(false);

  const ready =
    position.status !== 'loading' &&
    custom.status !== 'loading' &&
    checklistDone.status !== 'loading' &&
    hiddenAsks.status !== 'loading' &&
    settings.status !== 'loading';
  useReadyMark(ready);
  if (!ready) return null;
  if (position.status === 'error' || custom.status === 'error') {
    return (
      <p role="alert" class="notice notice--error">
        {t('storageUnavailable')}
      </p>
    );
  }

  const level = position.value.level;
  const focus = settings.status === 'ready' ? settings.value.focusCategories : [];
  const life = settings.status === 'ready' ? settings.value.lifeNeeds : null;
  const mine = custom.value;
  const active = mine.filter((ask) => ask.archivedAt === undefined);
  const archived = mine.filter((ask) => ask.archivedAt !== undefined);
  const asks: AskView[] = [...catalogueViews, ...active.map(customAskView)];
  const hidden = hiddenAsks.status === 'ready' ? hiddenAsks.value : [];
  const hiddenIds = new Set(hidden.map((h) => h.askId));
  const titleOf = (askId: string) => asks.find((a) => a.id === askId)?.title ?? askId;

  function pick(ask: AskView, letGoInProgress = false): Promise<PickResult> {
    return pickTodayCard(db, ask, CATALOGUE, focus, Date.now(), letGoInProgress, life);
  }

  async function archive(ask: CustomAsk, archivedNow: boolean) {
    try {
      await setCustomAskArchived(db, ask.id, archivedNow, Date.now());
      setNotice(archivedNow ? { text: t('asksArchived', ask.title), undoId: ask.id } : null);
    } catch {
      setNotice({ text: t('saveFailed') });
    }
  }

  return (
    <main class="page page--wide stack">
      <h1>{t('asksTitle')}</h1>
      <p>{t('asksIntro', String(level))}</p>
      <LevelPicker
        level={level}
        onChange={async (to) => {
          await setLadderLevel(db, to, Date.now());
        }}
      />
      <AskBrowser asks={asks} ladderLevel={level} onPick={pick} lifeNeeds={life} hidden={hiddenIds} />

      {hidden.length > 0 && (
        <section class="stack" aria-labelledby="hidden-heading" data-testid="hidden-asks">
          <h2 id="hidden-heading">{t('asksHiddenHeading')}</h2>
          <p class="hint">{t('asksHiddenHint')}</p>
          <ul class="custom-list">
            {(allHidden ? hidden : hidden.slice(0, HIDDEN_SHOWN)).map(({ askId }) => (
              <li key={askId} class="custom-list__item" data-ask-id={askId}>
                <span>{titleOf(askId)}</span>
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('actionOnItem', [t('asksBringBack'), titleOf(askId)])}
                  onClick={() => void unhideAsk(db, askId).catch(() => setNotice({ text: t('saveFailed') }))}
                >
                  {t('asksBringBack')}
                </button>
              </li>
            ))}
          </ul>
          {!allHidden && hidden.length > HIDDEN_SHOWN && (
            <ShowAll total={hidden.length} onShow={() => setAllHidden(true)} testId="hidden-show-all" />
          )}
        </section>
      )}

      <section class="stack" aria-labelledby="yours-heading">
        <h2 id="yours-heading">{t('asksYours')}</h2>
        {notice && (
          <p role="status" class="notice">
            {notice.text}{' '}
            {notice.undoId && (
              <button
                type="button"
                class="secondary"
                onClick={async () => {
                  const ask = mine.find((a) => a.id === notice.undoId);
                  if (ask) await archive(ask, false);
                }}
              >
                {t('asksUndo')}
              </button>
            )}
          </p>
        )}
        {active.length === 0 && <p class="hint">{t('asksYoursEmpty')}</p>}
        <ul class="custom-list">
          {active.map((ask) => (
            <li key={ask.id} class="custom-list__item">
              <span>
                {ask.title} <span class="hint">({t('levelLabel', String(ask.level))})</span>
              </span>
              <span class="actions">
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('actionOnItem', [t('asksEdit'), ask.title])}
                  onClick={() => setForm({ mode: 'edit', ask })}
                >
                  {t('asksEdit')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('actionOnItem', [t('asksArchive'), ask.title])}
                  onClick={() => archive(ask, true)}
                >
                  {t('asksArchive')}
                </button>
              </span>
            </li>
          ))}
        </ul>
        {form.mode === 'closed' ? (
          <button type="button" onClick={() => setForm({ mode: 'add' })}>
            {t('asksAdd')}
          </button>
        ) : (
          <CustomAskForm
            key={form.mode === 'edit' ? form.ask.id : 'new'}
            editing={form.mode === 'edit' ? form.ask : null}
            needsChecklist={form.mode === 'add' && !(checklistDone.status === 'ready' && checklistDone.value)}
            defaultLevel={level}
            onCancel={(draftKey) => {
              // Closed once the draft is gone: a tab closed the moment the form closes cannot
              // bring the cancelled text back.
              void clearDraft(db, draftKey).finally(() => setForm({ mode: 'closed' }));
            }}
            onSave={async (input, confirmChecklist, draftKey) => {
              // One transaction each: the checklist, the ask and the draft's removal together.
              const now = Date.now();
              if (form.mode === 'edit') await updateCustomAsk(db, form.ask.id, input, now, { draftKey });
              else await addCustomAsk(db, input, now, { confirmChecklist, draftKey });
              setForm({ mode: 'closed' });
              setNotice({ text: t('formSaved', input.title.trim()) });
            }}
          />
        )}
        {archived.length > 0 && (
          <section aria-labelledby="archived-heading" class="stack">
            <h3 id="archived-heading">{t('asksArchivedHeading')}</h3>
            <ul class="custom-list">
              {archived.map((ask) => (
                <li key={ask.id} class="custom-list__item">
                  <span>{ask.title}</span>
                  <button
                    type="button"
                    class="secondary"
                    aria-label={t('actionOnItem', [t('asksRestore'), ask.title])}
                    onClick={() => archive(ask, false)}
                  >
                    {t('asksRestore')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>
    </main>
  );
}
