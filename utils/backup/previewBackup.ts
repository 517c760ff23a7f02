import type { BackupFile } from './backupFormat';

/** What a person sees before a backup is written: enough to know it is the right file. */
export interface BackupPreview {
  asks: number;
  customAsks: number;
  reflections: number;
  /** Local day keys of the first and last ask, or null for a backup without asks. */
  firstDay: string | null;
  lastDay: string | null;
  exportedAt: string;
  hasSettings: boolean;
}

export function previewBackup(backup: BackupFile, dayOf: (at: number) => string): BackupPreview {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let reflections = 0;
  for (const attempt of backup.stores.attempts) {
    const at = attempt.doneAt ?? attempt.committedAt;
    if (at < first) first = at;
    if (at > last) last = at;
    if (attempt.reflection) reflections += 1;
  }
  const any = backup.stores.attempts.length > 0;
  return {
    asks: backup.stores.attempts.length,
    customAsks: backup.stores.customAsks.length,
    reflections,
    firstDay: any ? dayOf(first) : null,
    lastDay: any ? dayOf(last) : null,
    exportedAt: backup.exportedAt,
    hasSettings: backup.settings !== null,
  };
}
