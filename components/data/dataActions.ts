import { attemptsToCsv } from '../../utils/backup/attemptsCsv';
import { type BackupFile, backupFileName } from '../../utils/backup/backupFormat';
import { describeProblem } from '../../utils/backup/importProblems';
import { parseBackup, refuseBySize } from '../../utils/backup/parseBackup';
import { type BackupPreview, previewBackup } from '../../utils/backup/previewBackup';
import { askBackground } from '../../utils/browser/askBackground';
import { getSettingsStore } from '../../utils/browser/settingsStore';
import { dayKey } from '../../utils/dates';
import {
  countAlreadyHere,
  deleteAllData,
  exportBackup,
  holdsData,
  type ImportMode,
  importBackup,
} from '../../utils/db/backup';
import { t } from '../../utils/i18n';
import { normalizeSettings } from '../../utils/settings';
import { DRAFT_MIRROR_PREFIX } from '../shared/draftMirror';
import { loadDatabase } from '../shared/loadDatabase';
import { saveFile } from './saveFile';

// What the "Your data" section does, bound to this browser: the components call these and
// show what they return.

/** Every localStorage key the product writes (snapshots, draft mirrors, the data stamp). */
const LOCAL_STORAGE_PREFIX = 'ask-anyway:';

/** The full backup as a file's name and text, without saving it anywhere. */
async function makeBackup(now: number): Promise<{ name: string; text: string }> {
  const [db, settings] = await Promise.all([loadDatabase(), getSettingsStore().get()]);
  const file = await exportBackup(db, { ...settings }, now);
  return { name: backupFileName('backup', now), text: JSON.stringify(file) };
}

export function saveBackupFile(file: { name: string; text: string }): void {
  saveFile(file.name, file.text, 'application/json');
}

export async function downloadBackup(now = Date.now()): Promise<string> {
  const file = await makeBackup(now);
  saveBackupFile(file);
  return file.name;
}

export async function downloadCsv(now = Date.now()): Promise<string> {
  const db = await loadDatabase();
  const name = backupFileName('asks', now);
  saveFile(name, attemptsToCsv(await db.attempts.toArray(), t), 'text/csv;charset=utf-8');
  return name;
}

export interface CheckedBackup {
  backup: BackupFile;
  preview: BackupPreview;
  alreadyHere: { asks: number; customAsks: number; asksHere: number };
}

export type CheckResult =
  | { ok: true; checked: CheckedBackup }
  | { ok: false; messages: string[]; total: number };

/** Reads and checks a chosen file in full; nothing is written. */
export async function checkBackupFile(file: File, onProgress: (share: number) => void): Promise<CheckResult> {
  // Refused before it is read: a huge file would only fill memory to be refused anyway.
  const result =
    refuseBySize(file.size) ??
    (await parseBackup(new Uint8Array(await file.arrayBuffer()), {
      now: Date.now(),
      // A turn for the page to paint the progress bar between batches of rows.
      onProgress: (share) => {
        onProgress(share);
        return new Promise((resolve) => setTimeout(resolve, 0));
      },
    }));
  if (!result.ok) {
    return {
      ok: false,
      messages: result.problems.map((problem) => describeProblem(problem, t)),
      total: result.total,
    };
  }
  const db = await loadDatabase();
  return {
    ok: true,
    checked: {
      backup: result.backup,
      preview: previewBackup(result.backup, dayKey),
      alreadyHere: await countAlreadyHere(db, result.backup),
    },
  };
}

export interface RestoreResult {
  asksWritten: number;
  /** Whether the backup's settings were saved; null when they were not asked for. */
  settingsSaved: boolean | null;
  /**
   * What Replace removed, kept in memory until the page closes: the download made first may
   * have been cancelled or blocked, and this is the person's way back. Null when nothing was.
   */
  replaced: { name: string; text: string } | null;
}

/**
 * Writes a checked backup. Replace first downloads a backup of what is here (when anything
 * is), and forgets the unsaved text mirrored from the old data, so none of it comes back
 * over the restored data.
 */
export async function restoreBackup(
  backup: BackupFile,
  mode: ImportMode,
  useSettings: boolean,
): Promise<RestoreResult> {
  const db = await loadDatabase();
  let replaced: RestoreResult['replaced'] = null;
  if (mode === 'replace' && (await holdsData(db))) {
    replaced = await makeBackup(Date.now());
    saveBackupFile(replaced);
  }
  const asksWritten = await importBackup(db, backup, mode);
  if (mode === 'replace') removeLocalKeys(DRAFT_MIRROR_PREFIX);
  let settingsSaved: boolean | null = null;
  if (useSettings && backup.settings) {
    try {
      await getSettingsStore().set(normalizeSettings(backup.settings));
      settingsSaved = true;
    } catch (error) {
      console.warn('Ask Anyway: restored settings not saved', error);
      settingsSaved = false;
    }
  }
  return { asksWritten, settingsSaved, replaced };
}

/**
 * Deletes everything the product keeps. The database goes first, from this page, so the stamp
 * its change writes to localStorage is written before localStorage is cleared.
 */
export async function deleteEverything(everywhere: boolean): Promise<void> {
  await deleteAllData(await loadDatabase());
  const reply = await askBackground({ type: 'deleteEverything', everywhere });
  if (!reply?.ok) throw new Error(reply?.ok === false ? reply.error : 'the background did not answer');
  removeLocalKeys(LOCAL_STORAGE_PREFIX);
}

function removeLocalKeys(prefix: string): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
      (key): key is string => key?.startsWith(prefix) ?? false,
    );
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // Storage disabled: there is nothing in it.
  }
}
