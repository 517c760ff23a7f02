import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AskAnywayDatabase } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { DatabaseContext } from './DatabaseContext';
import { useReadyMark } from './useReadyMark';

type OpenState = 'opening' | 'open' | 'failed';

/**
 * Opens the database while the page's first reads are already queued (Dexie holds them
 * until it is open, so nothing waits twice), and says plainly when the browser will not
 * give us storage (private windows, "never remember history" in Firefox).
 */
export function StorageGate({ db, children }: { db: AskAnywayDatabase; children: ComponentChildren }) {
  const [state, setState] = useState<OpenState>(db.isOpen() ? 'open' : 'opening');
  useEffect(() => {
    if (state !== 'opening') return;
    db.open().then(
      () => setState('open'),
      (error: unknown) => {
        console.warn('Ask Anyway: could not open the database', error);
        setState('failed');
      },
    );
  }, [db, state]);
  useReadyMark(state === 'failed');

  if (state === 'failed') {
    return (
      <p role="alert" class="notice notice--error">
        {t('storageUnavailable')}
      </p>
    );
  }
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>;
}
