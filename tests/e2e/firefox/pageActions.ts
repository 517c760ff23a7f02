import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_ORIGIN } from '../harness/firefox';
import { pageAnswers } from '../harness/pageAnswers';
import { putRowsInPage } from '../harness/putRowsInPage';

// Small page actions for the Firefox tests (puppeteer over WebDriver BiDi has no role or label
// locators): by selector, by a button's text, by a radio group's value.

export const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

export const waitFor = (page: Page, selector: string) => page.waitForSelector(selector, { timeout: 15_000 });

export const clickButton = (page: Page, label: string) =>
  page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`no button “${label}”`);
    button.click();
  }, label);

export const radio = (page: Page, group: string, value: string) =>
  page.locator(`[data-group="${group}"] input[value="${value}"]`).click();

/**
 * Today's ask through the whole popup loop (another one first if today's is done), back to
 * "done for today". Resolves to the summary's heading.
 */
export async function logAsk(
  page: Page,
  goto: (path: string) => Promise<void>,
  run: { outcome: AskRun['outcome']; actual: number; happened: string },
): Promise<string> {
  await askToSummary(page, goto, { forecast: 7, expected: 'no', ...run });
  const heading = await text(page, '#summary-heading');
  await clickButton(page, 'Done');
  await waitFor(page, '[data-testid="done-today"]');
  return heading;
}

/** Clicks the button whose text is `label` inside the first element matching `scope`. */
export const clickButtonIn = (page: Page, scope: string, label: string) =>
  page.evaluate(
    (scope, label) => {
      const button = [...(document.querySelector(scope)?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === label,
      );
      if (!button) throw new Error(`no button “${label}” in ${scope}`);
      button.click();
    },
    scope,
    label,
  );

/** Waits until the element's text is exactly `expected`. */
export const waitForExactText = (page: Page, selector: string, expected: string) =>
  page.waitForFunction(
    (selector, expected) => document.querySelector(selector)?.textContent === expected,
    { timeout: 15_000 },
    selector,
    expected,
  );

/** Waits until the element's text includes `part`. */
export const waitForTextPart = (page: Page, selector: string, part: string) =>
  page.waitForFunction(
    (selector, part) => document.querySelector(selector)?.textContent?.includes(part) === true,
    { timeout: 15_000 },
    selector,
    part,
  );

/** Waits until nothing matches the selector. */
export const waitForGone = (page: Page, selector: string) =>
  page.waitForFunction(
    (selector) => document.querySelector(selector) === null,
    { timeout: 15_000 },
    selector,
  );

/** Empties a text field as a person does: all of it selected, then deleted with a key. */
export async function clearField(page: Page, selector: string): Promise<void> {
  await page.$eval(selector, (el) => {
    const field = el as HTMLInputElement;
    field.focus();
    field.select();
  });
  await page.keyboard.press('Backspace');
}

/** The text of every element matching the selector. */
export const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (all) => all.map((el) => el.textContent ?? ''));

/** Writes rows straight into a store of the extension's database (see tests/e2e/harness/putRowsInPage.ts). */
export async function putRows(page: Page, table: string, rows: object[]): Promise<void> {
  await page.evaluate(putRowsInPage, { table, rows, markStale: true });
}

export interface AskRun {
  forecast: number;
  expected: 'yes' | 'partly' | 'no';
  outcome: 'yes' | 'partly' | 'no' | 'noReply';
  actual: number;
  /** The reflection's "What actually happened?"; without it, "Later". */
  happened?: string;
}

/** From the popup's card to the forecast step (another ask first if today's is done): its title. */
export async function startAsk(page: Page, goto: (path: string) => Promise<void>): Promise<string> {
  await goto('popup.html');
  await waitFor(page, '[data-testid="today-card"], [data-testid="done-today"]');
  if (await page.$('[data-testid="done-today"]')) {
    await clickButton(page, 'Show me another');
    await waitFor(page, '[data-testid="today-card"]');
  }
  const title = await text(page, '#today-title');
  await clickButton(page, "I'll do it");
  await waitFor(page, '#forecast-heading');
  return title;
}

/** Today's ask through forecast, outcome and reflection to its summary (not past it): its title. */
export async function askToSummary(
  page: Page,
  goto: (path: string) => Promise<void>,
  run: AskRun,
): Promise<string> {
  const title = await startAsk(page, goto);
  await radio(page, 'forecast', String(run.forecast));
  await radio(page, 'expected', run.expected);
  await clickButton(page, 'Commit');
  await waitFor(page, '[data-testid="doing"]');
  await clickButton(page, "I've done it");
  await waitFor(page, '#outcome-heading');
  await radio(page, 'outcome', run.outcome);
  await radio(page, 'actual', String(run.actual));
  await clickButton(page, 'Save');
  await waitFor(page, '#reflect-heading');
  if (run.happened === undefined) await clickButton(page, 'Later');
  else {
    await page.locator('#reflect-happened').fill(run.happened);
    await clickButton(page, 'Save reflection');
  }
  await waitFor(page, '[data-testid="summary"]');
  return title;
}

/** "Done" on the summary, back to the popup's home. */
export async function finishSummary(page: Page): Promise<void> {
  await clickButton(page, 'Done');
  await waitForGone(page, '[data-testid="summary"]');
}

/**
 * Opens one of the extension's pages in a new tab, as the toolbar opens the popup, and
 * resolves once it answers. Close it with `tab.close()`, as a popup closes.
 */
export async function openTab(firefoxBrowser: Browser, from: Page, path: string): Promise<Page> {
  const known = new Set(await firefoxBrowser.pages());
  await from.evaluate((url) => void browser.tabs.create({ url }), `${FIREFOX_ORIGIN}/${path}`);
  return waitForTab(firefoxBrowser, known, path);
}

/**
 * Waits for a tab, not among `known`, that shows the extension's page `path` (one the
 * extension opened itself, say), and resolves once it answers.
 */
export async function waitForTab(firefoxBrowser: Browser, known: Set<Page>, path: string): Promise<Page> {
  const url = `${FIREFOX_ORIGIN}/${path}`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const tab of await firefoxBrowser.pages()) {
      if (known.has(tab)) continue;
      // WebDriver BiDi may report about:blank for extension tabs; ask the page itself.
      if ((await tab.evaluate(() => location.href).catch(() => '')) !== url) continue;
      await tab.waitForFunction(pageAnswers, { timeout: 15_000 });
      return tab;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // What each tab said, for the failure's message.
  const seen = await Promise.all(
    (await firefoxBrowser.pages()).map(async (tab) => {
      const href = await tab.evaluate(() => location.href).catch((error) => String(error));
      return `${tab.url()} (${href})${known.has(tab) ? ' before' : ''}`;
    }),
  );
  throw new Error(`no tab opened on ${path}; tabs: ${seen.join('; ')}`);
}
