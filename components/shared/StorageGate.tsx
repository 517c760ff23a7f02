import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AskAnywayDatabase } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { DatabaseContext } from './DatabaseContext';
import { loadDatabase } from './loadDatabase';
import { useReadyMark } from './useReadyMark';

type OpenState = { status: 'opening' } | { status: 'open'; db: AskAnywayDatabase } | { status: 'failed' };

/**
 * Renders the page once the database is open, and says plainly when the browser will not
 * give us storage (private windows, "never remember history" in Firefox). Opening takes a
 * few milliseconds, so nothing is shown meanwhile rather than a flash of a loading state.
 */
export function StorageGate({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<OpenState>({ status: 'opening' });
  useEffect(() => {
    let live = true;
    loadDatabase().then(
      (db) => live && setState({ status: 'open', db }),
      (error: unknown) => {
        console.warn('Ask Anyway: could not open the database', error);
        if (live) setState({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  useReadyMark(state.status === 'failed');

  if (state.status === 'failed') return <StorageUnavailable />;
  if (state.status === 'opening') return null;
  return <DatabaseContext.Provider value={state.db}>{children}</DatabaseContext.Provider>;
}

export function StorageUnavailable() {
  return (
    <p role="alert" class="notice notice--error">
      {t('storageUnavailable')}
    </p>
  );
}
