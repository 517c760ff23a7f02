import { useMemo, useRef, useState } from 'preact/hooks';
import { filterAsks } from '../../utils/catalogue/search';
import type { AskView } from '../../utils/catalogue/types';
import { t, tCount } from '../../utils/i18n';
import { type LifeNeeds, unmetNeeds } from '../../utils/ladder/lifeFit';
import { MAX_LEVEL, PICK_ABOVE_LEVEL } from '../../utils/ladder/rules';
import type { PickResult } from '../../utils/ladder/todayCard';
import { AskDetails } from '../shared/AskDetails';
import { CategoryOptions } from '../shared/CategoryOptions';
import { LevelOptions } from '../shared/LevelOptions';
import { categoryLabel, needTag, whereToOpen } from '../shared/labels';

export interface AskBrowserProps {
  asks: readonly AskView[];
  ladderLevel: number;
  /** `letGoInProgress`: the person chose to let the popup's ask in progress go for this one. */
  onPick: (ask: AskView, letGoInProgress?: boolean) => Promise<PickResult>;
  /** What fits the person's life: an ask needing something else is marked (still pickable). */
  lifeNeeds?: LifeNeeds;
  /** Asks hidden with "Doesn't fit my life": marked too. */
  hidden?: ReadonlySet<string>;
}

type Picked = { id: string; message: string; choice?: { title: string; canLetGo: boolean } };

export function AskBrowser({ asks, ladderLevel, onPick, lifeNeeds = null, hidden }: AskBrowserProps) {
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [level, setLevel] = useState<number | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const detail = useRef<HTMLDivElement>(null);
  const shown = useMemo(
    () => filterAsks(asks, { query, category, level }, (ask) => categoryLabel(ask.category)),
    [asks, query, category, level],
  );
  const selected = asks.find((ask) => ask.id === selectedId) ?? null;
  const maxLevel = ladderLevel + PICK_ABOVE_LEVEL;

  async function pick(ask: AskView, letGoInProgress = false) {
    try {
      const result = await onPick(ask, letGoInProgress);
      if (result.ok) setPicked({ id: ask.id, message: t('asksPicked', whereToOpen()) });
      else if (result.reason === 'awaiting') setPicked({ id: ask.id, message: t('asksAwaiting') });
      else if (result.reason === 'tooHigh')
        setPicked({ id: ask.id, message: t('asksTooHigh', String(result.maxLevel)) });
      else {
        const title =
          result.askTitle ?? asks.find((a) => a.id === result.askId)?.title ?? t('asksInProgressUntitled');
        setPicked({
          id: ask.id,
          message: result.canLetGo
            ? t('asksInProgress', title)
            : t('asksInProgressFinish', [title, whereToOpen()]),
          choice: { title, canLetGo: result.canLetGo },
        });
      }
    } catch {
      setPicked({ id: ask.id, message: t('saveFailed') });
    }
  }

  function select(id: string) {
    setSelectedId(id);
    setPicked(null);
    requestAnimationFrame(() => detail.current?.querySelector<HTMLElement>('#selected-ask-title')?.focus());
  }

  return (
    <div class="browser">
      <search class="filters">
        <div>
          <label for="ask-search">{t('asksSearch')}</label>
          <input
            id="ask-search"
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="ask-category">{t('asksCategoryFilter')}</label>
          <select id="ask-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}>
            <option value="">{t('asksAllCategories')}</option>
            <CategoryOptions />
          </select>
        </div>
        <div>
          <label for="ask-level">{t('asksLevelFilter')}</label>
          <select
            id="ask-level"
            value={level === null ? '' : String(level)}
            onChange={(e) => setLevel(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
          >
            <option value="">{t('asksAllLevels')}</option>
            <LevelOptions />
          </select>
        </div>
      </search>
      <p role="status" class="hint" data-testid="ask-count">
        {shown.length === 0 ? t('asksNone') : tCount('asksCount', shown.length)}
      </p>
      <div class="browser__panes">
        <ul class="ask-list" aria-label={t('asksTitle')}>
          {shown.map((ask) => (
            <li key={ask.id}>
              <button
                type="button"
                class={`ask-list__item${ask.id === selectedId ? ' is-selected' : ''}`}
                aria-current={ask.id === selectedId ? 'true' : undefined}
                data-ask-id={ask.id}
                onClick={() => select(ask.id)}
              >
                <span class="ask-list__title">{ask.title}</span>
                <span class="ask-list__meta">
                  {t('metaPair', [t('levelLabel', String(ask.level)), categoryLabel(ask.category)])}
                  {ask.source === 'custom' && <span class="tag">{t('asksCustomTag')}</span>}
                  {unmetNeeds(ask, lifeNeeds).map((need) => (
                    <span class="tag" key={need} data-need={need}>
                      {needTag(need)}
                    </span>
                  ))}
                  {hidden?.has(ask.id) && <span class="tag">{t('asksHiddenTag')}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <div class="browser__detail" ref={detail}>
          {!selected && (
            <p class="card hint" data-testid="ask-detail-empty">
              {t('asksChooseHint')}
            </p>
          )}
          {selected && (
            <section class="card stack" aria-labelledby="selected-ask-title" data-testid="selected-ask">
              <AskDetails ask={selected} headingId="selected-ask-title">
                {selected.level > maxLevel ? (
                  <p class="notice">{t('asksTooHigh', String(Math.min(maxLevel, MAX_LEVEL)))}</p>
                ) : (
                  <button type="button" onClick={() => void pick(selected)}>
                    {t('asksPick')}
                  </button>
                )}
                <div role="status" data-testid="pick-status">
                  {picked?.id === selected.id && (
                    <div class={picked.choice ? 'notice stack' : 'hint'}>
                      <p>{picked.message}</p>
                      {picked.choice?.canLetGo && (
                        <p class="actions">
                          <button
                            type="button"
                            class="secondary"
                            onClick={() =>
                              setPicked({
                                id: selected.id,
                                message: t('asksKept', picked.choice?.title ?? ''),
                              })
                            }
                          >
                            {t('asksKeepInProgress', picked.choice.title)}
                          </button>
                          <button type="button" onClick={() => void pick(selected, true)}>
                            {t('asksLetGoAndPick')}
                          </button>
                        </p>
                      )}
                    </div>
                  )}
                </div>
              </AskDetails>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
