import { browser } from 'wxt/browser';
import {
  type AutoBackupSettings,
  type AutoBackupStatus,
  readAutoBackupSettings,
  readAutoBackupStatus,
} from '../backup/autoBackup';

// The automatic backup's choice and outcome, kept in this device's local storage: the files
// land in this device's downloads folder, under a permission this browser gave.

export const AUTO_BACKUP_SETTINGS_KEY = 'autoBackup';
export const AUTO_BACKUP_STATUS_KEY = 'autoBackupStatus';

export interface AutoBackupState {
  settings: AutoBackupSettings;
  status: AutoBackupStatus;
}

export async function readAutoBackup(): Promise<AutoBackupState> {
  const stored = await browser.storage.local.get([AUTO_BACKUP_SETTINGS_KEY, AUTO_BACKUP_STATUS_KEY]);
  return {
    settings: readAutoBackupSettings(stored[AUTO_BACKUP_SETTINGS_KEY]),
    status: readAutoBackupStatus(stored[AUTO_BACKUP_STATUS_KEY]),
  };
}

export async function saveAutoBackupSettings(settings: AutoBackupSettings): Promise<void> {
  await browser.storage.local.set({ [AUTO_BACKUP_SETTINGS_KEY]: settings });
}

export async function saveAutoBackupStatus(status: AutoBackupStatus): Promise<void> {
  await browser.storage.local.set({ [AUTO_BACKUP_STATUS_KEY]: status });
}

/** Calls `listener` when the choice or the outcome changes (the background wrote a file). */
export function onAutoBackupChange(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (AUTO_BACKUP_SETTINGS_KEY in changes || AUTO_BACKUP_STATUS_KEY in changes))
      listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
