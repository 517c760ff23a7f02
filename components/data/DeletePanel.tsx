import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { useDelayedFlag } from '../shared/useDelayedFlag';
import { deleteEverything, downloadBackup } from './dataActions';

type Status = 'idle' | 'wrongWord' | 'deleting' | 'failed' | 'backupFailed';

/** Everything gone for good: explained, a backup offered, and a typed word to confirm. */
export function DeletePanel({ onDeleted }: { onDeleted: () => void }) {
  const word = t('dataDeleteWord');
  const [typed, setTyped] = useState('');
  const [everywhere, setEverywhere] = useState(false);
  const [status, setStatus] = useState<Status>('idle');
  const showDeleting = useDelayedFlag(status === 'deleting');

  async function submit(event: Event) {
    event.preventDefault();
    if (typed.trim().toLocaleLowerCase() !== word.toLocaleLowerCase()) {
      setStatus('wrongWord');
      return;
    }
    setStatus('deleting');
    try {
      await deleteEverything(everywhere);
      onDeleted();
    } catch (error) {
      console.warn('Ask Anyway: not everything was deleted', error);
      setStatus('failed');
    }
  }

  const error = status === 'wrongWord' || status === 'failed' || status === 'backupFailed';
  return (
    <form
      class="card stack"
      aria-labelledby="delete-heading"
      onSubmit={submit}
      noValidate
      data-testid="delete-panel"
    >
      <h3 id="delete-heading">{t('dataDeleteHeading')}</h3>
      <p>{t('dataDeleteText')}</p>
      <p class="hint">{t('dataDeleteFilesNote')}</p>
      <div>
        <button
          type="button"
          class="secondary"
          onClick={() => downloadBackup().catch(() => setStatus('backupFailed'))}
        >
          {t('dataDeleteBackupFirst')}
        </button>
      </div>
      <fieldset class="choices">
        <legend>{t('dataDeleteSyncLegend')}</legend>
        <label class="checkbox">
          <input
            type="radio"
            name="delete-sync"
            checked={!everywhere}
            onChange={() => setEverywhere(false)}
          />
          <span>{t('dataDeleteSyncHere')}</span>
        </label>
        <label class="checkbox">
          <input
            type="radio"
            name="delete-sync"
            value="everywhere"
            checked={everywhere}
            onChange={() => setEverywhere(true)}
          />
          <span>{t('dataDeleteSyncEverywhere')}</span>
        </label>
      </fieldset>
      <div>
        <label for="delete-confirm">{t('dataDeleteConfirmLabel', word)}</label>
        <input
          id="delete-confirm"
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={typed}
          aria-invalid={status === 'wrongWord'}
          aria-describedby="delete-status"
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
      </div>
      <button type="submit" disabled={status === 'deleting'} data-testid="delete-everything">
        {t('dataDeleteButton')}
      </button>
      <p id="delete-status" role={error ? 'alert' : 'status'} class={error ? 'notice notice--error' : 'hint'}>
        {status === 'wrongWord'
          ? t('dataDeleteWrongWord', word)
          : status === 'failed'
            ? t('dataDeleteFailed')
            : status === 'backupFailed'
              ? t('dataExportFailed')
              : showDeleting
                ? t('dataDeleting')
                : ''}
      </p>
    </form>
  );
}
