import type { Page } from 'puppeteer-core';

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
  run: { outcome: string; actual: number; happened: string },
): Promise<string> {
  await goto('popup.html');
  await waitFor(page, '[data-testid="today-card"], [data-testid="done-today"]');
  if (await page.$('[data-testid="done-today"]')) {
    await clickButton(page, 'Show me another');
    await waitFor(page, '[data-testid="today-card"]');
  }
  await clickButton(page, "I'll do it");
  await waitFor(page, '#forecast-heading');
  await radio(page, 'forecast', '7');
  await radio(page, 'expected', 'no');
  await clickButton(page, 'Commit');
  await waitFor(page, '[data-testid="doing"]');
  await clickButton(page, "I've done it");
  await waitFor(page, '#outcome-heading');
  await radio(page, 'outcome', run.outcome);
  await radio(page, 'actual', String(run.actual));
  await clickButton(page, 'Save');
  await waitFor(page, '#reflect-heading');
  await page.locator('#reflect-happened').fill(run.happened);
  await clickButton(page, 'Save reflection');
  await waitFor(page, '[data-testid="summary"]');
  const heading = await text(page, '#summary-heading');
  await clickButton(page, 'Done');
  await waitFor(page, '[data-testid="done-today"]');
  return heading;
}
