import * as v from 'valibot';

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

const ENVELOPE = v.object({
  format: v.number(),
  build: v.string(),
  stamp: v.string(),
  day: v.string(),
  value: v.unknown(),
});

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

/**
 * The snapshot, or null when there is none, it may no longer be true, or it is not the shape
 * the page paints (`schema`): localStorage is the page's to read, but not its to trust.
 */
export function readSnapshot<T>(
  name: string,
  day: string,
  build: string,
  schema: v.GenericSchema<unknown, T>,
): T | null {
  const store = storage();
  if (!store) return null;
  try {
    const raw = store.getItem(PREFIX + name);
    if (!raw) return null;
    const record: unknown = JSON.parse(raw);
    if (!v.is(ENVELOPE, record)) return null;
    const current =
      record.format === FORMAT &&
      record.build === build &&
      record.day === day &&
      record.stamp === dataStamp();
    if (!current) return null;
    const checked = v.safeParse(schema, record.value);
    return checked.success ? checked.output : null;
  } catch {
    return null;
  }
}
