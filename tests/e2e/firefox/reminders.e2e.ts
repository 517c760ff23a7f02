import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayKey } from '../../../utils/dates';
import type { Attempt } from '../../../utils/db/schema';
import { DEFAULT_REMINDER_SETTINGS } from '../../../utils/reminders/defaults';
import { FIREFOX_ORIGIN, useFirefoxExtension } from '../harness/firefox';
import { seededAttempt } from '../harness/seededAttempt';
import {
  clickButton,
  openTab,
  putRows,
  radio,
  startAsk,
  text,
  waitFor,
  waitForGone,
  waitForTab,
  waitForTextPart,
} from './pageActions';

// The reminder flows of tests/e2e/chromium/reminders.e2e.ts, in Firefox ESR. Firefox has no
// notification buttons: a reminder's click opens reminder.html with the same choices, and
// the tests open that page as the click would. Notifications are read with the extension's
// own notifications.getAll (Firefox's alert window closes them by itself after 20 s, so each
// test reads them just after they come). Every test starts from an emptied history, no
// reminder state and nothing on screen, and sets the settings it needs: they pass in any order.
const firefox = useFirefoxExtension();

const PRACTICE = 'ask-anyway:practice';
const FOLLOW_UP = 'ask-anyway:followUp';
const REFLECTION = 'ask-anyway:reflection';

const NO_PAUSE = { pausedUntil: null, pausedIndefinitely: false };
/** As a new user has them: off, Monday, Wednesday and Friday at 18:00, quiet 21:30 to 08:00. */
const DEFAULT_REMINDERS = DEFAULT_REMINDER_SETTINGS;
/** On, every day at 00:00 and no quiet hours: today's nudge is due whenever the test runs. */
const DUE_NOW = {
  ...DEFAULT_REMINDERS,
  enabled: true,
  days: [0, 1, 2, 3, 4, 5, 6],
  time: '00:00',
  quietStart: '21:30',
  quietEnd: '21:30',
};

/** What the background's notifications.getAll lists now, by id. */
const onScreen = async (page: Page) =>
  Object.keys(
    await page.evaluate(() => (browser.notifications ? browser.notifications.getAll() : {})),
  ).sort();
const shown = (page: Page, id: string) =>
  page.evaluate(async (id) => {
    const all = (await browser.notifications.getAll()) as unknown as Record<
      string,
      { title?: string; message?: string }
    >;
    const notification = all[id];
    return notification ? { title: notification.title, message: notification.message } : null;
  }, id);
const badge = (page: Page) => page.evaluate(() => browser.action.getBadgeText({}));
const alarmTime = (page: Page) =>
  page.evaluate(async () => (await browser.alarms.get('reminders'))?.scheduledTime ?? null);
const allowed = (page: Page) =>
  page.evaluate(() => browser.permissions.contains({ permissions: ['notifications'] }));
const reminderState = (page: Page) =>
  page.evaluate(async () => (await browser.storage.local.get('reminderState')).reminderState) as Promise<{
    nudgedDay?: string;
    snoozed: { kind: string; until: number }[];
  }>;

/**
 * Asks the background to plan now. Its runs go one at a time and it answers once this one is
 * done: whatever it shows is on screen by then, so what is not there was not shown.
 */
async function replan(page: Page): Promise<void> {
  expect(await page.evaluate(() => browser.runtime.sendMessage({ type: 'refreshReminders' }))).toEqual({
    ok: true,
  });
}

/** Stores settings as the options page does (one sync item each), then waits for the plan they make. */
async function settle(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (items) => browser.storage.sync.set(items),
    Object.fromEntries(Object.entries(settings).map(([name, value]) => [`setting.${name}`, value])),
  );
  await replan(page);
}

/** A real click: Firefox grants a permission only from the user's own input. */
const realClick = (page: Page, selector: string) => page.locator(selector).click();

/** Ticks or unticks a checkbox with a real click, if it is not that way already. */
async function setChecked(page: Page, selector: string, checked: boolean): Promise<void> {
  if ((await page.$eval(selector, (el) => (el as HTMLInputElement).checked)) !== checked)
    await realClick(page, selector);
  expect(await page.$eval(selector, (el) => (el as HTMLInputElement).checked)).toBe(checked);
}

/** The reminder form's first checkbox, "Send me reminders". */
const ENABLE = '#reminders form > label.checkbox:first-of-type input';

/**
 * Starts a test (in its fresh profile) with practice paused and reminders off, so nothing can
 * come until the test sets what it needs. With `allowed`, notifications are allowed the way a
 * person allows them (ticked and saved in options, the browser granting its permission); a
 * fresh profile has not allowed them yet.
 */
async function startAfresh({ allowed: wanted }: { allowed: boolean }): Promise<void> {
  const { page } = firefox();
  await firefox().goto('options.html');
  await settle(page, {
    reminders: DEFAULT_REMINDERS,
    pause: { pausedUntil: null, pausedIndefinitely: true },
    badge: true,
    weeklyGoal: 3,
    newtabMinimal: false,
  });
  expect(await allowed(page)).toBe(false);
  if (wanted) {
    await firefox().goto('options.html');
    await setChecked(page, ENABLE, true);
    await realClick(page, '::-p-text(Save reminders)');
    await page.waitForFunction(() => document.querySelector('#reminders-status')?.textContent === 'Saved.', {
      timeout: 10_000,
    });
    expect(await allowed(page)).toBe(true);
    await settle(page, { reminders: DEFAULT_REMINDERS });
  }
  await page.evaluate(async () => {
    await browser.storage.local.remove(['reminderState', 'reminderNotices']);
    if (!browser.notifications) return;
    for (const id of Object.keys(await browser.notifications.getAll())) await browser.notifications.clear(id);
  });
  expect(await onScreen(page)).toEqual([]);
}

/** An answered ask done yesterday and not reflected on: its prompt is due today. */
const reflectMe = (): Attempt =>
  seededAttempt(1, 1, {
    id: 'reflect-me',
    askTitle: 'Ask a colleague for feedback',
    level: 1,
    forecastDiscomfort: 4,
    expectedAnswer: 'yes',
    actualDiscomfort: 2,
  });

/** Reads the one ask waiting for a reply, straight from the database. */
const awaitingAttempt = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Attempt>((resolve, reject) => {
        const open = indexedDB.open('ask-anyway');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result
            .transaction('attempts')
            .objectStore('attempts')
            .index('state')
            .getAll('awaiting');
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result[0]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );

/** Clicks the button whose accessible name (aria-label) is `name`. */
const clickNamed = (page: Page, name: string) =>
  page.evaluate((name) => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === name,
    );
    if (!button) throw new Error(`no button named “${name}”`);
    button.click();
  }, name);

/** The extension's pages open in tabs now, by path and hash (tabs.query shows the extension its own). */
const openPages = async (page: Page) =>
  (await page.evaluate(async () => (await browser.tabs.query({})).map((tab) => tab.url ?? '')))
    .filter((url) => url.startsWith(FIREFOX_ORIGIN))
    .map((url) => url.slice(FIREFOX_ORIGIN.length + 1))
    .sort();

/**
 * The reminder's page, as its notification's click opens it, and its "Open it now": resolves
 * to the tab that opens. The page closes itself and the notification goes.
 */
async function openItNow(kind: 'followUp' | 'reflection', opens: string): Promise<Page> {
  const { page, browser: firefoxBrowser } = firefox();
  const path = `reminder.html#${kind}`;
  const reminder = await openTab(firefoxBrowser, page, path);
  expect(await openPages(page)).toContain(path);
  expect(await onScreen(page)).toContain(`ask-anyway:${kind}`);
  const known = new Set(await firefoxBrowser.pages());
  await clickButton(reminder, 'Open it now');
  const opened = await waitForTab(firefoxBrowser, known, opens);
  await expect.poll(() => openPages(page)).not.toContain(path);
  expect(await onScreen(page)).not.toContain(`ask-anyway:${kind}`);
  return opened;
}

describe('reminders (Firefox ESR)', () => {
  // Tabs a test opens (reminder pages, the new tab a reminder opens) close with it.
  let known = new Set<Page>();
  beforeEach(async () => {
    known = new Set(await firefox().browser.pages());
  });
  afterEach(async () => {
    // One the extension closed itself may still be listed: closing it again is a no-op.
    for (const tab of await firefox().browser.pages())
      if (!known.has(tab)) await tab.close().catch(() => undefined);
  });

  it('turns reminders on in options, checks the input, and shows the day’s practice nudge', async () => {
    const { page } = firefox();
    // Notifications not allowed yet: saving asks the browser for them, as for a new user.
    await startAfresh({ allowed: false });
    await settle(page, { pause: NO_PAUSE });
    await firefox().goto('options.html');
    expect(await text(page, '[data-testid="reminders-state"]')).toBe('Reminders are off.');

    await setChecked(page, ENABLE, true);
    for (const day of [1, 2, 3, 4, 5, 6, 0]) await setChecked(page, `#reminder-day-${day}`, false);
    await page.locator('#reminder-time').fill('00:00');
    await realClick(page, '::-p-text(Save reminders)');
    await waitForTextPart(page, '#reminders-status[role="alert"]', 'Choose at least one day');
    // 00:00 is inside the default quiet hours (21:30 to 08:00): it would never come.
    expect(await text(page, '#reminders-status')).toContain('inside your quiet hours');
    expect(await page.$eval('#reminder-time', (el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await allowed(page)).toBe(false);

    for (const day of [1, 2, 3, 4, 5, 6, 0]) await setChecked(page, `#reminder-day-${day}`, true);
    // No quiet hours, so the scenario does not depend on the time of day the test runs.
    await page.locator('#quiet-end').fill('21:30');
    await realClick(page, '::-p-text(Save reminders)');
    await page.waitForFunction(() => document.querySelector('#reminders-status')?.textContent === 'Saved.', {
      timeout: 10_000,
    });
    expect(await text(page, '[data-testid="reminders-state"]')).toBe('Reminders are on.');
    expect(await allowed(page)).toBe(true);

    // Today's 00:00 nudge is already due: saving re-plans, and it shows at once.
    await expect.poll(() => onScreen(page)).toEqual([PRACTICE]);
    expect(await shown(page, PRACTICE)).toEqual({
      title: 'Today’s ask is ready',
      message: 'A few minutes, whenever suits you. Open Ask Anyway to see it.',
    });
    // Never a second one the same day, however often it re-plans: dismissed, it stays away.
    await page.evaluate(() => browser.notifications.clear('ask-anyway:practice'));
    await replan(page);
    expect(await onScreen(page)).toEqual([]);
    expect((await reminderState(page)).nudgedDay).toBe(dayKey(Date.now()));
    expect(await alarmTime(page)).toBeGreaterThan(Date.now());

    // The settings are one click away from every new tab.
    await firefox().goto('newtab.html');
    await realClick(page, 'a[href="/options.html#reminders"]');
    await page.waitForFunction(
      () => location.pathname === '/options.html' && document.activeElement?.id === 'reminders',
      { timeout: 15_000 },
    );
    expect(await text(page, '[data-testid="reminders-state"]')).toBe('Reminders are on.');
  });

  it('holds reminders back while practice is paused, and the alarm brings them when the pause ends', async () => {
    const { page } = firefox();
    await startAfresh({ allowed: true });
    await settle(page, { pause: NO_PAUSE });
    await firefox().goto('options.html');
    await clickButton(page, 'Pause for a few days');
    await waitForTextPart(page, '#pause [data-testid="paused"]', 'Practice is paused');
    // Reminders on, today's nudge due: planned under the pause, it does not come.
    await settle(page, { reminders: DUE_NOW });
    expect(await onScreen(page)).toEqual([]);

    // A pause about to end (the test cannot wait days): the one-shot alarm is set for its end.
    const end = await page.evaluate(() => Date.now() + 6_000);
    await settle(page, { pause: { pausedUntil: end, pausedIndefinitely: false } });
    expect(await alarmTime(page)).toBe(end);
    expect(await onScreen(page)).toEqual([]);
    await expect.poll(() => onScreen(page), { timeout: 20_000 }).toEqual([PRACTICE]);

    // Over: options offers a pause again.
    await firefox().goto('options.html');
    await waitFor(page, '#pause');
    expect(await page.$('#pause [data-testid="paused"]')).toBeNull();
    await clickButton(page, 'Pause for a week');
    await waitFor(page, '#pause [data-testid="paused"]');
  });

  it('shows nothing in quiet hours and plans for their end', async () => {
    const { page } = firefox();
    await startAfresh({ allowed: true });
    // From a minute ago to two minutes from now, as the browser's clock reads it.
    const quiet = await page.evaluate(() => {
      const clock = (minutes: number) => {
        const at = new Date(Date.now() + minutes * 60_000);
        return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
      };
      const [start, end] = [clock(-1), clock(2)];
      const [h, m] = end.split(':').map(Number);
      const at = new Date();
      at.setHours(h ?? 0, m ?? 0, 0, 0);
      if (at.getTime() <= Date.now()) at.setDate(at.getDate() + 1);
      const midnight = new Date();
      midnight.setHours(24, 0, 0, 0);
      // The background also wakes at midnight, should that come first (a test run at 23:59).
      return { start, end, wake: Math.min(at.getTime(), midnight.getTime()) };
    });
    await settle(page, {
      reminders: { ...DUE_NOW, quietStart: quiet.start, quietEnd: quiet.end },
      pause: NO_PAUSE,
    });
    expect(await onScreen(page)).toEqual([]);
    expect(await alarmTime(page)).toBe(quiet.wake);
    await settle(page, { reminders: DUE_NOW });
    expect(await onScreen(page)).toEqual([PRACTICE]);
  });

  it('snoozes a reminder for an hour from the page its click opens', async () => {
    const { page, browser: firefoxBrowser } = firefox();
    await startAfresh({ allowed: true });
    await settle(page, { reminders: DUE_NOW, pause: NO_PAUSE });
    expect(await onScreen(page)).toEqual([PRACTICE]);

    const reminder = await openTab(firefoxBrowser, page, 'reminder.html#practice');
    expect(await text(reminder, 'h1')).toBe('Today’s ask is ready');
    expect(await onScreen(page)).toEqual([PRACTICE]);
    const asked = await reminder.evaluate(() => Date.now());
    await clickButton(reminder, 'In an hour');
    await waitForTextPart(reminder, '[data-testid="reminder-result"]', 'I’ll remind you again at');
    expect(await onScreen(page)).toEqual([]);
    const state = await reminderState(page);
    expect(state.snoozed).toHaveLength(1);
    const [snoozed = { kind: '', until: 0 }] = state.snoozed;
    expect(snoozed.kind).toBe('practice');
    expect(snoozed.until - asked).toBeGreaterThanOrEqual(3_600_000);
    expect(snoozed.until - asked).toBeLessThan(3_600_000 + 10_000);
    // Re-armed for the snooze (or for midnight, should that come first).
    expect(await alarmTime(page)).toBeLessThanOrEqual(snoozed.until);
    // Planning again before the hour is up does not bring it back.
    await replan(page);
    expect(await onScreen(page)).toEqual([]);
  });

  it('reminds once to follow up, counts it on the badge, and its click opens the awaiting ask', async () => {
    const { page } = firefox();
    await startAfresh({ allowed: true });
    await settle(page, { reminders: DUE_NOW, pause: NO_PAUSE });
    // Today's nudge came at once; dismissed, it plays no part here.
    await page.evaluate(() => browser.notifications.clear('ask-anyway:practice'));

    const title = await startAsk(page, firefox().goto);
    await radio(page, 'forecast', '5');
    await radio(page, 'expected', 'yes');
    await clickButton(page, 'Commit');
    await waitFor(page, '[data-testid="doing"]');
    await clickButton(page, "I've done it");
    await waitFor(page, '#outcome-heading');
    await radio(page, 'outcome', 'noReply');
    await waitFor(page, '#follow-up-days');
    expect(await page.$eval('#follow-up-days', (el) => (el as HTMLInputElement).value)).toBe('5');
    await page.locator('#follow-up-days').fill('0');
    await radio(page, 'actual', '3');
    await clickButton(page, 'Save');
    await waitForTextPart(page, '#follow-up-days-error[role="alert"]', 'from 1 to 30');
    await page.locator('#follow-up-days').fill('2');
    await clickButton(page, 'Save');
    await waitFor(page, '#reflect-heading');
    await page.locator('#reflect-happened').fill('Sent it.');
    await clickButton(page, 'Save reflection');
    await waitFor(page, '[data-testid="summary"]');
    await clickButton(page, 'Done');
    await waitForGone(page, '[data-testid="summary"]');
    const attempt = await awaitingAttempt(page);
    expect((attempt.followUpDueAt ?? 0) - (attempt.doneAt ?? 0)).toBe(2 * 86_400_000);
    // Reflected on and its follow-up two days away: nothing to count yet.
    await replan(page);
    expect(await badge(page)).toBe('');
    expect(await onScreen(page)).toEqual([]);

    // Two days on: the follow-up is due.
    await putRows(page, 'attempts', [{ ...attempt, followUpDueAt: Date.now() - 1_000 }]);
    await replan(page);
    expect(await onScreen(page)).toEqual([FOLLOW_UP]);
    expect(await shown(page, FOLLOW_UP)).toEqual({
      title: 'No answer yet',
      message: `No answer to “${title}” yet. Send one polite follow-up, or close it as no reply.`,
    });
    expect(await badge(page)).toBe('1');

    const newtab = await openItNow('followUp', 'newtab.html#awaiting');
    await newtab.waitForFunction(() => document.activeElement?.id === 'awaiting', { timeout: 15_000 });
    expect(await text(newtab, '[data-testid="nt-awaiting"]')).toContain(title);
    // Reminded once: planning again shows it no more, while the badge still counts it.
    await replan(page);
    expect(await onScreen(page)).not.toContain(FOLLOW_UP);
    expect(await badge(page)).toBe('1');

    await clickNamed(newtab, `Close as no reply: ${title}`);
    await expect.poll(() => badge(page)).toBe('');
  });

  it('prompts the next day to reflect on an ask, and its click opens the list to reflect on', async () => {
    const { page } = firefox();
    await startAfresh({ allowed: true });
    await putRows(page, 'attempts', [reflectMe()]);
    await settle(page, { reminders: DUE_NOW, pause: NO_PAUSE });
    expect(await onScreen(page)).toContain(REFLECTION);
    expect(await shown(page, REFLECTION)).toEqual({
      title: 'A moment to reflect?',
      message:
        'How did “Ask a colleague for feedback” go? A few lines help the next ask. Skipping is fine too.',
    });
    expect(await badge(page)).toBe('1');

    const newtab = await openItNow('reflection', 'newtab.html#unreflected');
    await newtab.waitForFunction(() => document.activeElement?.id === 'unreflected', { timeout: 15_000 });
    expect(await text(newtab, '[data-testid="nt-unreflected"]')).toContain('Ask a colleague for feedback');
  });

  it('never pushes aside an ask in progress when a reminder’s page asks for another step', async () => {
    const { page } = firefox();
    await startAfresh({ allowed: true });
    await putRows(page, 'attempts', [reflectMe()]);
    await settle(page, { pause: NO_PAUSE });
    await startAsk(page, firefox().goto);
    await radio(page, 'forecast', '4');
    await radio(page, 'expected', 'partly');
    await clickButton(page, 'Commit');
    await waitFor(page, '[data-testid="doing"]');

    // Where a reflection prompt's click lands.
    await firefox().goto('newtab.html#unreflected');
    await waitFor(page, '[data-testid="nt-unreflected"]');
    await clickNamed(page, 'Reflect: Ask a colleague for feedback');
    await waitForTextPart(page, '[data-testid="newtab-status"]', 'You have an ask open in the popup');
    await firefox().goto('popup.html');
    await waitFor(page, '[data-testid="doing"]');
  });

  it('says so plainly when notifications are no longer allowed, and the badge still counts', async () => {
    const { page } = firefox();
    await startAfresh({ allowed: true });
    await settle(page, { reminders: DUE_NOW, pause: NO_PAUSE });
    await firefox().goto('options.html');
    expect(await text(page, '[data-testid="reminders-state"]')).toBe('Reminders are on.');
    // As the person takes the permission back (about:addons, Permissions).
    expect(await page.evaluate(() => browser.permissions.remove({ permissions: ['notifications'] }))).toBe(
      true,
    );
    await firefox().goto('options.html');
    expect(await text(page, '[data-testid="reminders-state"]')).toContain(
      'isn’t allowing Ask Anyway’s notifications',
    );
    expect(await page.$eval(ENABLE, (el) => (el as HTMLInputElement).checked)).toBe(false);
    await replan(page);
    expect(await badge(page)).toBe('');
    await putRows(page, 'attempts', [reflectMe()]);
    await replan(page);
    expect(await badge(page)).toBe('1');
  });
});
