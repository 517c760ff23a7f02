import { browser } from 'wxt/browser';
import { type AutoBackupStatus, nextBackupAt, recordBackup } from '../backup/autoBackup';
import { AUTO_BACKUP_SETTINGS_KEY, readAutoBackup, saveAutoBackupStatus } from './autoBackupStore';
import { type BackupFileUrl, makeBackupFileUrl } from './backupFileMaker';
import { DOWNLOADS_PERMISSIONS } from './permissions';
import { getSettingsStore } from './settingsStore';

// The background's side of the automatic backup: one one-shot alarm at the next due time,
// a file written through the downloads API when it fires, the oldest of its own files
// removed, and the outcome kept for the options page. It never shows a notification.

export const AUTO_BACKUP_ALARM = 'autoBackup';
const OFFSCREEN_PAGE = '/offscreen.html';
const DOWNLOAD_TIMEOUT_MS = 60_000;

let queue: Promise<unknown> = Promise.resolve();

/** One at a time: a run and a re-plan never read the same status and both write it. */
function inTurn(work: () => Promise<void>): Promise<void> {
  const result = queue.catch(() => undefined).then(work);
  queue = result;
  return result;
}

/** Resolves once no run is in progress (before "Delete everything" clears what it writes). */
export function whenAutoBackupIdle(): Promise<void> {
  return queue.then(
    () => undefined,
    () => undefined,
  );
}

/** Arms the one alarm for the next file, or clears it when automatic backups are off. */
export function scheduleAutoBackup(now = Date.now()): Promise<void> {
  return inTurn(() => schedule(now));
}

async function schedule(now: number): Promise<void> {
  const { settings, status } = await readAutoBackup();
  const next = nextBackupAt(settings, status, now);
  if (next === null) await browser.alarms.clear(AUTO_BACKUP_ALARM);
  else await browser.alarms.create(AUTO_BACKUP_ALARM, { when: Math.max(next, now + 1_000) });
}

/** Where there is no DOM (Chromium's service worker), an offscreen document makes the file. */
async function backupFileUrl(
  settings: Record<string, unknown>,
  now: number,
): Promise<BackupFileUrl & { done(): void }> {
  if (typeof URL.createObjectURL === 'function') {
    const file = await makeBackupFileUrl(settings, now);
    return { ...file, done: () => URL.revokeObjectURL(file.url) };
  }
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (contexts.length === 0)
    await chrome.offscreen.createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['BLOBS'],
      justification: 'Makes the automatic backup file the person turned on, for the downloads API to save.',
    });
  const file = (await browser.runtime.sendMessage({
    type: 'makeBackupFile',
    settings,
    now,
  })) as BackupFileUrl;
  return { ...file, done: () => void chrome.offscreen.closeDocument().catch(() => undefined) };
}

/** Resolves when the download has finished writing, rejects when it failed. */
function whenDownloaded(id: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('the download did not finish')), DOWNLOAD_TIMEOUT_MS);
    const listener = (delta: { id: number; state?: { current?: string }; error?: { current?: string } }) => {
      if (delta.id !== id) return;
      if (delta.state?.current === 'complete') finish();
      else if (delta.state?.current === 'interrupted')
        finish(new Error(delta.error?.current ?? 'interrupted'));
    };
    function finish(error?: Error) {
      clearTimeout(timer);
      browser.downloads.onChanged.removeListener(listener);
      if (error) reject(error);
      else resolve();
    }
    browser.downloads.onChanged.addListener(listener);
    // It may have finished before the listener was added.
    browser.downloads.search({ id }).then(
      ([item]) => {
        if (item?.state === 'complete') finish();
        else if (item?.state === 'interrupted') finish(new Error(item.error ?? 'interrupted'));
      },
      (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

/** Writes one backup file now; records success or the reason it failed, and re-arms the alarm. */
export function runAutoBackup(now = Date.now()): Promise<void> {
  return inTurn(() => run(now));
}

async function run(now: number): Promise<void> {
  const { settings, status } = await readAutoBackup();
  if (!settings.enabled) return schedule(now);
  let next: AutoBackupStatus;
  try {
    if (!(await browser.permissions.contains(DOWNLOADS_PERMISSIONS))) throw new Error('permission');
    const file = await backupFileUrl({ ...(await getSettingsStore().get()) }, now);
    try {
      const id = await browser.downloads.download({
        url: file.url,
        filename: file.name,
        conflictAction: 'uniquify',
        saveAs: false,
      });
      await whenDownloaded(id);
      const [item] = await browser.downloads.search({ id });
      const name = item?.filename.split(/[\\/]/).at(-1) ?? file.name;
      const recorded = recordBackup(status, { id, name, at: now, asks: file.asks }, settings.keep);
      next = recorded.status;
      for (const old of recorded.remove) await removeOwnFile(old.id);
    } finally {
      file.done();
    }
  } catch (error) {
    console.warn('Ask Anyway: automatic backup failed', error);
    const reason = error instanceof Error ? error.message : String(error);
    next = { ...status, failure: { at: now, reason } };
  }
  await saveAutoBackupStatus(next);
  await schedule(now);
}

/** Removes a file this feature made; one the person moved or deleted is simply forgotten. */
async function removeOwnFile(id: number): Promise<void> {
  await browser.downloads.removeFile(id).catch(() => undefined);
  await browser.downloads.erase({ id }).catch(() => undefined);
}

/** In the background: the alarm, and a re-plan whenever the choice changes or the browser starts. */
export function registerAutoBackup(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_BACKUP_ALARM) void runAutoBackup();
  });
  // Alarms may not survive a browser restart or an update: armed again each time.
  browser.runtime.onStartup.addListener(() => void scheduleAutoBackup());
  browser.runtime.onInstalled.addListener(() => void scheduleAutoBackup());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && AUTO_BACKUP_SETTINGS_KEY in changes) void scheduleAutoBackup();
  });
}
