import { useState } from 'preact/hooks';
import { NEED_IDS, type NeedId } from '../../utils/catalogue/types';
import { t } from '../../utils/i18n';
import type { SettingsStore } from '../../utils/settings';
import { needLabel } from '../shared/labels';

/**
 * Which situations apply to the person, saved as they are ticked. Nothing is filtered until
 * the first tick: from then on the list is what the person said.
 */
export function LifeFitForm({ store, initial }: { store: SettingsStore; initial: readonly NeedId[] | null }) {
  const [needs, setNeeds] = useState<ReadonlySet<NeedId>>(new Set(initial ?? []));
  const [status, setStatus] = useState('');

  async function toggle(id: NeedId, on: boolean) {
    const next = new Set(needs);
    if (on) next.add(id);
    else next.delete(id);
    setNeeds(next);
    try {
      const { where } = await store.set({ lifeNeeds: NEED_IDS.filter((n) => next.has(n)) });
      setStatus(t(where === 'sync' ? 'optionsSaved' : 'optionsSavedLocally'));
    } catch {
      setStatus(t('saveFailed'));
    }
  }

  return (
    <fieldset class="card stack" aria-describedby="life-fit-hint">
      <legend>{t('lifeFit_legend')}</legend>
      <p id="life-fit-hint" class="hint">
        {t('lifeFit_hint')}
      </p>
      {NEED_IDS.map((id) => (
        <label class="checkbox" key={id}>
          <input
            type="checkbox"
            checked={needs.has(id)}
            onChange={(e) => toggle(id, e.currentTarget.checked)}
          />
          {needLabel(id)}
        </label>
      ))}
      <p role="status" class="hint" data-testid="life-fit-status">
        {status}
      </p>
    </fieldset>
  );
}
