import * as v from 'valibot';
import type { DraftFields } from './useDraft';

// A synchronous copy of each draft in localStorage. IndexedDB writes are asynchronous: a
// popup that closes in the same instant as a keystroke can take the write down with it.
// localStorage.setItem hands the text to the browser before the next line runs, so the
// newest text survives; IndexedDB stays the store of record and is healed from this copy.

/** What a mirror must hold to be trusted: anything else (another version's, damaged) is ignored. */
const MIRRORED = v.object({
  fields: v.record(v.string(), v.string()),
  updatedAt: v.pipe(v.number(), v.finite()),
});
type Mirrored = v.InferOutput<typeof MIRRORED>;

export const DRAFT_MIRROR_PREFIX = 'ask-anyway:draft:';
const PREFIX = DRAFT_MIRROR_PREFIX;

export function readMirror(key: string): Mirrored | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return v.is(MIRRORED, parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeMirror(key: string, fields: DraftFields, updatedAt: number): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ fields, updatedAt }));
  } catch {
    // Storage full or disabled: IndexedDB still has the draft.
  }
}

export function clearMirror(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to clear
  }
}
