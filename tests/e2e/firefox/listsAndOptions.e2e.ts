import { describe, expect, it } from 'vitest';
import { useFirefoxExtension } from '../harness/firefox';
import { awaitingAsk } from '../harness/seededAttempt';
import { clickButton, putRows, text, waitFor } from './pageActions';

// What issues 16 and 17 changed in options and the popup's lists, in Firefox too: short lists
// with "Show all", the one pause from options, and the badge's own switch.
const firefox = useFirefoxExtension();

describe('lists, pause and badge (Firefox ESR)', () => {
  it('shows the five asks due first, then all; the badge counts them, and its switch and the pause empty it', async () => {
    const { page, goto } = firefox();
    await goto('options.html');
    await putRows(
      page,
      'attempts',
      Array.from({ length: 7 }, (_, i) => awaitingAsk(i, Date.now())),
    );

    await goto('popup.html');
    await waitFor(page, '[data-testid="awaiting-show-all"]');
    const titles = () => page.$$eval('.awaiting__title', (all) => all.map((el) => el.textContent));
    expect(await titles()).toEqual([0, 1, 2, 3, 4].map((i) => `Waiting ask ${i}`));
    expect(await text(page, '[data-testid="awaiting-show-all"]')).toBe('Show all (7)');
    await page.locator('[data-testid="awaiting-show-all"]').click();
    await page.waitForFunction(() => document.querySelectorAll('.awaiting__title').length === 7);

    // Seven asks past their follow-up day: the badge counts them.
    const badge = () => page.evaluate(() => browser.action.getBadgeText({}));
    await page.evaluate(() => browser.runtime.sendMessage({ type: 'refreshReminders' }));
    expect(await badge()).toBe('7');

    await goto('options.html');
    await page.locator('::-p-text(Show a number on the toolbar button)').click();
    await page.waitForFunction(async () => (await browser.action.getBadgeText({})) === '', {
      timeout: 10_000,
    });
    await page.locator('::-p-text(Show a number on the toolbar button)').click();
    await page.waitForFunction(async () => (await browser.action.getBadgeText({})) === '7', {
      timeout: 10_000,
    });

    await clickButton(page, 'Pause for a week');
    await waitFor(page, '#pause [data-testid="paused"]');
    await page.waitForFunction(async () => (await browser.action.getBadgeText({})) === '', {
      timeout: 10_000,
    });
    await goto('popup.html');
    await waitFor(page, '[data-testid="paused"]');
    expect(await page.$('[data-testid="today-card"]')).toBeNull();
    await clickButton(page, 'Resume practice');
    await waitFor(page, '[data-testid="today-card"], [data-testid="done-today"]');
    await page.waitForFunction(async () => (await browser.action.getBadgeText({})) === '7', {
      timeout: 10_000,
    });
  });
});
