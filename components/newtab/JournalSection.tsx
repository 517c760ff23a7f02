import { useEffect, useRef, useState } from 'preact/hooks';
import { type AttemptEdit, REFLECTION_FIELDS } from '../../utils/attemptEdit';
import type { Attempt, Outcome } from '../../utils/db/schema';
import { type MessageKey, t } from '../../utils/i18n';
import {
  activeFilterCount,
  type JournalCriteria,
  type JournalPage,
  journalProblems,
  NO_CRITERIA,
} from '../../utils/journal';
import { AttemptActions } from '../shared/AttemptActions';
import { AttemptEditForm } from '../shared/AttemptEditForm';
import { CategoryOptions } from '../shared/CategoryOptions';
import { CorrectionNotice } from '../shared/CorrectionNotice';
import { LevelOptions } from '../shared/LevelOptions';
import { categoryLabel } from '../shared/labels';
import type { AttemptCorrection } from '../shared/useAttemptCorrection';

const OUTCOMES: { value: Outcome; label: MessageKey }[] = [
  { value: 'yes', label: 'outcomeYes' },
  { value: 'partly', label: 'outcomePartly' },
  { value: 'no', label: 'outcomeNo' },
  { value: 'noReply', label: 'outcomeNoReplyClosed' },
];
const FIELDS = [
  ['expected', 'reflectExpected'],
  ['happened', 'reflectHappened'],
  ['thoughtsFeelings', 'reflectThoughts'],
  ['beliefUpdate', 'reflectBelief'],
] as const;
const SEARCH_WAIT_MS = 200;

/** Day, level, category and answer, the parts there are (an ask still waiting has no answer yet). */
function entryMeta(entry: Attempt): string {
  const outcome = OUTCOMES.find((o) => o.value === entry.outcome);
  const parts = [
    entry.doneDay ?? '',
    t('levelLabel', String(entry.level)),
    categoryLabel(entry.category),
    outcome ? t(outcome.label) : '',
  ].filter((part) => part !== '');
  return parts.reduce((line, part) => t('metaPair', [line, part]));
}

/**
 * Reflections, newest first, a page at a time, searched and filtered. The first page comes
 * with the page's data; other pages and filters are read when asked for, and read again
 * after any change elsewhere (`version`). Results stay on screen while the next ones load.
 */
export function JournalSection({
  first,
  version,
  query,
  busy,
  correction,
}: {
  first: JournalPage;
  version: number;
  query: (criteria: JournalCriteria, page: number) => Promise<JournalPage>;
  /** A write is being saved on the page. */
  busy: boolean;
  /** Edit and delete an entry's ask, with the Undo of the last delete. */
  correction: AttemptCorrection;
}) {
  const [criteria, setCriteria] = useState<JournalCriteria>(NO_CRITERIA);
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<JournalPage>(first);
  // Set when the first page, read with a bound while the tab loaded, found nothing: the
  // next read of page one then goes all the way back.
  const [readAll, setReadAll] = useState(false);
  // The filters other than search sit behind a button: a new tab seldom needs them, and their
  // form controls are a large share of the page's first paint. The button counts the filters
  // in force, so a closed panel never hides that the list is narrowed.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const asked = useRef(0);
  // The entry whose ask is being corrected, and the one whose Edit button takes the keyboard
  // once it is on screen again (after a save, a cancel or an Undo).
  const [editingId, setEditingId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const problems = journalProblems(criteria);
  const isDefault = page === 0 && !readAll && JSON.stringify(criteria) === JSON.stringify(NO_CRITERIA);

  useEffect(() => {
    if (isDefault) {
      setResult(first);
      return;
    }
    if (problems.length > 0) return;
    const ticket = ++asked.current;
    const timer = setTimeout(() => {
      query(criteria, page).then(
        (next) => ticket === asked.current && setResult(next),
        (error: unknown) => console.warn('Ask Anyway: journal not read', error),
      );
    }, SEARCH_WAIT_MS);
    return () => clearTimeout(timer);
  }, [criteria, page, version, first, readAll]);

  useEffect(() => {
    if (!focusId) return;
    const entry = [...(section.current?.querySelectorAll<HTMLElement>('[data-attempt-id]') ?? [])].find(
      (item) => item.dataset.attemptId === focusId,
    );
    const edit = entry?.querySelector<HTMLButtonElement>('[data-action="edit"]');
    if (!edit) return;
    edit.focus();
    setFocusId(null);
  }, [focusId, result, editingId]);

  async function save(entry: Attempt, edit: AttemptEdit, draftKey: string): Promise<boolean> {
    const saved = await correction.edit(entry, edit, draftKey);
    if (!saved) return false;
    setEditingId(null);
    // Without a reflection the ask leaves the journal: the keyboard goes to its heading.
    if (REFLECTION_FIELDS.some((field) => edit.reflection[field].trim() !== '')) setFocusId(entry.id);
    else section.current?.querySelector<HTMLElement>('#journal-heading')?.focus();
    return true;
  }

  const update = (patch: Partial<JournalCriteria>) => {
    setCriteria((current) => ({ ...current, ...patch }));
    setPage(0);
  };
  const filtered = !isDefault || criteria.search !== '';
  const active = activeFilterCount(criteria);
  const filtersButton = useRef<HTMLButtonElement>(null);
  const clearFilters = () => {
    update({ ...NO_CRITERIA, search: criteria.search });
    // "Clear filters" goes away with the filters; keyboard focus lands on the toggle instead.
    filtersButton.current?.focus();
  };

  return (
    <section ref={section} class="card stack journal" aria-labelledby="journal-heading" data-testid="journal">
      <h2 id="journal-heading" tabIndex={-1}>
        {t('journalHeading')}
      </h2>
      <CorrectionNotice correction={correction} busy={busy} onUndone={setFocusId} />
      <div class="row journal__filters">
        <label class="stack-tight">
          <span>{t('journalSearch')}</span>
          <input
            type="search"
            value={criteria.search}
            onInput={(e) => update({ search: e.currentTarget.value })}
          />
        </label>
        <button
          ref={filtersButton}
          type="button"
          class="secondary"
          aria-expanded={filtersOpen}
          aria-controls="journal-filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {active > 0 ? t('journalFiltersActive', String(active)) : t('journalFilters')}
        </button>
      </div>
      {filtersOpen && (
        <div class="row journal__filters" id="journal-filters" data-testid="journal-filters">
          <label class="stack-tight">
            <span>{t('asksCategoryFilter')}</span>
            <select value={criteria.category} onChange={(e) => update({ category: e.currentTarget.value })}>
              <option value="">{t('asksAllCategories')}</option>
              <CategoryOptions />
            </select>
          </label>
          <label class="stack-tight">
            <span>{t('journalOutcomeFilter')}</span>
            <select
              value={criteria.outcome}
              onChange={(e) => update({ outcome: e.currentTarget.value as Outcome | '' })}
            >
              <option value="">{t('journalAllOutcomes')}</option>
              {OUTCOMES.map((o) => (
                <option key={o.value} value={o.value}>
                  {t(o.label)}
                </option>
              ))}
            </select>
          </label>
          <label class="stack-tight">
            <span>{t('asksLevelFilter')}</span>
            <select
              value={criteria.level === null ? '' : String(criteria.level)}
              onChange={(e) =>
                update({ level: e.currentTarget.value ? Number(e.currentTarget.value) : null })
              }
            >
              <option value="">{t('asksAllLevels')}</option>
              <LevelOptions />
            </select>
          </label>
          <label class="stack-tight">
            <span>{t('journalFrom')}</span>
            <input
              type="date"
              value={criteria.from}
              onChange={(e) => update({ from: e.currentTarget.value })}
            />
          </label>
          <label class="stack-tight">
            <span>{t('journalTo')}</span>
            <input type="date" value={criteria.to} onChange={(e) => update({ to: e.currentTarget.value })} />
          </label>
          {active > 0 && (
            <button type="button" class="secondary" onClick={clearFilters}>
              {t('journalClearFilters')}
            </button>
          )}
        </div>
      )}
      {problems.length > 0 ? (
        <p role="alert" class="notice notice--error">
          {t('journalRangeReversed')}
        </p>
      ) : result.entries.length === 0 ? (
        <p class="hint" data-testid="journal-empty">
          {t(result.hasMore ? 'journalNoneRecent' : filtered ? 'journalNoMatch' : 'journalEmpty')}
        </p>
      ) : (
        <ol class="list-plain stack" data-testid="journal-entries">
          {result.entries.map((entry) => (
            <li key={entry.id} class="stack-tight journal__entry" data-attempt-id={entry.id}>
              {editingId === entry.id ? (
                <AttemptEditForm
                  attempt={entry}
                  headingLevel="h3"
                  busy={busy}
                  onSave={(edit, draftKey) => save(entry, edit, draftKey)}
                  onCancel={(draftKey) =>
                    void correction.cancelEdit(draftKey).then(() => {
                      setEditingId(null);
                      setFocusId(entry.id);
                    })
                  }
                />
              ) : (
                <>
                  <h3>{entry.askTitle}</h3>
                  <p class="hint" data-testid="journal-entry-meta">
                    {entryMeta(entry)}
                  </p>
                  <dl class="stack-tight">
                    {FIELDS.map(([field, label]) =>
                      entry.reflection?.[field] ? (
                        <div key={field}>
                          <dt>{t(label)}</dt>
                          <dd>{entry.reflection[field]}</dd>
                        </div>
                      ) : null,
                    )}
                  </dl>
                  <AttemptActions
                    title={entry.askTitle}
                    busy={busy}
                    onEdit={() => setEditingId(entry.id)}
                    onDelete={() => void correction.remove(entry)}
                  />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {(page > 0 || result.hasMore) && problems.length === 0 && (
        <p class="actions" data-testid="journal-pages">
          <button type="button" class="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('journalNewer')}
          </button>
          <span class="hint">{t('journalPage', String(page + 1))}</span>
          <button
            type="button"
            class="secondary"
            disabled={!result.hasMore}
            onClick={() => (result.entries.length === 0 ? setReadAll(true) : setPage(page + 1))}
          >
            {t('journalOlder')}
          </button>
        </p>
      )}
    </section>
  );
}
