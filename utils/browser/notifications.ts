import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { noticeText } from '../reminders/noticeText';
import { isReminderKind, type ReminderKind, type ReminderNotice } from '../reminders/types';
import { hasNotifications } from './permissions';

// The one place that talks to the notifications API. `notifications` is an optional
// permission: every call first checks the API is there, because it is not until granted.

const PREFIX = 'ask-anyway:';

export function notificationId(kind: ReminderKind): string {
  return PREFIX + kind;
}

export function kindOfNotification(id: string): ReminderKind | null {
  const kind = id.startsWith(PREFIX) ? id.slice(PREFIX.length) : '';
  return isReminderKind(kind) ? kind : null;
}

export async function notificationsAllowed(): Promise<boolean> {
  if (!(await hasNotifications())) return false;
  try {
    // Chromium also lets the user block an extension's notifications in its own settings.
    const level = await browser.notifications.getPermissionLevel?.();
    return level === undefined || level === 'granted';
  } catch {
    return false;
  }
}

export async function showNotification(notice: ReminderNotice): Promise<void> {
  const { title, message } = noticeText(notice);
  await browser.notifications.create(notificationId(notice.kind), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    // Firefox refuses buttons; a click there opens a page with the same choices.
    ...(import.meta.env.BROWSER !== 'firefox' && {
      buttons: [{ title: t('snoozeHour') }, { title: t('snoozeTomorrow') }],
    }),
  });
}

export async function clearNotification(kind: ReminderKind): Promise<void> {
  try {
    await browser.notifications?.clear(notificationId(kind));
  } catch {
    // Already gone, or the permission was withdrawn: nothing to clear.
  }
}

export async function setBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  // A calm colour: the badge counts things waiting for the user, not things gone wrong.
  await browser.action.setBadgeBackgroundColor({ color: '#3f5f8a' });
}
