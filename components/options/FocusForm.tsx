import { useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import type { SettingsStore } from '../../utils/settings';
import { categoryLabel } from '../shared/labels';

/** Focus areas save as they are ticked: there is nothing to get wrong, so no Save button. */
export function FocusForm({ store, initial }: { store: SettingsStore; initial: readonly CategoryId[] }) {
  const [focus, setFocus] = useState<ReadonlySet<CategoryId>>(new Set(initial));
  const [status, setStatus] = useState('');

  async function toggle(id: CategoryId, on: boolean) {
    const next = new Set(focus);
    if (on) next.add(id);
    else next.delete(id);
    setFocus(next);
    try {
      const { where } = await store.set({ focusCategories: CATEGORY_IDS.filter((c) => next.has(c)) });
      setStatus(t(where === 'sync' ? 'optionsSaved' : 'optionsSavedLocally'));
    } catch {
      setStatus(t('saveFailed'));
    }
  }

  return (
    <fieldset class="card stack" aria-describedby="focus-hint">
      <legend>{t('optionsFocusLegend')}</legend>
      <p id="focus-hint" class="hint">
        {t('optionsFocusHint')}
      </p>
      {CATEGORY_IDS.map((id) => (
        <label class="checkbox" key={id}>
          <input
            type="checkbox"
            checked={focus.has(id)}
            onChange={(e) => toggle(id, e.currentTarget.checked)}
          />
          {categoryLabel(id)}
        </label>
      ))}
      <p role="status" class="hint" data-testid="focus-status">
        {status}
      </p>
    </fieldset>
  );
}
