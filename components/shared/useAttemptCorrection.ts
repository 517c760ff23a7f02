import { useState } from 'preact/hooks';
import type { AttemptEdit } from '../../utils/attemptEdit';
import { type DeletedAttempt, deleteAttempt, editAttempt, restoreAttempt } from '../../utils/db/attempts';
import type { AskAnywayDatabase } from '../../utils/db/database';
import { clearDraft } from '../../utils/db/drafts';
import type { Attempt } from '../../utils/db/schema';
import { loadDatabase } from './loadDatabase';

/** A page's way of running one write (busy while it runs); resolves to whether it was saved. */
export type RunWrite = (action: (db: AskAnywayDatabase) => Promise<unknown>) => Promise<boolean>;

export interface AttemptCorrection {
  /** The last ask deleted on this page, kept (with everything the delete took) for its Undo. */
  deleted: DeletedAttempt | null;
  /** What the last correction did, in words: saved, or brought back. */
  done: { kind: 'edited' | 'restored'; title: string } | null;
  edit: (attempt: Attempt, edit: AttemptEdit, draftKey: string) => Promise<boolean>;
  /** Cancel: the edit's draft goes, then the form may close. */
  cancelEdit: (draftKey: string) => Promise<void>;
  remove: (attempt: Attempt) => Promise<boolean>;
  undo: () => Promise<boolean>;
}

/**
 * Correcting and deleting a logged ask from a page, with Undo for as long as the page stays
 * open: the deleted row lives here, in memory, not in the database it was deleted from.
 */
export function useAttemptCorrection(run: RunWrite): AttemptCorrection {
  const [deleted, setDeleted] = useState<DeletedAttempt | null>(null);
  const [done, setDone] = useState<AttemptCorrection['done']>(null);
  return {
    deleted,
    done,
    edit: async (attempt, edit, draftKey) => {
      const saved = await run((db) => editAttempt(db, attempt.id, edit, Date.now(), draftKey));
      if (saved) setDone({ kind: 'edited', title: attempt.askTitle });
      return saved;
    },
    cancelEdit: async (draftKey) => {
      try {
        await clearDraft(await loadDatabase(), draftKey);
      } catch (error) {
        console.warn('Ask Anyway: cancelled draft not removed', error);
      }
    },
    remove: async (attempt) => {
      let removed: DeletedAttempt | null = null;
      const saved = await run(async (db) => {
        removed = await deleteAttempt(db, attempt.id);
      });
      if (saved && removed) {
        setDeleted(removed);
        setDone(null);
      }
      return saved;
    },
    undo: async () => {
      if (!deleted) return false;
      const saved = await run((db) => restoreAttempt(db, deleted));
      if (saved) {
        setDeleted(null);
        setDone({ kind: 'restored', title: deleted.attempt.askTitle });
      }
      return saved;
    },
  };
}
