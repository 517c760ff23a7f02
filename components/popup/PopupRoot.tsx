import { t } from '../../utils/i18n';
import { useDatabase } from '../shared/DatabaseContext';
import { usePromise } from '../shared/usePromise';
import { loadPopupData, takePreloadedPopupData } from './loadPopupData';
import { PopupApp } from './PopupApp';

/** Loads everything the popup shows in one parallel read, then renders it at once. */
export function PopupRoot() {
  const db = useDatabase();
  const data = usePromise(() => takePreloadedPopupData() ?? loadPopupData(db, Date.now()), [db]);
  if (data.status === 'loading') return null;
  if (data.status === 'error') {
    console.warn('Ask Anyway: popup data not loaded', data.error);
    return (
      <p role="alert" class="notice notice--error">
        {t('storageUnavailable')}
      </p>
    );
  }
  return <PopupApp initial={data.value} />;
}
