import { browser } from 'wxt/browser';
import { whenAutoBackupIdle } from './autoBackup';
import { DOWNLOADS_PERMISSIONS, NOTIFICATIONS } from './permissions';

/**
 * "Delete everything", the background's part: the extension's storage (and, when asked, the
 * settings everywhere they sync), alarms, notifications and the badge. The page that asked
 * has emptied the database first, and clears its localStorage after.
 */
export async function clearEverything(everywhere: boolean): Promise<void> {
  // A backup being written now would record itself after the clear.
  await whenAutoBackupIdle();
  await browser.storage.local.clear();
  if (everywhere) await browser.storage.sync.clear();
  await browser.alarms.clearAll();
  await browser.action.setBadgeText({ text: '' });
  if (browser.notifications) {
    const shown = Object.keys(await browser.notifications.getAll());
    await Promise.all(shown.map((id) => browser.notifications.clear(id)));
  }
  // What the person allowed goes too: a fresh start asks again.
  await browser.permissions
    .remove({ permissions: [...NOTIFICATIONS.permissions, ...DOWNLOADS_PERMISSIONS.permissions] })
    .catch(() => undefined);
}
