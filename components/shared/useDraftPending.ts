import { useEffect, useState } from 'preact/hooks';
import { loadDraft } from '../../utils/db/drafts';
import { readMirror } from './draftMirror';
import { loadDatabase } from './loadDatabase';

/**
 * Whether text is waiting in the draft `key` (null until known): a form a closed page left
 * half-typed opens again by itself.
 */
export function useDraftPending(key: string): boolean | null {
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    const mirrored = Object.keys(readMirror(key)?.fields ?? {}).length > 0;
    loadDatabase()
      .then((db) => loadDraft(db, key))
      .then(
        (stored) => live && setPending(mirrored || Object.keys(stored.fields).length > 0),
        () => live && setPending(mirrored),
      );
    return () => {
      live = false;
    };
  }, [key]);
  return pending;
}
