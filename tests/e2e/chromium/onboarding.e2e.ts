import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { INTRODUCED_SETTINGS } from '../harness/introduced';
import { storedSettingsInPage } from '../harness/storedSettings';
import { putRow } from './idb';

// The introduction a new person meets on install, done with the keyboard alone, and its
// choices seen where the rest of the product reads them. This profile starts before it.
const extension = useChromiumExtension({ introduced: false });

/** What the focused element says about itself: a control's label, or a button's text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label =
      el.closest('label')?.textContent ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '');
    return (label || el.textContent || '').trim();
  });

/** Presses Tab until the focused element reads `name` (as a person tabs to a control). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if ((await focused(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${name}” (last: “${await focused(page)}”)`);
}

async function onboardingTab(): Promise<Page> {
  const url = extension().url('onboarding.html');
  const page = extension()
    .context.pages()
    .find((p) => p.url() === url);
  if (!page) throw new Error('no onboarding tab');
  await page.bringToFront();
  await page.getByTestId('onboarding-step').waitFor();
  return page;
}

const step = (page: Page) => page.getByTestId('onboarding-step').getAttribute('data-step');
const headingFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.id === 'onboarding-heading');

describe('the introduction (Chromium)', () => {
  it('is done with the keyboard alone, and its choices show in today’s card and the ladder', async () => {
    const page = await onboardingTab();
    expect(await page.getByTestId('onboarding-progress').textContent()).toBe('Step 1 of 6');
    expect(await page.getByText('practice tool, not therapy').count()).toBe(1);
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await expect.poll(() => step(page)).toBe('focus');
    expect(await headingFocused(page)).toBe(true);

    await tabTo(page, 'Asking for feedback');
    await page.keyboard.press('Space');
    // What fits their life, in the same step.
    await tabTo(page, 'I have a manager');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await expect.poll(() => step(page)).toBe('level');

    // Three questions, three "Quite hard" (the third choice of each).
    for (const question of [
      'Asking a colleague for feedback on your work',
      'Sending a short email to someone you admire but have never met',
      'Applying for a role that feels a step above you',
    ]) {
      await tabTo(page, 'Easy');
      expect(
        await page.evaluate(
          () => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent,
        ),
      ).toBe(question);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
    }
    await expect
      .poll(() => page.getByTestId('onboarding-suggested').textContent())
      .toBe('We suggest starting at level 2.');
    expect(await page.locator('#onboarding-level').inputValue()).toBe('2');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await expect.poll(() => step(page)).toBe('pledge');

    // The pledge needs its tick: Next without it says so and stays.
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('onboarding-problem').textContent())
      .toContain('Tick the pledge');
    expect(await step(page)).toBe('pledge');
    await tabTo(page, 'I will keep to this pledge');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await expect.poll(() => step(page)).toBe('goal');
    // Reminder times as this (en-US) browser's time fields show them, not a fixed 18:00.
    expect(await page.evaluate(() => chrome.i18n.getUILanguage())).toBe('en-US');
    expect(await page.locator('body').textContent()).toContain(
      'Monday, Wednesday and Friday at 06:00 PM, never in quiet hours (09:30 PM to 08:00 AM)',
    );

    await tabTo(page, 'Weekly goal (asks per week)');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4');
    await tabTo(page, 'Finish');
    await page.keyboard.press('Enter');
    await expect.poll(() => step(page)).toBe('ready');
    // Chromium starts the button in its Extensions menu: where to find it, and how to pin it.
    expect(await page.locator('body').textContent()).toContain(
      "When you're ready, click the Ask Anyway button in the toolbar (until you pin it, it is in the puzzle-piece Extensions menu) to log your first ask.",
    );
    expect(await page.locator('body').textContent()).toContain('then the pin next to Ask Anyway');
    expect(await page.getByTestId('onboarding-choices').locator('li').allTextContents()).toEqual([
      'Focus: Asking for feedback',
      'Starting level: 2',
      'Weekly goal: 4 asks',
    ]);
    expect(await extension().worker.evaluate(storedSettingsInPage)).toMatchObject({
      weeklyGoal: 4,
      focusCategories: ['feedback'],
      lifeNeeds: ['manager'],
    });
    await extension().close(page);

    const popup = await extension().open('popup.html');
    // Past the pledge already: the first card, from the chosen area and level.
    expect(await popup.getByTestId('pledge-step').count()).toBe(0);
    expect(await popup.getByTestId('today-card').locator('.ask__meta').textContent()).toMatch(
      /^Level 2 · Asking for feedback/,
    );
    await extension().close(popup);
    const tab = await extension().open('newtab.html');
    expect(await tab.getByTestId('nt-today').textContent()).toContain('Level 2 · ');
    await extension().close(tab);
    // The ladder itself, where a person can see and change it.
    const asks = await extension().open('asks.html');
    expect(await asks.locator('#level-picker').inputValue()).toBe('2');
    await extension().close(asks);
  });

  it('shown again from options, it keeps the level and choices unless changed', async () => {
    // Someone who went through it before: the pledge given, starting at level 2.
    await extension().worker.evaluate((settings) => chrome.storage.sync.set(settings), INTRODUCED_SETTINGS);
    const options = await extension().open('options.html');
    await putRow(options, 'meta', { key: 'ladder', value: { level: 2, since: Date.now() } });
    await options.reload();
    await options.getByRole('link', { name: 'Show the introduction again' }).click();
    await options.getByTestId('onboarding-step').waitFor();
    for (let i = 0; i < 2; i++) await options.getByRole('button', { name: 'Next' }).click();
    expect(await options.locator('#onboarding-level').inputValue()).toBe('2');
    await options.getByRole('button', { name: 'Next' }).click();
    // The pledge given once stays given.
    expect(await options.getByTestId('pledge-tick').isChecked()).toBe(true);
    await extension().close(options);
  });

  it('skipped, it asks for the pledge before the first card', async () => {
    // A person who skipped: the pledge is not yet given.
    await extension().worker.evaluate(() => chrome.storage.sync.set({ 'setting.pledgeAcceptedAt': null }));
    const page = await extension().open('onboarding.html');
    await page.getByRole('button', { name: 'Skip the introduction' }).click();
    await expect.poll(() => step(page)).toBe('ready');
    await extension().close(page);

    const popup = await extension().open('popup.html');
    const pledge = popup.getByTestId('pledge-step');
    await pledge.waitFor();
    const go = popup.getByRole('button', { name: 'Show me my first ask' });
    expect(await go.isDisabled()).toBe(true);
    expect(await pledge.textContent()).toContain('Tick the pledge to see your first ask.');
    await popup.getByLabel('I will keep to this pledge').check();
    await go.click();
    await popup.getByTestId('today-card').waitFor();
    await extension().close(popup);
  });

  it('options and the introduction show and save settings without IndexedDB, and say what does not work', async () => {
    const page = await extension().context.newPage();
    // As in a window that keeps no data: opening the database fails.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
      };
    });
    await page.goto(extension().url('options.html'));
    await page.getByTestId('options-no-storage').waitFor();
    await page.getByLabel('Weekly goal (asks per week)').fill('6');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('#weekly-goal-status').textContent()).toBe('Saved.');
    expect(await extension().worker.evaluate(storedSettingsInPage)).toMatchObject({ weeklyGoal: 6 });

    await page.goto(extension().url('onboarding.html'));
    await page.getByTestId('onboarding-step').waitFor();
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByText('your level cannot be kept here').count()).toBe(1);
    await page.close();
  });
});
