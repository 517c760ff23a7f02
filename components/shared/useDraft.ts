import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadDraft, saveDraft } from '../../utils/db/drafts';
import { clearMirror, readMirror, writeMirror } from './draftMirror';
import { loadDatabase } from './loadDatabase';

export type DraftFields = Record<string, string>;

export interface DraftState {
  loaded: boolean;
  fields: DraftFields;
  /** True while the last write failed; the text stays on screen and is written again on the next change. */
  saveFailed: boolean;
  setField: (name: string, value: string) => void;
  /** True while `commit` is saving the text for good. */
  saving: boolean;
  /**
   * Saves the text for good with `save` (a repository action that deletes the stored draft in
   * its own transaction). The mirror is cleared before the write, so a popup closing the
   * moment the write lands can never bring the old text back; if the write fails (resolves
   * false or throws), the mirror is put back and typing carries on as before.
   */
  commit: (save: () => Promise<boolean>) => Promise<boolean>;
  /** The text is dropped (a Cancel): no queued write brings it back, and the mirror goes. */
  discard: () => void;
}

/**
 * Keeps a form's text in IndexedDB as it is typed. Every change is written at once, one
 * write in flight at a time with the newest text queued behind it, and mirrored
 * synchronously (see draftMirror.ts) so a popup closing mid-keystroke loses nothing.
 */
export function useDraft(key: string): DraftState {
  const [loaded, setLoaded] = useState(false);
  const [fields, setFields] = useState<DraftFields>({});
  const [saveFailed, setSaveFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const savingNow = useRef(false);
  const queued = useRef<DraftFields | null>(null);
  const writing = useRef(false);
  const discarded = useRef(false);

  const pump = useCallback(async () => {
    if (writing.current) return;
    writing.current = true;
    while (queued.current && !discarded.current) {
      const next = queued.current;
      queued.current = null;
      try {
        await saveDraft(await loadDatabase(), key, next, Date.now());
        setSaveFailed(false);
      } catch (error) {
        console.warn('Ask Anyway: draft not saved', error);
        setSaveFailed(true);
      }
    }
    writing.current = false;
  }, [key]);

  useEffect(() => {
    let live = true;
    const mirror = readMirror(key);
    loadDatabase()
      .then((db) => loadDraft(db, key))
      .then(
        (stored) => {
          if (!live) return;
          // The mirror is newer when the last IndexedDB write did not finish: use it and write it back.
          const mirrorIsNewer = mirror !== null && mirror.updatedAt > stored.updatedAt;
          setFields(mirrorIsNewer ? mirror.fields : stored.fields);
          setLoaded(true);
          if (mirrorIsNewer) {
            queued.current = mirror.fields;
            void pump();
          }
        },
        () => {
          if (!live) return;
          if (mirror) setFields(mirror.fields);
          setLoaded(true);
        },
      );
    return () => {
      live = false;
    };
  }, [key, pump]);

  const setField = useCallback(
    (name: string, value: string) => {
      // Read-only while the text is being saved for good: what is saved is what was shown.
      if (savingNow.current) return;
      discarded.current = false;
      setFields((current) => {
        const next = { ...current, [name]: value };
        writeMirror(key, next, Date.now());
        queued.current = next;
        void pump();
        return next;
      });
    },
    [pump],
  );

  const discard = useCallback(() => {
    discarded.current = true;
    queued.current = null;
    clearMirror(key);
  }, [key]);

  const commit = useCallback(
    async (save: () => Promise<boolean>) => {
      const held = readMirror(key);
      discard();
      savingNow.current = true;
      setSaving(true);
      let saved = false;
      try {
        saved = await save();
        return saved;
      } finally {
        savingNow.current = false;
        setSaving(false);
        if (!saved) {
          discarded.current = false;
          if (held) writeMirror(key, held.fields, held.updatedAt);
        }
      }
    },
    [key, discard],
  );

  return { loaded, fields, saveFailed, saving, setField, commit, discard };
}
