import { browser } from 'wxt/browser';

export const NOTIFICATIONS = { permissions: ['notifications' as const] };

/**
 * Asks the browser for the optional `notifications` permission. Call it straight from the
 * click or submit handler, before any other await: browsers only show the prompt in
 * response to the user's own action.
 */
export async function requestNotifications(): Promise<boolean> {
  try {
    return await browser.permissions.request(NOTIFICATIONS);
  } catch (error) {
    console.warn('Ask Anyway: notifications permission not requested', error);
    return false;
  }
}

export async function hasNotifications(): Promise<boolean> {
  try {
    return await browser.permissions.contains(NOTIFICATIONS);
  } catch {
    return false;
  }
}

/**
 * What the automatic backup needs: the downloads API, and in Chromium an offscreen document
 * to make the file in (its service worker cannot make a file URL).
 */
export const DOWNLOADS_PERMISSIONS = {
  permissions:
    import.meta.env.BROWSER === 'firefox'
      ? ['downloads' as const]
      : ['downloads' as const, 'offscreen' as const],
};

/** Asks for the downloads permission; like requestNotifications, straight from the click. */
export async function requestDownloads(): Promise<boolean> {
  try {
    return await browser.permissions.request(DOWNLOADS_PERMISSIONS);
  } catch (error) {
    console.warn('Ask Anyway: downloads permission not requested', error);
    return false;
  }
}

/** Gives the permission back when automatic backups are turned off. */
export async function releaseDownloads(): Promise<void> {
  await browser.permissions.remove(DOWNLOADS_PERMISSIONS).catch(() => undefined);
}
