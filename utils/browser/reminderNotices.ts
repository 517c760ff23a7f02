import { browser } from 'wxt/browser';
import type { ReminderKind, ReminderNotice } from '../reminders/types';

/** The notice each notification on screen stands for, so a click or snooze knows what it meant. */
const NOTICES_KEY = 'reminderNotices';

export type ShownNotices = Partial<Record<ReminderKind, ReminderNotice>>;

export async function readShownNotices(): Promise<ShownNotices> {
  const notices = (await browser.storage.local.get(NOTICES_KEY))[NOTICES_KEY];
  return typeof notices === 'object' && notices !== null ? (notices as ShownNotices) : {};
}

export function shownNoticesEntry(notices: ShownNotices): Record<string, ShownNotices> {
  return { [NOTICES_KEY]: notices };
}
