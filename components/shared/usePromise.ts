import { useEffect, useState } from 'preact/hooks';
import type { LiveResult } from './useLiveQuery';

/** A one-shot async read (settings, for instance) in the same shape as useLiveQuery. */
export function usePromise<T>(load: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setResult({ status: 'ready', value }),
      (error: unknown) => live && setResult({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return result;
}
