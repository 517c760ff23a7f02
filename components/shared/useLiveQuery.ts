import { useEffect, useState } from 'preact/hooks';
import { loadDatabaseRuntime } from './loadDatabase';

export type LiveResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown };

/** Dexie's liveQuery for Preact: re-runs when any page writes to the tables it read. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let live = true;
    loadDatabaseRuntime().then(
      ({ liveQuery }) => {
        if (!live) return;
        const subscription = liveQuery(query).subscribe({
          next: (value) => setResult({ status: 'ready', value }),
          error: (error: unknown) => setResult({ status: 'error', error }),
        });
        unsubscribe = () => subscription.unsubscribe();
      },
      (error: unknown) => live && setResult({ status: 'error', error }),
    );
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, deps);
  return result;
}
