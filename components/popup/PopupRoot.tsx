import { loadDatabase } from '../shared/loadDatabase';
import { StorageUnavailable } from '../shared/StorageGate';
import { usePromise } from '../shared/usePromise';
import { type PopupData, readFreshPopupData } from './loadPopupData';
import { PopupApp } from './PopupApp';

/**
 * With a current snapshot the popup renders at once and refreshes behind it; without one
 * (first open, first of the day, or after a change) it reads IndexedDB first.
 */
export function PopupRoot({ snapshot }: { snapshot: PopupData | null }) {
  if (snapshot) return <PopupApp initial={snapshot} fromSnapshot />;
  return <ColdPopup />;
}

function ColdPopup() {
  const data = usePromise(async () => readFreshPopupData(await loadDatabase(), Date.now()), []);
  if (data.status === 'loading') return null;
  if (data.status === 'error') {
    console.warn('Ask Anyway: popup data not loaded', data.error);
    return <StorageUnavailable />;
  }
  return <PopupApp initial={data.value} fromSnapshot={false} />;
}
