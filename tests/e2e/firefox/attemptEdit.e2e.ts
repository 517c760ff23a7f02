import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { rebuildStats } from '../../../utils/stats';
import { dumpDatabaseInPage } from '../harness/dataState';
import { useFirefoxExtension } from '../harness/firefox';
import { CORRECTION_HISTORY } from '../harness/seededAttempt';
import {
  askToSummary,
  clickButton,
  putRows,
  radio,
  text,
  texts,
  waitFor,
  waitForExactText,
  waitForGone,
  waitForTextPart,
} from './pageActions';

// Issue 18 in Firefox, as tests/e2e/chromium/attemptEdit.e2e.ts runs it in Chromium: a logged
// ask corrected or deleted, with Undo, from the journal and from the popup's summary.
const firefox = useFirefoxExtension();

const SHOTS = process.env.SHOTS_DIR;
const shoot = async (page: Page, name: string, selector?: string) => {
  if (!SHOTS) return;
  const path = `${SHOTS}/${name}.png` as const;
  const element = selector ? await page.$(selector) : null;
  if (element) await element.screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
};

/** The accessible name, or the id, of what has the keyboard. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') || el?.id || el?.tagName || '';
  });
const waitForFocus = (page: Page, name: string) =>
  page.waitForFunction(
    (name) => {
      const el = document.activeElement;
      return (el?.getAttribute('aria-label') || el?.id) === name;
    },
    { timeout: 15_000 },
    name,
  );
const click = (page: Page, name: string) => page.locator(`button[aria-label="${name}"]`).click();
const entry = (id: string) => `[data-testid="journal"] [data-attempt-id="${id}"]`;
const FORM = '[data-testid="attempt-edit"]';
const outcomes = (page: Page) => texts(page, '[data-testid="outcomes"] li');
const waitForOutcomes = (page: Page, expected: string[]) =>
  page.waitForFunction(
    (expected) =>
      JSON.stringify(
        [...document.querySelectorAll('[data-testid="outcomes"] li')].map((li) => li.textContent),
      ) === expected,
    { timeout: 15_000 },
    JSON.stringify(expected),
  );

describe('correcting and deleting a logged ask (Firefox ESR)', () => {
  it('edits and deletes from the journal, with Undo, and the counts follow', async () => {
    const { page, goto } = firefox();
    await goto('options.html');
    await putRows(page, 'attempts', CORRECTION_HISTORY);
    await putRows(page, 'stats', [...rebuildStats(CORRECTION_HISTORY).values()]);
    await goto('newtab.html');
    await waitFor(page, entry('e2e-4'));
    expect(await text(page, '[data-testid="week-count"]')).toBe('3 asks this week · goal 3 ✓');
    expect(await outcomes(page)).toEqual(['Yes: 1', 'Partly: 1', 'No: 1', 'No reply: 0', 'Still waiting: 1']);

    // An ask still waiting has no answer yet: its line ends with what there is, no dangling "·".
    const day = CORRECTION_HISTORY[1]?.doneDay;
    expect(await text(page, `${entry('e2e-2')} [data-testid="journal-entry-meta"]`)).toBe(
      `${day} · Level 2 · Asking for feedback`,
    );
    // The Filters button is as tall as the search field beside it.
    const heights = await page.evaluate(() =>
      ['[data-testid="journal"] input[type="search"]', '[aria-controls="journal-filters"]'].map(
        (selector) => document.querySelector(selector)?.getBoundingClientRect().height,
      ),
    );
    expect(heights[0]).toBeGreaterThan(0);
    expect(heights[1]).toBe(heights[0]);

    await click(page, 'Edit: Ask Sam for feedback');
    await waitFor(page, FORM);
    await waitForFocus(page, 'attempt-edit-heading');
    await radio(page, 'edit-outcome', 'yes');
    await radio(page, 'edit-actual', '2');
    await page.locator('#attempt-edit-happened').fill('Sam said yes the next morning.');
    await shoot(page, 'firefox-journal-edit', entry('e2e-1'));
    await clickButton(page, 'Save changes');
    await waitForGone(page, FORM);
    await waitForTextPart(page, entry('e2e-1'), 'Sam said yes the next morning.');
    await waitForOutcomes(page, ['Yes: 2', 'Partly: 1', 'No: 0', 'No reply: 0', 'Still waiting: 1']);
    await waitForFocus(page, 'Edit: Ask Sam for feedback');
    expect(await text(page, '[data-testid="correction-status"]')).toBe(
      'Saved your changes to “Ask Sam for feedback”.',
    );

    // Without a rating, saving says so by the scale; Esc leaves without saving.
    await click(page, 'Edit: Ask for a second look');
    await waitFor(page, FORM);
    await clickButton(page, 'Save changes');
    await waitForExactText(page, `${FORM} [role="alert"]`, 'Choose a number from 0 to 10.');
    await page.locator('#attempt-edit-happened').fill('Typed, then thought better of it.');
    await page.keyboard.press('Escape');
    await waitForGone(page, FORM);
    expect(await text(page, entry('e2e-4'))).toContain('Half of it.');
    await waitForFocus(page, 'Edit: Ask for a second look');

    // Delete, then Undo from the keyboard: the same rows and counts as before.
    const before = await page.evaluate(dumpDatabaseInPage);
    await click(page, 'Delete: Ask for a discount');
    await waitForGone(page, entry('e2e-3'));
    await waitForExactText(page, '[data-testid="week-count"]', '2 asks this week · goal 3');
    expect(await outcomes(page)).toEqual(['Yes: 1', 'Partly: 1', 'No: 0', 'No reply: 0', 'Still waiting: 1']);
    expect(await text(page, '[data-testid="correction-status"]')).toBe(
      'Deleted “Ask for a discount”. Your level stays where it is.Undo',
    );
    await waitForFocus(page, 'Undo: Ask for a discount');
    await shoot(page, 'firefox-journal-deleted', '[data-testid="journal"]');
    await page.keyboard.press('Enter');
    await waitFor(page, entry('e2e-3'));
    await waitForExactText(page, '[data-testid="week-count"]', '3 asks this week · goal 3 ✓');
    expect(await outcomes(page)).toEqual(['Yes: 2', 'Partly: 1', 'No: 0', 'No reply: 0', 'Still waiting: 1']);
    await waitForFocus(page, 'Edit: Ask for a discount');
    const after = await page.evaluate(dumpDatabaseInPage);
    expect(after.attempts).toEqual(before.attempts);
    expect(after.stats).toEqual(before.stats);
  });

  it('edits and deletes the ask just logged from the popup’s summary, with Undo', async () => {
    const { page, goto } = firefox();
    const title = await askToSummary(page, goto, {
      forecast: 7,
      expected: 'no',
      outcome: 'no',
      actual: 6,
      happened: 'A kind no.',
    });
    expect(await text(page, '[data-testid="summary-compare"]')).toBe('You expected 7, it felt 6.');
    await shoot(page, 'firefox-popup-summary');

    await click(page, `Edit: ${title}`);
    await waitFor(page, FORM);
    await waitForFocus(page, 'attempt-edit-heading');
    expect(await page.$eval('#attempt-edit-happened', (el) => (el as HTMLTextAreaElement).value)).toBe(
      'A kind no.',
    );
    await radio(page, 'edit-actual', '2');
    await clickButton(page, 'Save changes');
    await waitForExactText(page, '[data-testid="summary-compare"]', 'You expected 7, it felt 2.');
    await waitForFocus(page, `Edit: ${title}`);

    // What is typed into a correction survives the popup closing; the form opens again with it.
    await click(page, `Edit: ${title}`);
    await waitFor(page, FORM);
    await page.locator('#attempt-edit-expected').fill('Half-typed when the popup closed');
    await goto('popup.html');
    await waitFor(page, FORM);
    expect(await page.$eval('#attempt-edit-expected', (el) => (el as HTMLTextAreaElement).value)).toBe(
      'Half-typed when the popup closed',
    );
    await shoot(page, 'firefox-popup-edit');
    await clickButton(page, 'Cancel');
    await waitFor(page, '[data-testid="summary"]');

    await click(page, `Delete: ${title}`);
    await waitForGone(page, '[data-testid="summary"]');
    await waitForTextPart(page, '[data-testid="popup-week-count"]', 'Asks this week: 0');
    expect(await text(page, '[data-testid="correction-status"]')).toBe(
      `Deleted “${title}”. Your level stays where it is.Undo`,
    );
    await waitForFocus(page, `Undo: ${title}`);
    await shoot(page, 'firefox-popup-deleted');
    await page.keyboard.press('Enter');
    await waitFor(page, '[data-testid="summary"]');
    expect(await text(page, '[data-testid="summary-compare"]')).toBe('You expected 7, it felt 2.');
    expect(await focused(page)).not.toBe(`Undo: ${title}`);
  });
});
