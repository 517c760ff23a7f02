import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  type BackupStores,
  countRows,
} from '../backup/backupFormat';
import { mergeAttempt, mergeByUpdatedAt, mergeEvents, mergeMeta } from '../backup/mergeBackup';
import { rebuildStats } from '../stats';
import type { AskAnywayDatabase } from './database';
import type { Attempt, MetaRow } from './schema';
import { CURRENT_SCHEMA_VERSION } from './versions';

// The database side of "Your data": a backup out, a checked backup in (in one transaction,
// with the aggregates rebuilt inside it), and everything gone.

function userTables(db: AskAnywayDatabase) {
  return [db.attempts, db.customAsks, db.ladderEvents, db.cardEvents, db.safetyEvents, db.drafts, db.meta];
}

/** Every store the person's data lives in, read in one transaction so the file is consistent. */
export async function exportBackup(
  db: AskAnywayDatabase,
  settings: Record<string, unknown> | null,
  now: number,
): Promise<BackupFile> {
  const stores = await db.transaction('r', userTables(db), async () => ({
    attempts: await db.attempts.toArray(),
    customAsks: await db.customAsks.toArray(),
    ladderEvents: await db.ladderEvents.toArray(),
    cardEvents: await db.cardEvents.toArray(),
    safetyEvents: await db.safetyEvents.toArray(),
    drafts: await db.drafts.toArray(),
    meta: await db.meta.toArray(),
  }));
  return {
    app: BACKUP_APP,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    counts: countRows(stores),
    settings,
    stores,
  };
}

/**
 * How many of the backup's asks and custom asks are here already (same id). Keys only: a
 * restore onto a new device finds none, without reading 20,000 rows to learn it.
 */
export async function countAlreadyHere(
  db: AskAnywayDatabase,
  backup: BackupFile,
): Promise<{ asks: number; customAsks: number; asksHere: number }> {
  const [attemptIds, customIds] = await Promise.all([
    db.attempts.toCollection().primaryKeys(),
    db.customAsks.toCollection().primaryKeys(),
  ]);
  const count = (ids: Set<string>, rows: { id: string }[]) => rows.filter((row) => ids.has(row.id)).length;
  return {
    asks: count(new Set(attemptIds), backup.stores.attempts),
    customAsks: count(new Set(customIds), backup.stores.customAsks),
    asksHere: attemptIds.length,
  };
}

/** Whether there is anything of the person's here that a replace would remove. */
export async function holdsData(db: AskAnywayDatabase): Promise<boolean> {
  const counts = await Promise.all(
    [db.attempts, db.customAsks, db.ladderEvents, db.drafts].map((table) => table.count()),
  );
  return counts.some((n) => n > 0);
}

export type ImportMode = 'merge' | 'replace';

/**
 * Writes a backup that parseBackup accepted. One transaction over every store: either all of
 * it lands and the aggregates are rebuilt from the result, or (on any failure) nothing changes.
 * Resolves to the number of asks written (added or changed).
 */
export async function importBackup(
  db: AskAnywayDatabase,
  backup: BackupFile,
  mode: ImportMode,
): Promise<number> {
  return db.transaction('rw', [...userTables(db), db.stats], async () => {
    const { written, nothingWasHere } =
      mode === 'replace' ? await replaceWith(db, backup.stores) : await mergeIn(db, backup.stores);
    // When no asks were here, every ask now stored is one just written: no need to read them back.
    const rows = rebuildStats(nothingWasHere ? written : await db.attempts.toArray());
    await db.stats.clear();
    await db.stats.bulkPut([...rows.values()]);
    return written.length;
  });
}

interface Written {
  written: Attempt[];
  nothingWasHere: boolean;
}

async function replaceWith(db: AskAnywayDatabase, stores: BackupStores): Promise<Written> {
  await Promise.all([...userTables(db), db.stats].map((table) => table.clear()));
  await db.attempts.bulkAdd(stores.attempts);
  await db.customAsks.bulkAdd(stores.customAsks);
  await db.ladderEvents.bulkAdd(stores.ladderEvents);
  await db.cardEvents.bulkAdd(stores.cardEvents);
  await db.safetyEvents.bulkAdd(stores.safetyEvents);
  await db.drafts.bulkAdd(stores.drafts);
  await db.meta.bulkAdd(stores.meta);
  return { written: stores.attempts, nothingWasHere: true };
}

/** Each incoming row merged with the row of the same key here, if any; rows to write. */
async function mergeByKey<T>(
  table: { bulkGet(keys: string[]): PromiseLike<(T | undefined)[]> },
  incoming: readonly T[],
  keyOf: (row: T) => string,
  merge: (here: T | undefined, incoming: T) => T | null,
): Promise<T[]> {
  const here = await table.bulkGet(incoming.map(keyOf));
  return incoming.flatMap((row, i) => merge(here[i], row) ?? []);
}

async function mergeIn(db: AskAnywayDatabase, stores: BackupStores): Promise<Written> {
  // Keys first, then only the asks that are here: most of a restore is new rows.
  const idsHere = new Set(await db.attempts.toCollection().primaryKeys());
  const overlapping = stores.attempts.filter((a) => idsHere.has(a.id));
  const attempts = [
    ...(await mergeByKey(db.attempts, overlapping, (a) => a.id, mergeAttempt)),
    ...stores.attempts.filter((a) => !idsHere.has(a.id)),
  ];
  const customAsks = await mergeByKey(db.customAsks, stores.customAsks, (a) => a.id, mergeByUpdatedAt);
  const drafts = await mergeByKey(db.drafts, stores.drafts, (d) => d.key, mergeByUpdatedAt);
  const metaHere = new Map<string, MetaRow>((await db.meta.toArray()).map((row) => [row.key, row]));
  await db.attempts.bulkPut(attempts);
  await db.customAsks.bulkPut(customAsks);
  await db.drafts.bulkPut(drafts);
  await db.meta.bulkPut(mergeMeta(metaHere, stores.meta));
  await db.ladderEvents.bulkAdd(mergeEvents(await db.ladderEvents.toArray(), stores.ladderEvents));
  await db.cardEvents.bulkAdd(mergeEvents(await db.cardEvents.toArray(), stores.cardEvents));
  await db.safetyEvents.bulkAdd(mergeEvents(await db.safetyEvents.toArray(), stores.safetyEvents));
  return { written: attempts, nothingWasHere: idsHere.size === 0 };
}

/** Empties every store in one transaction: nothing of the person's is left in the database. */
export async function deleteAllData(db: AskAnywayDatabase): Promise<void> {
  await db.transaction('rw', [...userTables(db), db.stats], async () => {
    await Promise.all([...userTables(db), db.stats].map((table) => table.clear()));
  });
}
