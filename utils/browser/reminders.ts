import { browser } from 'wxt/browser';
import { getDatabase } from '../db/database';
import { readReminderFacts } from '../db/reminderFacts';
import { normalizeReminderState } from '../reminders/defaults';
import { needsAlarm, planReminders, snoozeReminder } from '../reminders/plan';
import type { ReminderKind, ReminderState, SnoozeChoice } from '../reminders/types';
import { isSettingsChange } from '../settings';
import {
  clearNotification,
  kindOfNotification,
  notificationsAllowed,
  setBadge,
  showNotification,
} from './notifications';
import { readShownNotices, type ShownNotices, shownNoticesEntry } from './reminderNotices';
import { getSettingsStore } from './settingsStore';
import { openExtensionPage, openToolbarPopup } from './tabs';

// The background's side of reminders: it wires alarms, notifications and the badge to the
// planner in utils/reminders, which decides everything. Nothing is kept in globals between
// runs (a service worker is stopped when idle): state lives in storage.local.

export const REMINDER_ALARM = 'reminders';
const STATE_KEY = 'reminderState';

interface Stored {
  state: ReminderState;
  notices: ShownNotices;
}

async function readStored(): Promise<Stored> {
  const [stored, notices] = await Promise.all([browser.storage.local.get(STATE_KEY), readShownNotices()]);
  return { state: normalizeReminderState(stored[STATE_KEY]), notices };
}

async function runOnce(now: number): Promise<void> {
  const [settings, stored, allowed, facts] = await Promise.all([
    getSettingsStore().get(),
    readStored(),
    notificationsAllowed(),
    readReminderFacts(getDatabase(), now),
  ]);
  const input = {
    now,
    settings: settings.reminders,
    pause: settings.pause,
    badge: settings.badge,
    weeklyGoal: settings.weeklyGoal,
    state: stored.state,
    notificationsAllowed: allowed,
    ...facts,
  };
  const plan = planReminders(input);
  const notices = { ...stored.notices };
  for (const notice of plan.show) notices[notice.kind] = notice;
  // Stored before showing: a run that dies half-way may miss a reminder, but never repeats one.
  // Unchanged state is not written again, so an emptied storage (after "Delete everything")
  // stays empty while there is nothing to remember.
  if (plan.show.length > 0 || JSON.stringify(plan.state) !== JSON.stringify(stored.state))
    await browser.storage.local.set({ [STATE_KEY]: plan.state, ...shownNoticesEntry(notices) });
  // Re-armed whatever happens to the notifications, so later reminders still come.
  const armed = needsAlarm(input)
    ? browser.alarms.create(REMINDER_ALARM, { when: plan.nextCheckAt })
    : browser.alarms.clear(REMINDER_ALARM);
  for (const notice of plan.show)
    await showNotification(notice).catch((error: unknown) =>
      console.warn('Ask Anyway: notification not shown', notice.kind, error),
    );
  await Promise.all([armed, setBadge(plan.badge)]);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` after every run queued before it, so two events never read the same state. */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const result = queue.catch(() => undefined).then(work);
  queue = result;
  return result;
}

/**
 * Runs `work` (deleting everything, say) with no reminder run before it is done, so none can
 * re-arm an alarm or set the badge from data that is about to go.
 */
export function withRemindersHeld<T>(work: () => Promise<T>): Promise<T> {
  return inTurn(work);
}

/**
 * Plans now: shows what is due, sets the badge and re-arms the one alarm. Runs one at a
 * time, so two events arriving together cannot show the same reminder twice.
 */
export function runReminders(): Promise<void> {
  return inTurn(() => runOnce(Date.now())).catch((error: unknown) =>
    console.warn('Ask Anyway: reminders not planned', error),
  );
}

/** Where a reminder leads: the practice card, the awaiting asks or the asks to reflect on. */
export async function openReminder(kind: ReminderKind): Promise<void> {
  await clearNotification(kind);
  if (kind === 'practice') {
    if (!(await openToolbarPopup())) await openExtensionPage('/newtab.html', 'today');
  } else await openExtensionPage('/newtab.html', kind === 'followUp' ? 'awaiting' : 'unreflected');
}

/** Pushes a reminder back; returns when it will come again, or null if it is no longer there. */
export async function snoozeFromNotification(
  kind: ReminderKind,
  choice: SnoozeChoice,
): Promise<number | null> {
  await clearNotification(kind);
  const until = await inTurn(async () => {
    const [settings, stored] = await Promise.all([getSettingsStore().get(), readStored()]);
    const notice = stored.notices[kind];
    if (!notice) return null;
    const state = snoozeReminder(stored.state, notice, choice, Date.now(), settings.reminders);
    await browser.storage.local.set({ [STATE_KEY]: state });
    return state.snoozed.at(-1)?.until ?? null;
  });
  await runReminders(); // re-arms the alarm for the snooze
  return until;
}

/** In the background: every event that can change what is due re-plans. */
export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void runReminders();
  });
  // Alarms do not reliably survive a browser restart or an update: re-create them each time.
  browser.runtime.onStartup.addListener(() => void runReminders());
  browser.runtime.onInstalled.addListener(() => void runReminders());
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'sync' || area === 'local') && isSettingsChange(changes)) void runReminders();
  });
  browser.permissions.onAdded.addListener(() => {
    if (browser.notifications) registerNotificationClicks();
    void runReminders();
  });
  browser.permissions.onRemoved.addListener(() => void runReminders());
  // The notifications API exists only while its optional permission is granted.
  if (browser.notifications) registerNotificationClicks();
}

let clicksRegistered = false;

function registerNotificationClicks(): void {
  if (clicksRegistered) return;
  clicksRegistered = true;
  browser.notifications.onClicked.addListener((id) => {
    const kind = kindOfNotification(id);
    if (!kind) return;
    // Firefox notifications have no buttons: a click offers the same choices on a small page.
    if (import.meta.env.BROWSER === 'firefox') void openExtensionPage('/reminder.html', kind);
    else void openReminder(kind);
  });
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    const kind = kindOfNotification(id);
    if (kind) void snoozeFromNotification(kind, index === 0 ? 'hour' : 'tomorrow');
  });
}
