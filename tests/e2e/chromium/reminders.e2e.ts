import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { putRow } from './idb';
import { popupFlow } from './popupFlow';

// The user has allowed notifications (see LaunchOptions.granted): turning reminders on then
// goes through the product's own permission request, which the browser answers at once.
const extension = useChromiumExtension({ granted: ['notifications'] });

interface Shown {
  id: string;
  title: string;
  message: string;
  buttons: string[];
}

/**
 * Records what the service worker passes to notifications.create from now on; the API itself
 * lists notifications by id only. Re-installed by every test that needs it.
 */
async function recordNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const scope = self as unknown as { shown: Shown[]; recording?: boolean };
    scope.shown = [];
    if (scope.recording) return;
    scope.recording = true;
    const api = chrome.notifications;
    const create = api.create.bind(api) as (...args: unknown[]) => unknown;
    (api as unknown as { create: unknown }).create = (
      id: string,
      options: { title?: string; message?: string; buttons?: { title: string }[] },
      ...rest: unknown[]
    ) => {
      scope.shown.push({
        id,
        title: options.title ?? '',
        message: options.message ?? '',
        buttons: (options.buttons ?? []).map((b) => b.title),
      });
      return create(id, options, ...rest);
    };
  });
}

const recorded = (worker: Worker) => worker.evaluate(() => (self as unknown as { shown: Shown[] }).shown);
const onScreen = async (worker: Worker) =>
  Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).sort();
const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const alarmTime = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.alarms.get('reminders'))?.scheduledTime ?? null);

/** Starts a scenario from nothing shown and nothing remembered (as on a fresh day). */
async function clearReminders(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    await chrome.storage.local.remove(['reminderState', 'reminderNotices']);
  });
}

/** Changes reminder settings the way a save does (storage the options page writes to). */
async function patchReminders(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (patch) => {
    const key = 'setting.reminders';
    const stored = (await chrome.storage.sync.get(key))[key] as Record<string, unknown> | undefined;
    await chrome.storage.sync.set({ [key]: { ...stored, ...patch } });
  }, patch);
}

/** Sets the practice pause the way the options page does. */
async function patchPause(
  worker: Worker,
  pause: { pausedUntil: number | null; pausedIndefinitely: boolean },
) {
  await worker.evaluate((pause) => chrome.storage.sync.set({ 'setting.pause': pause }), pause);
}

const PRACTICE = 'ask-anyway:practice';

/**
 * Reminders on, as the first test saves them through the options page: every day at 00:00 and
 * no quiet hours, so today's practice nudge is due whatever the time of day the test runs.
 */
const REMINDERS_ON = {
  enabled: true,
  days: [0, 1, 2, 3, 4, 5, 6],
  time: '00:00',
  followUps: true,
  reflections: true,
  quietStart: '21:30',
  quietEnd: '21:30',
  followUpDays: 5,
};

const storedReminders = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.storage.sync.get('setting.reminders'))['setting.reminders']);

/**
 * Turns reminders on the way a save in options does (REMINDERS_ON into the storage it writes to),
 * and waits for the re-plan that sets off: it shows today's practice nudge at once. Waited for, so
 * that no later step of a test races that run.
 */
async function turnRemindersOn(worker: Worker): Promise<void> {
  await worker.evaluate(
    (reminders) => chrome.storage.sync.set({ 'setting.reminders': reminders }),
    REMINDERS_ON,
  );
  await expect.poll(() => onScreen(worker)).toEqual([PRACTICE]);
}

/** An ask answered yesterday at noon with no reflection yet, written from an extension page. */
async function putAskToReflectOn(page: Page): Promise<void> {
  const yesterday = await page.evaluate(() => {
    const at = new Date();
    at.setDate(at.getDate() - 1);
    at.setHours(12, 0, 0, 0);
    const day = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
    return { at: at.getTime(), day };
  });
  await putRow(page, 'attempts', {
    id: 'reflect-me',
    askSource: 'catalogue',
    askId: 'feedback-01',
    askTitle: 'Ask a colleague for feedback',
    level: 1,
    category: 'feedback',
    state: 'answered',
    committedAt: yesterday.at - 60_000,
    forecastDiscomfort: 4,
    expectedAnswer: 'yes',
    doneAt: yesterday.at,
    doneDay: yesterday.day,
    outcome: 'yes',
    actualDiscomfort: 2,
    answeredAt: yesterday.at,
    updatedAt: yesterday.at,
  });
}

/** Local 'HH:MM', `minutes` from now, as the browser's clock reads it. */
const clockIn = (page: Page, minutes: number) =>
  page.evaluate((minutes) => {
    const at = new Date(Date.now() + minutes * 60_000);
    return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  }, minutes);

describe('reminders (Chromium)', () => {
  it('turns reminders on in options, checks the input, and shows the day’s practice nudge', async () => {
    const { worker } = extension();
    await recordNotifications(worker);
    const options = await extension().open('options.html');
    const reminders = options.locator('#reminders');
    expect(await options.getByTestId('reminders-state').textContent()).toBe('Reminders are off.');

    await reminders.getByLabel('Send me reminders').check();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
      await reminders.getByLabel(day, { exact: true }).setChecked(false);
    await reminders.getByLabel('Time of the practice reminder').fill('00:00');
    await reminders.getByRole('button', { name: 'Save reminders' }).click();
    const alert = reminders.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Choose at least one day');
    // 00:00 is inside the default quiet hours (21:30 to 08:00): it would never come.
    expect(await alert.textContent()).toContain('inside your quiet hours');
    expect(await reminders.getByLabel('Time of the practice reminder').getAttribute('aria-invalid')).toBe(
      'true',
    );

    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
      await reminders.getByLabel(day, { exact: true }).check();
    // No quiet hours, so the scenario does not depend on the time of day the test runs.
    await reminders.getByLabel('To', { exact: true }).fill('21:30');
    await reminders.getByRole('button', { name: 'Save reminders' }).click();
    await expect.poll(() => options.locator('#reminders-status').textContent()).toBe('Saved.');
    expect(await options.getByTestId('reminders-state').textContent()).toBe('Reminders are on.');
    // What the other tests start from (turnRemindersOn).
    expect(await storedReminders(worker)).toEqual(REMINDERS_ON);

    // Today's 00:00 nudge is already due: saving re-plans, and it shows at once.
    await expect.poll(() => onScreen(worker)).toEqual([PRACTICE]);
    expect(await recorded(worker)).toEqual([
      {
        id: PRACTICE,
        title: 'Today’s ask is ready',
        message: 'A few minutes, whenever suits you. Open Ask Anyway to see it.',
        buttons: ['In an hour', 'Tomorrow'],
      },
    ]);
    // Never a second one the same day, however often it re-plans.
    await options.reload();
    await options.getByTestId('reminders-state').waitFor();
    await extension().close(options);
    const next = await alarmTime(worker);
    expect(next).toBeGreaterThan(Date.now());
    expect((await recorded(worker)).length).toBe(1);

    // The settings are one click away from every new tab.
    const newtab = await extension().open('newtab.html');
    await newtab.getByRole('link', { name: 'Reminder settings' }).click();
    await newtab.waitForFunction(() => document.activeElement?.id === 'reminders');
    expect(await newtab.getByTestId('reminders-state').textContent()).toBe('Reminders are on.');
    await extension().close(newtab);
  });

  it('holds reminders back while practice is paused, and the alarm brings them when the pause ends', async () => {
    const { worker } = extension();
    await turnRemindersOn(worker);
    await clearReminders(worker);
    await recordNotifications(worker);
    const options = await extension().open('options.html');
    await options.locator('#pause').getByRole('button', { name: 'Pause for a few days' }).click();
    await expect.poll(() => options.getByTestId('paused').textContent()).toContain('Practice is paused');
    // Planned under the pause: a re-plan asked for now runs after any the change set off, and
    // answers once it is done; every run from here reads the pause.
    expect(await options.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshReminders' }))).toEqual({
      ok: true,
    });
    expect(await onScreen(worker)).toEqual([]);

    // A pause about to end (the test cannot wait days): the one-shot alarm is set for its end.
    const end = await worker.evaluate(() => Date.now() + 3_000);
    await patchPause(worker, { pausedUntil: end, pausedIndefinitely: false });
    await expect.poll(() => alarmTime(worker)).toBe(end);
    expect(await onScreen(worker)).toEqual([]);
    await expect.poll(() => onScreen(worker), { timeout: 15_000 }).toEqual([PRACTICE]);
    expect((await recorded(worker)).map((n) => n.id)).toEqual([PRACTICE]);

    // Over: options offers a pause again.
    await options.reload();
    await options.locator('#pause').getByRole('button', { name: 'Pause for a week' }).waitFor();
    await extension().close(options);
  });

  it('shows nothing in quiet hours and plans for their end', async () => {
    const { worker } = extension();
    await turnRemindersOn(worker);
    await clearReminders(worker);
    const page = await extension().open('options.html');
    const [start, end] = [await clockIn(page, -1), await clockIn(page, 2)];
    await patchReminders(worker, { quietStart: start, quietEnd: end });
    const quietEnd = await page.evaluate((end) => {
      const [h, m] = end.split(':').map(Number);
      const at = new Date();
      at.setHours(h ?? 0, m ?? 0, 0, 0);
      if (at.getTime() <= Date.now()) at.setDate(at.getDate() + 1);
      return at.getTime();
    }, end);
    await expect.poll(() => alarmTime(worker)).toBe(quietEnd);
    expect(await onScreen(worker)).toEqual([]);
    await patchReminders(worker, { quietStart: '21:30', quietEnd: '21:30' });
    await expect.poll(() => onScreen(worker)).toEqual([PRACTICE]);
    await extension().close(page);
  });

  it('snoozes a reminder for an hour from the page its click opens', async () => {
    const { worker } = extension();
    await turnRemindersOn(worker);
    expect(await onScreen(worker)).toEqual([PRACTICE]);
    const page = await extension().open('reminder.html#practice');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Today’s ask is ready');
    const asked = await page.evaluate(() => Date.now());
    await page.getByRole('button', { name: 'In an hour' }).click();
    await expect
      .poll(() => page.getByTestId('reminder-result').textContent())
      .toContain('I’ll remind you again at');
    await expect.poll(() => onScreen(worker)).toEqual([]);
    const state = (await worker.evaluate(
      async () => (await chrome.storage.local.get('reminderState')).reminderState,
    )) as { snoozed: { kind: string; until: number }[] };
    expect(state.snoozed).toHaveLength(1);
    const [snoozed = { kind: '', until: 0 }] = state.snoozed;
    expect(snoozed.kind).toBe('practice');
    expect(snoozed.until - asked).toBeGreaterThanOrEqual(3_600_000);
    expect(snoozed.until - asked).toBeLessThan(3_600_000 + 10_000);
    // Re-armed for the snooze (or for midnight, should that come first).
    expect(await alarmTime(worker)).toBeLessThanOrEqual(snoozed.until);
    await extension().close(page);
  });

  it('reminds once to follow up, counts it on the badge, and its click opens the awaiting ask', async () => {
    const { worker } = extension();
    await turnRemindersOn(worker);
    await clearReminders(worker);
    await recordNotifications(worker);
    const popup = await extension().open('popup.html');
    const title = await popupFlow.start(popup);
    await popupFlow.forecast(popup, { forecast: 5, expected: 'Yes' });
    await popupFlow.done(popup);
    await popup.locator('[data-group="outcome"]').getByLabel('No reply yet', { exact: true }).check();
    const days = popup.getByLabel('Remind me to follow up after (days)');
    expect(await days.inputValue()).toBe('5');
    await days.fill('0');
    await popup.locator('[data-group="actual"]').getByLabel('3', { exact: true }).check();
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('from 1 to 30');
    await days.fill('2');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popupFlow.reflect(popup, { happened: 'Sent it.' });
    await popupFlow.finish(popup);
    const attempt = await popup.evaluate(
      () =>
        new Promise<Record<string, unknown>>((resolve) => {
          const open = indexedDB.open('ask-anyway');
          open.onsuccess = () => {
            const req = open.result
              .transaction('attempts')
              .objectStore('attempts')
              .index('state')
              .getAll('awaiting');
            req.onsuccess = () => resolve(req.result[0]);
          };
        }),
    );
    expect((attempt.followUpDueAt as number) - (attempt.doneAt as number)).toBe(2 * 86_400_000);
    // Until the reflection was saved the ask counted as waiting for one; the badge follows the
    // background's re-plan after that write, a moment later.
    await expect.poll(() => badge(worker)).toBe('');

    // Two days on: the follow-up is due.
    await putRow(popup, 'attempts', { ...attempt, followUpDueAt: Date.now() - 1_000 });
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshReminders' }));
    await expect.poll(() => onScreen(worker)).toContain('ask-anyway:followUp');
    const followUp = (await recorded(worker)).find((n) => n.id === 'ask-anyway:followUp');
    expect(followUp?.message).toBe(
      `No answer to “${title}” yet. Send one polite follow-up, or close it as no reply.`,
    );
    await expect.poll(() => badge(worker)).toBe('1');
    await extension().close(popup);

    const page = await extension().open('reminder.html#followUp');
    const opened = extension().context.waitForEvent('page', (p) => p.url().endsWith('newtab.html#awaiting'));
    await page.getByRole('button', { name: 'Open it now' }).click();
    const newtab = await opened;
    await newtab.waitForFunction(() => document.activeElement?.id === 'awaiting');
    const awaiting = newtab.getByTestId('nt-awaiting');
    expect(await awaiting.textContent()).toContain(title);
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(await onScreen(worker)).not.toContain('ask-anyway:followUp');

    await awaiting.getByRole('button', { name: `Close as no reply: ${title}` }).click();
    await expect.poll(() => badge(worker)).toBe('');
    // Reminded once: planning again shows it no more.
    await newtab.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshReminders' }));
    expect((await recorded(worker)).filter((n) => n.id === 'ask-anyway:followUp')).toHaveLength(1);
    await extension().close(newtab);
  });

  it('prompts the next day to reflect on an ask, and its click opens the list to reflect on', async () => {
    const { worker } = extension();
    await turnRemindersOn(worker);
    await clearReminders(worker);
    await recordNotifications(worker);
    const page = await extension().open('options.html');
    await putAskToReflectOn(page);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshReminders' }));
    await expect.poll(() => onScreen(worker)).toContain('ask-anyway:reflection');
    expect((await recorded(worker)).find((n) => n.id === 'ask-anyway:reflection')?.message).toBe(
      'How did “Ask a colleague for feedback” go? A few lines help the next ask. Skipping is fine too.',
    );
    await expect.poll(() => badge(worker)).toBe('1');
    await extension().close(page);

    const reminder = await extension().open('reminder.html#reflection');
    const opened = extension().context.waitForEvent('page', (p) =>
      p.url().endsWith('newtab.html#unreflected'),
    );
    await reminder.getByRole('button', { name: 'Open it now' }).click();
    const newtab = await opened;
    await newtab.waitForFunction(() => document.activeElement?.id === 'unreflected');
    expect(await newtab.getByTestId('nt-unreflected').textContent()).toContain(
      'Ask a colleague for feedback',
    );
    await extension().close(newtab);
  });

  it('never pushes aside an ask in progress when a reminder’s page asks for another step', async () => {
    const options = await extension().open('options.html');
    await putAskToReflectOn(options);
    await extension().close(options);
    const popup = await extension().open('popup.html');
    await popupFlow.start(popup);
    await popupFlow.forecast(popup, { forecast: 4, expected: 'Partly' });
    await extension().close(popup);

    const newtab = await extension().open('newtab.html#unreflected');
    await newtab
      .getByTestId('nt-unreflected')
      .getByRole('button', { name: /Ask a colleague for feedback/ })
      .click();
    await expect
      .poll(() => newtab.getByTestId('newtab-status').textContent())
      .toContain('You have an ask open in the popup');
    await extension().close(newtab);
    const again = await extension().open('popup.html');
    await again.getByTestId('doing').waitFor();
    await extension().close(again);
  });

  it('says so plainly when notifications are no longer allowed, and the badge still counts', async () => {
    const { worker } = extension();
    await turnRemindersOn(worker);
    const options = await extension().open('options.html');
    // The one thing the badge counts: an ask to reflect on.
    await putAskToReflectOn(options);
    expect(await options.evaluate(() => chrome.permissions.remove({ permissions: ['notifications'] }))).toBe(
      true,
    );
    await options.reload();
    await expect
      .poll(() => options.getByTestId('reminders-state').textContent())
      .toContain('isn’t allowing Ask Anyway’s notifications');
    expect(await options.locator('#reminders').getByLabel('Send me reminders').isChecked()).toBe(false);
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshReminders' }));
    await expect.poll(() => badge(worker)).toBe('1');
    await extension().close(options);
  });
});
