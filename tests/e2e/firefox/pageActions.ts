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
