import { ensurePersistentStorage } from '../../utils/browser/persistentStorage';
import { formatBytes } from '../../utils/formatBytes';
import { t } from '../../utils/i18n';
import { usePromise } from '../shared/usePromise';

/** Whether the browser keeps the data when space runs low, and how much it takes. */
export function StorageStatusLine() {
  const status = usePromise(ensurePersistentStorage, []);
  if (status.status !== 'ready') return null;
  const { persisted, usage } = status.value;
  const lang = t('htmlLang') || 'en';
  return (
    <p class="hint" data-testid="storage-status">
      {persisted === true
        ? t('dataStoragePersistent')
        : persisted === false
          ? t('dataStorageBestEffort')
          : t('dataStorageUnknown')}
      {usage !== null && ` ${t('dataStorageUsed', formatBytes(usage, lang))}`}
    </p>
  );
}
