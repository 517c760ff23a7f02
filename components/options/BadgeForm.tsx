import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { SettingsStore } from '../../utils/settings';

/** The toolbar badge, on or off, saved as soon as it is ticked. */
export function BadgeForm({ store, initial }: { store: SettingsStore; initial: boolean }) {
  const [on, setOn] = useState(initial);
  const [status, setStatus] = useState('');
  return (
    <section class="card stack" aria-labelledby="badge-heading">
      <h2 id="badge-heading">{t('badgeHeading')}</h2>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={on}
          aria-describedby="badge-note"
          onChange={(event) => {
            const next = event.currentTarget.checked;
            setOn(next);
            store.set({ badge: next }).then(
              () => setStatus(t('optionsSaved')),
              () => setStatus(t('saveFailed')),
            );
          }}
        />
        <span>{t('badgeLabel')}</span>
      </label>
      <p class="hint" id="badge-note">
        {t('remindersBadgeNote')}
      </p>
      <p role="status" class="hint">
        {status}
      </p>
    </section>
  );
}
