import type { Ref } from 'preact';
import { t } from '../../utils/i18n';

/** Edit and Delete for one logged ask, each named with the ask for a screen reader. */
export function AttemptActions({
  title,
  busy,
  editRef,
  onEdit,
  onDelete,
}: {
  title: string;
  busy: boolean;
  editRef?: Ref<HTMLButtonElement>;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <div class="actions">
      <button
        ref={editRef}
        type="button"
        class="secondary"
        data-action="edit"
        disabled={busy}
        aria-label={t('actionOnItem', [t('attemptEdit'), title])}
        onClick={onEdit}
      >
        {t('attemptEdit')}
      </button>
      <button
        type="button"
        class="secondary"
        data-action="delete"
        disabled={busy}
        aria-label={t('actionOnItem', [t('attemptDelete'), title])}
        onClick={onDelete}
      >
        {t('attemptDelete')}
      </button>
    </div>
  );
}
