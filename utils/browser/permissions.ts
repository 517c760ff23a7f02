import { type Browser, browser } from 'wxt/browser';

export const NOTIFICATIONS = { permissions: ['notifications' as const] };

/**
 * Asks the browser for the optional `notifications` permission. Call it straight from the
 * click or submit handler, before any other await: browsers only show the prompt in
 * response to the user's own action.
 */
export function requestNotifications(): Promise<boolean> {
  return requestOptional(NOTIFICATIONS);
}

/** The browser's prompt for optional permissions; a refusal or an error is a no. */
async function requestOptional(wanted: {
  permissions: Browser.runtime.ManifestPermission[];
}): Promise<boolean> {
  try {
    return await browser.permissions.request(wanted);
  } catch (error) {
    console.warn('Ask Anyway: permission not requested', wanted.permissions, error);
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
export function requestDownloads(): Promise<boolean> {
  return requestOptional(DOWNLOADS_PERMISSIONS);
}

/** Gives the permission back when automatic backups are turned off. */
export async function releaseDownloads(): Promise<void> {
  await browser.permissions.remove(DOWNLOADS_PERMISSIONS).catch(() => undefined);
}
