import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { SettingsStore } from '../../utils/settings';

/** The minimal new tab, saved as soon as it is ticked (the new tab has the same switch). */
export function NewTabForm({ store, initial }: { store: SettingsStore; initial: boolean }) {
  const [minimal, setMinimal] = useState(initial);
  const [status, setStatus] = useState('');
  return (
    <section class="card stack" aria-labelledby="newtab-form-heading">
      <h2 id="newtab-form-heading">{t('optionsNewTabHeading')}</h2>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={minimal}
          onChange={(event) => {
            const next = event.currentTarget.checked;
            setMinimal(next);
            store.set({ newtabMinimal: next }).then(
              () => setStatus(t('optionsSaved')),
              () => setStatus(t('saveFailed')),
            );
          }}
        />
        <span>{t('optionsMinimalLabel')}</span>
      </label>
      <p role="status" class="hint" id="newtab-form-status">
        {status}
      </p>
    </section>
  );
}
