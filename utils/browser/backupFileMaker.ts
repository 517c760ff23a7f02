import { browser } from 'wxt/browser';
import { backupFileName } from '../backup/backupFormat';
import { exportBackup } from '../db/backup';
import { getDatabase } from '../db/database';

// The backup file as a blob: URL the downloads API can save, made wherever there is a DOM:
// Firefox's event page itself, or (Chromium) an offscreen document on the background's behalf,
// which is closed (and its URL with it) once the download is written.

export interface BackupFileUrl {
  url: string;
  name: string;
  /** How many asks the file holds. */
  asks: number;
}

export interface MakeBackupFileRequest {
  type: 'makeBackupFile';
  settings: Record<string, unknown> | null;
  now: number;
}

export async function makeBackupFileUrl(
  settings: Record<string, unknown> | null,
  now: number,
): Promise<BackupFileUrl> {
  const file = await exportBackup(getDatabase(), settings, now);
  const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
  return { url: URL.createObjectURL(blob), name: backupFileName('backup', now), asks: file.counts.attempts };
}

function isMakeRequest(message: unknown): message is MakeBackupFileRequest {
  const m = message as Partial<MakeBackupFileRequest> | null;
  return m?.type === 'makeBackupFile' && typeof m.now === 'number' && typeof m.settings === 'object';
}

/** In the offscreen document: answers the background's requests for a backup file. */
export function registerBackupFileMaker(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return isMakeRequest(message) ? makeBackupFileUrl(message.settings, message.now) : undefined;
  });
}
