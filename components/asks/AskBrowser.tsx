import { useMemo, useRef, useState } from 'preact/hooks';
import { filterAsks } from '../../utils/catalogue/search';
import type { AskView } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import { MAX_LEVEL, PICK_ABOVE_LEVEL } from '../../utils/ladder/rules';
import type { PickResult } from '../../utils/ladder/todayCard';
import { AskDetails } from '../shared/AskDetails';
import { CategoryOptions } from '../shared/CategoryOptions';
import { LevelOptions } from '../shared/LevelOptions';
import { categoryLabel } from '../shared/labels';

export interface AskBrowserProps {
  asks: readonly AskView[];
  ladderLevel: number;
  onPick: (ask: AskView) => Promise<PickResult>;
}

export function AskBrowser({ asks, ladderLevel, onPick }: AskBrowserProps) {
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [level, setLevel] = useState<number | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [picked, setPicked] = useState<{ id: string; message: string } | null>(null);
  const detail = useRef<HTMLDivElement>(null);
  const shown = useMemo(
    () => filterAsks(asks, { query, category, level }, (ask) => categoryLabel(ask.category)),
    [asks, query, category, level],
  );
  const selected = asks.find((ask) => ask.id === selectedId) ?? null;
  const maxLevel = ladderLevel + PICK_ABOVE_LEVEL;

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
        {shown.length === 0 ? t('asksNone') : t('asksCount', String(shown.length))}
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
                </span>
              </button>
            </li>
          ))}
        </ul>
        <div class="browser__detail" ref={detail}>
          {selected && (
            <section class="card stack" aria-labelledby="selected-ask-title" data-testid="selected-ask">
              <AskDetails ask={selected} headingId="selected-ask-title" />
              {selected.level > maxLevel ? (
                <p class="notice">{t('asksTooHigh', String(Math.min(maxLevel, MAX_LEVEL)))}</p>
              ) : (
                <button
                  type="button"
                  onClick={async () => {
                    try {
                      const result = await onPick(selected);
                      const message = result.ok
                        ? t('asksPicked')
                        : result.reason === 'awaiting'
                          ? t('asksAwaiting')
                          : t('asksTooHigh', String(result.maxLevel));
                      setPicked({ id: selected.id, message });
                    } catch {
                      setPicked({ id: selected.id, message: t('saveFailed') });
                    }
                  }}
                >
                  {t('asksPick')}
                </button>
              )}
              <p role="status" class="hint">
                {picked?.id === selected.id ? picked.message : ''}
              </p>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
