import { browser } from 'wxt/browser';

const NOTIFICATIONS = { permissions: ['notifications' as const] };

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
