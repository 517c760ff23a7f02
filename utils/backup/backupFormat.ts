import { dayKey } from '../dates';
import type { Attempt, CardEvent, CustomAsk, Draft, LadderEvent, MetaRow, SafetyEvent } from '../db/schema';

// The backup file: every store of the database that holds the person's own data, and their
// settings, under a header that says what made the file and what it holds. The running
// aggregates (`stats`) are not in it: they are rebuilt from the asks on the way back in.

export const BACKUP_APP = 'ask-anyway';
/** Bump when the file's shape changes, with an upgrade step in upgradeBackup.ts. */
export const BACKUP_FORMAT_VERSION = 1;

export const BACKUP_STORES = [
  'attempts',
  'customAsks',
  'ladderEvents',
  'cardEvents',
  'safetyEvents',
  'drafts',
  'meta',
] as const;
export type BackupStore = (typeof BACKUP_STORES)[number];

export interface BackupStores {
  attempts: Attempt[];
  customAsks: CustomAsk[];
  ladderEvents: LadderEvent[];
  cardEvents: CardEvent[];
  safetyEvents: SafetyEvent[];
  drafts: Draft[];
  meta: MetaRow[];
}

export interface BackupFile {
  app: typeof BACKUP_APP;
  formatVersion: number;
  schemaVersion: number;
  /** ISO 8601, for people reading the file. */
  exportedAt: string;
  counts: Record<BackupStore, number>;
  /** The settings as the browser's sync storage (or its local fallback) held them. */
  settings: Record<string, unknown> | null;
  stores: BackupStores;
}

/** Limits a real backup stays far inside (years of daily practice); anything beyond is refused. */
export const BACKUP_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  depth: 12,
  rows: {
    // About 1 kB an ask with reflections: 50,000 fill the 50 MB a file may have.
    attempts: 50_000,
    customAsks: 2_000,
    ladderEvents: 20_000,
    cardEvents: 400_000,
    safetyEvents: 20_000,
    drafts: 500,
    meta: 500,
  } satisfies Record<BackupStore, number>,
} as const;

/** `ask-anyway-backup-2026-11-30.json`, dated by the person's own calendar. */
export function backupFileName(kind: 'backup' | 'asks', now: number): string {
  return kind === 'backup' ? `ask-anyway-backup-${dayKey(now)}.json` : `ask-anyway-asks-${dayKey(now)}.csv`;
}

export function countRows(stores: BackupStores): Record<BackupStore, number> {
  return Object.fromEntries(BACKUP_STORES.map((name) => [name, stores[name].length])) as Record<
    BackupStore,
    number
  >;
}
