import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxExtension } from '../harness/firefox';
import {
  clickButton,
  text,
  texts,
  waitFor,
  waitForExactText,
  waitForGone,
  waitForTextPart,
} from './pageActions';

// The asks page in Firefox, as tests/e2e/chromium/asks.e2e.ts runs it in Chromium: the
// catalogue filtered and searched, an ask picked as today's, and a custom ask through the
// respect check. Each test starts from an emptied database (ladder at level 1).
const firefox = useFirefoxExtension();

const count = (page: Page) => text(page, '[data-testid="ask-count"]');
const shownCount = async (page: Page) => Number((await count(page)).match(/^(\d+) asks?$/)?.[1]);
const metas = (page: Page) => texts(page, '.ask-list__meta');
const everyMetaStartsWith = (page: Page, prefix: string) =>
  page.waitForFunction(
    (prefix) => {
      const all = [...document.querySelectorAll('.ask-list__meta')];
      return all.length > 0 && all.every((meta) => meta.textContent?.startsWith(prefix));
    },
    { timeout: 15_000 },
    prefix,
  );

/** Picks the ask in the list, makes it today's, and waits for the page to say so. */
async function makeTodays(page: Page, askId: string) {
  await page.locator(`.ask-list__item[data-ask-id="${askId}"]`).click();
  await waitFor(page, '[data-testid="selected-ask"]');
  await clickButton(page, "Make this today's ask");
  await waitForTextPart(page, '[data-testid="pick-status"]', "This is now today's ask.");
}

describe('ask browser and custom asks (Firefox ESR)', () => {
  it('filters the catalogue by level and category, and searches it', async () => {
    const { page, goto } = firefox();
    await goto('asks.html');
    const total = await shownCount(page);
    expect(total).toBeGreaterThanOrEqual(120);
    expect(await texts(page, '.ask-list__item')).toHaveLength(total);

    await page.select('#ask-level', '5');
    await everyMetaStartsWith(page, 'Level 5 · ');
    const atFive = await shownCount(page);
    expect(atFive).toBeGreaterThanOrEqual(8);
    expect(atFive).toBeLessThan(total);
    expect(await metas(page)).toHaveLength(atFive);

    await page.select('#ask-category', 'feedback');
    await everyMetaStartsWith(page, 'Level 5 · Asking for feedback');
    expect(await shownCount(page)).toBeLessThan(atFive);
    expect(new Set(await metas(page))).toEqual(new Set(['Level 5 · Asking for feedback']));

    // A search narrows the whole catalogue to the ask it names.
    await page.select('#ask-level', '');
    await page.select('#ask-category', '');
    await waitForExactText(page, '[data-testid="ask-count"]', `${total} asks`);
    const title = (await texts(page, '.ask-list__title'))[6] ?? '—';
    await page.locator('#ask-search').fill(title);
    await page.waitForFunction(() => document.querySelectorAll('.ask-list__item').length < 5, {
      timeout: 15_000,
    });
    expect(await texts(page, '.ask-list__title')).toContain(title);
    await page.locator('#ask-search').fill('zzzz no such ask');
    await waitForExactText(
      page,
      '[data-testid="ask-count"]',
      'No asks match. Try another word or clear the filters.',
    );
    expect(await page.$('.ask-list__item')).toBeNull();
  });

  it("makes a catalogue ask today's, and the popup shows it as today's card", async () => {
    const { page, goto } = firefox();
    await goto('popup.html');
    await waitFor(page, '[data-testid="today-card"]');
    const dealt = await page.$eval('[data-testid="today-card"]', (el) => el.getAttribute('data-ask-id'));

    await goto('asks.html');
    await page.select('#ask-level', '1');
    await page.waitForFunction(() => document.querySelectorAll('.ask-list__meta').length > 1);
    const other = await page.$$eval(
      '.ask-list__item',
      (all, dealt) => all.map((b) => b.getAttribute('data-ask-id')).find((id) => id !== dealt),
      dealt,
    );
    if (!other) throw new Error('no other level-1 ask');
    const title = await text(page, `.ask-list__item[data-ask-id="${other}"] .ask-list__title`);
    await makeTodays(page, other);

    await goto('popup.html');
    await waitFor(page, '[data-testid="today-card"]');
    expect(await page.$eval('[data-testid="today-card"]', (el) => el.getAttribute('data-ask-id'))).toBe(
      other,
    );
    expect(await text(page, '#today-title')).toBe(title);
  });

  it('takes a custom ask through the respect check, lists it, and can make it today’s', async () => {
    const { page, goto } = firefox();
    await goto('asks.html');
    const TITLE = 'Ask Sam for a reference for the design role';
    expect(await text(page, '#yours-heading + p.hint')).toBe("You haven't added any asks of your own yet.");
    await clickButton(page, 'Add your own ask');
    await waitFor(page, '#custom-title');
    await page.locator('#custom-title').fill('Ask Sam to pretend to be my reference');
    await waitForTextPart(page, '[data-testid="respect-warnings"]', 'pretending');
    // Recording and money, which the check once found but the form never showed, each get a note.
    await page.locator('#custom-title').fill('Secretly record the call, then ask strangers to lend me money');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="respect-warnings"] p')]
          .map((p) => p.dataset.concern)
          .join() === 'recording,money',
      { timeout: 15_000 },
    );
    await page.locator('#custom-title').fill(TITLE);
    await waitForGone(page, '[data-testid="respect-warnings"]');
    await page.locator('#custom-what').fill('Message Sam and ask if they would be a reference.');
    await page.locator('#custom-done').fill('The message is sent.');
    await page.select('#custom-level', '2');

    // First the respect check: not saved until all five are ticked.
    await clickButton(page, 'Save ask');
    await waitForTextPart(page, '#custom-form-error', 'Tick all five points of the respect check to save.');
    const boxes = await page.$$('fieldset input[type="checkbox"]');
    expect(boxes).toHaveLength(5);
    for (const box of boxes) await box.click();
    await clickButton(page, 'Save ask');
    await waitForTextPart(page, '[aria-labelledby="yours-heading"] [role="status"]', `Saved “${TITLE}”.`);
    await waitFor(page, '.custom-list__item');
    expect(await texts(page, '.custom-list__item > span:first-child')).toEqual([`${TITLE} (Level 2)`]);

    // The check is asked once only.
    await clickButton(page, 'Add your own ask');
    await waitFor(page, '#custom-title');
    expect(await page.$('fieldset input[type="checkbox"]')).toBeNull();
    await clickButton(page, 'Cancel');
    await waitForGone(page, '#custom-title');

    // In the catalogue too, tagged as the person's own, and ready to be today's.
    await page.locator('#ask-search').fill('Sam reference');
    await waitForExactText(page, '[data-testid="ask-count"]', '1 ask');
    expect(await texts(page, '.ask-list__item')).toEqual([`${TITLE}Level 2 · Asking for feedbackYour ask`]);
    const id = await page.$eval('.ask-list__item', (b) => b.getAttribute('data-ask-id'));
    await makeTodays(page, id ?? '');
    await goto('popup.html');
    await waitFor(page, '[data-testid="today-card"]');
    expect(await text(page, '#today-title')).toBe(TITLE);
    expect(await text(page, '[data-testid="today-card"] .ask__meta .tag')).toBe('Your ask');
  });
});
