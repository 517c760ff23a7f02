import { describe, expect, it } from 'vitest';
import { useFirefoxExtension } from '../harness/firefox';

const firefox = useFirefoxExtension();

describe('popup → new tab (Firefox ESR)', () => {
  it('opens onboarding on install', async () => {
    const { page } = firefox();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Welcome to Ask Anyway');
  });

  it('records an attempt in the popup that the new tab then counts', async () => {
    const { page, goto } = firefox();
    await goto('newtab.html');
    await page.waitForSelector('[data-testid="week-empty"]');

    await goto('popup.html');
    await page.locator('#quick-log-title').fill('Asked for feedback on my portfolio');
    await page.locator('input[value="partly"]').click();
    await page.locator('button[type="submit"]').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="quick-log-status"]')?.textContent?.includes('Logged'),
    );

    await goto('newtab.html');
    const count = await page.$eval('[data-testid="week-count"]', (el) => el.textContent);
    expect(count).toBe('1 of 3 asks this week');
  });

  it('keeps typed text across a reopened popup', async () => {
    const { page, goto } = firefox();
    await goto('popup.html');
    await page.locator('#quick-log-title').fill('Half an ask');
    await goto('newtab.html');
    await goto('popup.html');
    expect(await page.$eval('#quick-log-title', (el) => (el as HTMLInputElement).value)).toBe('Half an ask');
  });
});
