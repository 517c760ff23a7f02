import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { dumpDatabaseInPage, productLocalStorageKeys } from '../harness/dataState';
import { useFirefoxExtension } from '../harness/firefox';
import {
  clickButton,
  clickButtonIn,
  finishSummary,
  openTab,
  radio,
  startAsk,
  text,
  waitFor,
} from './pageActions';

// What is typed in the popup survives the popup closing mid-word, in Firefox as in Chromium
// (tests/e2e/chromium/slice.e2e.ts); once saved, the draft is gone for good. Each test starts
// from an emptied database.
const firefox = useFirefoxExtension();

const BELIEF = 'If I ask for the stretch project, they will think I am overreaching and not ready yet';
const HAPPENED = 'She said she would think about it, and wrote back an hour later with a yes';
const CYCLES = 6;

const fieldValue = (tab: Page, selector: string) =>
  tab.$eval(selector, (el) => (el as HTMLTextAreaElement).value);
const checkedIn = (tab: Page, group: string) =>
  tab.$eval(`[data-group="${group}"]`, (el) => el.querySelector<HTMLInputElement>('input:checked')?.value);

/**
 * Types `full` into a field of the popup over several openings, a slice each time (the cuts
 * fall mid-word), leaving the moment the last key is pressed: the tab closes, or every other
 * time navigates away first. Each opening must show exactly what was typed before. Every
 * third time the database refuses the writes, as when the popup closes before they land:
 * the text must then come back from the page's synchronous copy.
 */
async function typeAcrossClosings(selector: string, full: string): Promise<void> {
  const { page, browser } = firefox();
  const size = Math.ceil(full.length / CYCLES);
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const tab = await openTab(browser, page, 'popup.html');
    await waitFor(tab, selector);
    expect(await fieldValue(tab, selector), `opening ${cycle + 1}`).toBe(full.slice(0, cycle * size));
    const refused = cycle % 3 === 2;
    if (refused)
      await tab.evaluate(() => {
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
    await tab.$eval(selector, (el) => {
      const field = el as HTMLTextAreaElement;
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    });
    await tab.keyboard.type(full.slice(cycle * size, (cycle + 1) * size));
    if (refused) await waitFor(tab, '[data-testid="save-failed"]');
    if (cycle % 2 === 1) {
      await tab.evaluate(() => {
        location.href = '/newtab.html';
      });
      await tab.waitForFunction(() => location.pathname === '/newtab.html', { timeout: 15_000 });
    }
    await tab.close();
  }
}

/** No draft left anywhere: not in the database, not in the pages' synchronous mirror. */
async function noDraftsLeft(page: Page) {
  expect((await page.evaluate(dumpDatabaseInPage)).drafts).toEqual([]);
  expect((await page.evaluate(productLocalStorageKeys)).filter((key) => key.includes(':draft:'))).toEqual([]);
}

describe('drafts survive closing the popup (Firefox ESR)', () => {
  it('keeps the forecast and its belief through closings mid-word; once committed, it does not come back', async () => {
    const { page, goto } = firefox();
    const title = await startAsk(page, goto);
    await radio(page, 'forecast', '8');
    await radio(page, 'expected', 'partly');

    await typeAcrossClosings('#belief', BELIEF);
    await goto('popup.html');
    await waitFor(page, '#belief');
    expect(await fieldValue(page, '#belief')).toBe(BELIEF);
    expect(await checkedIn(page, 'forecast')).toBe('8');
    expect(await checkedIn(page, 'expected')).toBe('partly');

    await clickButton(page, 'Commit');
    await waitFor(page, '[data-testid="doing"]');
    expect(await text(page, '[data-testid="doing-belief"]')).toContain(BELIEF);
    await noDraftsLeft(page);

    // The same ask let go and taken up again: a fresh forecast, not the old text.
    await clickButton(page, 'Not this time');
    await waitFor(page, '[data-testid="let-go"]');
    await clickButtonIn(page, '[data-testid="let-go"]', 'Yes, let it go');
    await waitFor(page, '[data-testid="today-card"]');
    expect(await text(page, '#today-title')).toBe(title);
    await clickButton(page, "I'll do it");
    await waitFor(page, '#belief');
    expect(await fieldValue(page, '#belief')).toBe('');
    expect(await checkedIn(page, 'forecast')).toBeUndefined();
    await goto('popup.html');
    await waitFor(page, '#belief');
    expect(await fieldValue(page, '#belief')).toBe('');
  });

  it('keeps a reflection through closings mid-word; once saved, it does not come back', async () => {
    const { page, goto, browser } = firefox();
    await startAsk(page, goto);
    await radio(page, 'forecast', '6');
    await radio(page, 'expected', 'no');
    await clickButton(page, 'Commit');
    await waitFor(page, '[data-testid="doing"]');
    await clickButton(page, "I've done it");
    await waitFor(page, '#outcome-heading');
    await radio(page, 'outcome', 'partly');
    await radio(page, 'actual', '3');
    await clickButton(page, 'Save');
    await waitFor(page, '#reflect-heading');

    await typeAcrossClosings('#reflect-happened', HAPPENED);
    // A second field, typed into and closed at once, too.
    const tab = await openTab(browser, page, 'popup.html');
    await waitFor(tab, '#reflect-thoughtsFeelings');
    await tab.locator('#reflect-thoughtsFeelings').fill('Nervous, then reliev');
    await tab.close();

    await goto('popup.html');
    await waitFor(page, '#reflect-heading');
    expect(await fieldValue(page, '#reflect-happened')).toBe(HAPPENED);
    expect(await fieldValue(page, '#reflect-thoughtsFeelings')).toBe('Nervous, then reliev');
    await clickButton(page, 'Save reflection');
    await waitFor(page, '[data-testid="summary"]');
    await finishSummary(page);
    await noDraftsLeft(page);

    // Reopened, the popup is done for the day, not back on the reflection.
    await goto('popup.html');
    await waitFor(page, '[data-testid="done-today"]');
    expect(await page.$('#reflect-heading')).toBeNull();
    expect(await page.$('[data-testid="unreflected"]')).toBeNull();
    await goto('newtab.html');
    const journal = await text(page, '[data-testid="journal-entries"]');
    expect(journal.split(HAPPENED)).toHaveLength(2);
    expect(journal).toContain('Nervous, then reliev');
  });
});
