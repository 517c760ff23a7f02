import { BACKUP_APP, BACKUP_FORMAT_VERSION, type BackupFile, countRows } from '../backup/backupFormat';
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

export interface ImportSummary {
  /** Rows written (added or changed), per the person's words: asks and everything else. */
  asksWritten: number;
  otherRowsWritten: number;
}

/**
 * Writes a backup that parseBackup accepted. One transaction over every store: either all of
 * it lands and the aggregates are rebuilt from the result, or (on any failure) nothing changes.
 */
export async function importBackup(
  db: AskAnywayDatabase,
  backup: BackupFile,
  mode: ImportMode,
): Promise<ImportSummary> {
  const { stores } = backup;
  return db.transaction('rw', [...userTables(db), db.stats], async () => {
    let asksWritten = 0;
    let otherRowsWritten = 0;
    // When the database held no asks (a replace, or a restore onto a new device), every ask
    // now stored is one this import wrote: the aggregates are built from those, not read back.
    let nothingHere = mode === 'replace';
    if (mode === 'replace') {
      await Promise.all([...userTables(db), db.stats].map((table) => table.clear()));
      await db.attempts.bulkAdd(stores.attempts);
      await db.customAsks.bulkAdd(stores.customAsks);
      await db.ladderEvents.bulkAdd(stores.ladderEvents);
      await db.cardEvents.bulkAdd(stores.cardEvents);
      await db.safetyEvents.bulkAdd(stores.safetyEvents);
      await db.drafts.bulkAdd(stores.drafts);
      await db.meta.bulkAdd(stores.meta);
      asksWritten = stores.attempts.length;
      otherRowsWritten =
        stores.customAsks.length +
        stores.ladderEvents.length +
        stores.cardEvents.length +
        stores.safetyEvents.length +
        stores.drafts.length +
        stores.meta.length;
    } else {
      const pick = <T>(pairs: [T | undefined, T][], merge: (here: T | undefined, incoming: T) => T | null) =>
        pairs.map(([here, incoming]) => merge(here, incoming)).filter((row): row is T => row !== null);
      const zip = <T>(here: (T | undefined)[], incoming: T[]) =>
        incoming.map((row, i) => [here[i], row] as [T | undefined, T]);

      // Only the asks that are here are read: most of a restore is new rows.
      const idsHere = new Set(await db.attempts.toCollection().primaryKeys());
      nothingHere = idsHere.size === 0;
      const overlapping = stores.attempts.filter((a) => idsHere.has(a.id)).map((a) => a.id);
      const rowsHere = new Map(
        (await db.attempts.bulkGet(overlapping)).flatMap((a) => (a ? [[a.id, a]] : [])),
      );
      const attempts = stores.attempts
        .map((incoming) => mergeAttempt(rowsHere.get(incoming.id), incoming))
        .filter((row): row is Attempt => row !== null);
      const customAsks = pick(
        zip(await db.customAsks.bulkGet(stores.customAsks.map((a) => a.id)), stores.customAsks),
        mergeByUpdatedAt,
      );
      const drafts = pick(
        zip(await db.drafts.bulkGet(stores.drafts.map((d) => d.key)), stores.drafts),
        mergeByUpdatedAt,
      );
      const metaHere = new Map<string, MetaRow>((await db.meta.toArray()).map((row) => [row.key, row]));
      const meta = mergeMeta(metaHere, stores.meta);
      const ladderEvents = mergeEvents(await db.ladderEvents.toArray(), stores.ladderEvents);
      const cardEvents = mergeEvents(await db.cardEvents.toArray(), stores.cardEvents);
      const safetyEvents = mergeEvents(await db.safetyEvents.toArray(), stores.safetyEvents);

      await db.attempts.bulkPut(attempts);
      await db.customAsks.bulkPut(customAsks);
      await db.drafts.bulkPut(drafts);
      await db.meta.bulkPut(meta);
      await db.ladderEvents.bulkAdd(ladderEvents);
      await db.cardEvents.bulkAdd(cardEvents);
      await db.safetyEvents.bulkAdd(safetyEvents);
      asksWritten = attempts.length;
      otherRowsWritten =
        customAsks.length +
        drafts.length +
        meta.length +
        ladderEvents.length +
        cardEvents.length +
        safetyEvents.length;
    }
    const rows = rebuildStats(nothingHere ? stores.attempts : await db.attempts.toArray());
    await db.stats.clear();
    await db.stats.bulkPut([...rows.values()]);
    return { asksWritten, otherRowsWritten };
  });
}

/** Empties every store in one transaction: nothing of the person's is left in the database. */
export async function deleteAllData(db: AskAnywayDatabase): Promise<void> {
  await db.transaction('rw', [...userTables(db), db.stats], async () => {
    await Promise.all([...userTables(db), db.stats].map((table) => table.clear()));
  });
}
