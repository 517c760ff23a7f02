// What a page showed last time, kept in localStorage so the next open can paint at once:
// localStorage answers synchronously, while the first IndexedDB read in a fresh page costs
// about as much again as loading the whole page (measured in bench/run.ts). The page then
// re-reads IndexedDB, the store of record, and replaces the snapshot.
//
// A snapshot is only used while nothing has been written since it was taken: every write
// through Dexie from any extension page bumps a shared stamp (see utils/db/database.ts), and
// a snapshot taken under an older stamp, on another day or by another build is ignored.

const STAMP_KEY = 'ask-anyway:data-stamp';
const PREFIX = 'ask-anyway:snapshot:';
/** Bump when the shape of any snapshot changes. */
const FORMAT = 1;

interface Stored<T> {
  format: number;
  build: string;
  stamp: string;
  day: string;
  value: T;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (storage disabled)
  }
}

/** The stamp to record with a snapshot: read it before reading the data the snapshot holds. */
export function dataStamp(): string {
  return storage()?.getItem(STAMP_KEY) ?? 'none';
}

/** Marks every snapshot taken so far as out of date. */
export function bumpDataStamp(): void {
  try {
    storage()?.setItem(STAMP_KEY, `${Date.now()}-${Math.random().toString(36).slice(2)}`);
  } catch {
    // Full or disabled storage: no snapshot can be saved either, so none can be stale.
  }
}

export function saveSnapshot<T>(name: string, value: T, stamp: string, day: string, build: string): void {
  const record: Stored<T> = { format: FORMAT, build, stamp, day, value };
  try {
    storage()?.setItem(PREFIX + name, JSON.stringify(record));
  } catch {
    // A snapshot is only a head start; without one the page reads IndexedDB first.
  }
}

/** The snapshot, or null when there is none or it may no longer be true. */
export function readSnapshot<T>(name: string, day: string, build: string): T | null {
  const store = storage();
  if (!store) return null;
  try {
    const raw = store.getItem(PREFIX + name);
    if (!raw) return null;
    const record = JSON.parse(raw) as Partial<Stored<T>>;
    const current =
      record.format === FORMAT &&
      record.build === build &&
      record.day === day &&
      record.stamp === dataStamp() &&
      record.value !== undefined;
    return current ? (record.value as T) : null;
  } catch {
    return null;
  }
}
