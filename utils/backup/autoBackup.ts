import * as v from 'valibot';
import { DAY_MS } from '../ladder/rules';

// The opt-in automatic backup, as pure decisions: when the next file is due, and which of
// the files it made itself are past the number to keep. The background does the rest
// (utils/browser/autoBackup.ts).

export type BackupEvery = 'daily' | 'weekly';

export interface AutoBackupSettings {
  enabled: boolean;
  every: BackupEvery;
  /** How many of its own files to keep in the downloads folder; older ones are removed. */
  keep: number;
}

export interface BackupFileMade {
  /** The browser's download id, which removing the file needs. */
  id: number;
  name: string;
  at: number;
  /** How many asks it holds: a fuller file is never removed to make room for an emptier one. */
  asks: number;
}

export interface AutoBackupStatus {
  lastAt?: number;
  lastFile?: string;
  /** The last attempt failed, when and why (for options, never a notification). */
  failure?: { at: number; reason: string };
  files: BackupFileMade[];
}

export const KEEP_MIN = 1;
export const KEEP_MAX = 30;
export const DEFAULT_AUTO_BACKUP: Readonly<AutoBackupSettings> = { enabled: false, every: 'weekly', keep: 4 };
/** After a failure, the next try: soon enough to matter, never a loop. */
export const RETRY_AFTER_MS = 6 * 3_600_000;

const settingsSchema = v.object({
  enabled: v.boolean(),
  every: v.picklist(['daily', 'weekly']),
  keep: v.pipe(v.number(), v.integer(), v.minValue(KEEP_MIN), v.maxValue(KEEP_MAX)),
});

const statusSchema = v.object({
  lastAt: v.optional(v.number()),
  lastFile: v.optional(v.string()),
  failure: v.optional(v.object({ at: v.number(), reason: v.string() })),
  files: v.array(v.object({ id: v.number(), name: v.string(), at: v.number(), asks: v.number() })),
});

/** Stored values are read back through a schema: anything else gives the defaults. */
export function readAutoBackupSettings(raw: unknown): AutoBackupSettings {
  const result = v.safeParse(settingsSchema, raw);
  return result.success ? result.output : { ...DEFAULT_AUTO_BACKUP };
}

export function readAutoBackupStatus(raw: unknown): AutoBackupStatus {
  const result = v.safeParse(statusSchema, raw);
  return result.success ? result.output : { files: [] };
}

const PERIOD_MS: Record<BackupEvery, number> = { daily: DAY_MS, weekly: 7 * DAY_MS };

/** When the next file is due (now, when one is overdue or none was made); null when off. */
export function nextBackupAt(
  settings: AutoBackupSettings,
  status: AutoBackupStatus,
  now: number,
): number | null {
  if (!settings.enabled) return null;
  const fromSuccess = status.lastAt === undefined ? now : status.lastAt + PERIOD_MS[settings.every];
  const fromFailure =
    status.failure && (status.lastAt === undefined || status.failure.at > status.lastAt)
      ? status.failure.at + RETRY_AFTER_MS
      : Number.NEGATIVE_INFINITY;
  return Math.max(now, fromSuccess, fromFailure);
}

/**
 * The status after a file was made, and the files of its own to remove (oldest first): those
 * past the number to keep, except any holding more asks than the new one. If the data ever
 * shrank (a wrong file restored over it, storage lost), the fuller backups stay.
 */
export function recordBackup(
  status: AutoBackupStatus,
  made: BackupFileMade,
  keep: number,
): { status: AutoBackupStatus; remove: BackupFileMade[] } {
  const files = [...status.files, made].sort((a, b) => a.at - b.at);
  const remove = files.slice(0, Math.max(0, files.length - keep)).filter((file) => file.asks <= made.asks);
  return {
    status: { lastAt: made.at, lastFile: made.name, files: files.filter((file) => !remove.includes(file)) },
    remove,
  };
}
