import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from './versions';

// Read-only access to the database without Dexie, for the new tab: every new tab loads its
// script, and Dexie alone is about 31 kB of the page's 45 kB budget (gzipped). Writes still
// go through Dexie and the repository functions, elsewhere.

export interface LastOptions<T> {
  index?: string;
  range?: IDBKeyRange;
  count: number;
  /** Matching rows to pass over first (a later page). */
  skip?: number;
  filter?: (row: T) => boolean;
  /** Stop after looking at this many rows, matching or not: a bound for a page's load path. */
  maxScanned?: number;
}

export interface LastRows<T> {
  rows: T[];
  /** False when `maxScanned` stopped the read: older matches may exist. */
  complete: boolean;
}

export interface RawReader {
  get<T>(store: string, key: IDBValidKey): Promise<T | undefined>;
  /** Rows in key order (of the index, if given) within `range`, at most `count` of them. */
  getAll<T>(store: string, options?: { index?: string; range?: IDBKeyRange; count?: number }): Promise<T[]>;
  /** How many rows (of the index, if given) fall within `range`. */
  count(store: string, options?: { index?: string; range?: IDBKeyRange }): Promise<number>;
  /** Rows from the end of the key order backwards: newest first for a date index. */
  getLast<T>(store: string, options: LastOptions<T>): Promise<LastRows<T>>;
  close(): void;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Opens the database for reading, or resolves to null when there is none yet (nothing has
 * been saved) or it has not been upgraded to this build's schema yet (Dexie does that on
 * its next open; reading an older layout here could misread it).
 */
export function openRawReader(factory: IDBFactory = indexedDB): Promise<RawReader | null> {
  return new Promise((resolve, reject) => {
    const open = factory.open(DATABASE_NAME);
    let missing = false;
    open.onupgradeneeded = () => {
      // No database yet: do not create an empty one (Dexie creates it with its schema).
      missing = true;
      open.transaction?.abort();
    };
    open.onerror = (event) => {
      if (missing) {
        event.preventDefault();
        resolve(null);
      } else reject(open.error);
    };
    open.onsuccess = () => {
      const db = open.result;
      if (db.version !== CURRENT_SCHEMA_VERSION * 10) {
        db.close();
        resolve(null);
        return;
      }
      // Never hold up a schema upgrade another page starts.
      db.onversionchange = () => db.close();
      resolve(readerFor(db));
    };
  });
}

function readerFor(db: IDBDatabase): RawReader {
  const source = (store: string, index?: string): IDBObjectStore | IDBIndex => {
    const objectStore = db.transaction(store, 'readonly').objectStore(store);
    return index ? objectStore.index(index) : objectStore;
  };
  return {
    get: <T>(store: string, key: IDBValidKey) => request(source(store).get(key)) as Promise<T | undefined>,
    getAll: <T>(store: string, options: { index?: string; range?: IDBKeyRange; count?: number } = {}) =>
      request(source(store, options.index).getAll(options.range ?? null, options.count)) as Promise<T[]>,
    count: (store: string, options: { index?: string; range?: IDBKeyRange } = {}) =>
      request(source(store, options.index).count(options.range)),
    getLast: <T>(store: string, options: LastOptions<T>) =>
      new Promise<LastRows<T>>((resolve, reject) => {
        const rows: T[] = [];
        let toSkip = options.skip ?? 0;
        let scanned = 0;
        const cursor = source(store, options.index).openCursor(options.range ?? null, 'prev');
        cursor.onerror = () => reject(cursor.error);
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at || rows.length >= options.count) {
            resolve({ rows, complete: true });
            return;
          }
          if (options.maxScanned !== undefined && scanned >= options.maxScanned) {
            resolve({ rows, complete: false });
            return;
          }
          scanned++;
          const row = at.value as T;
          if (!options.filter || options.filter(row)) {
            if (toSkip > 0) toSkip--;
            else rows.push(row);
          }
          at.continue();
        };
      }),
    close: () => db.close(),
  };
}
