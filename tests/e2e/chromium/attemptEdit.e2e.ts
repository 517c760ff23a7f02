import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { dumpDatabaseInPage } from '../harness/dataState';
import { CORRECTION_HISTORY } from '../harness/seededAttempt';
import { putHistory } from './idb';
import { popupFlow } from './popupFlow';

// Issue 18: a logged ask can be corrected or deleted, with Undo, from the new tab's journal and
// from the popup's summary, and every count follows at once.
const extension = useChromiumExtension();

const SHOTS = process.env.SHOTS_DIR;
/** With SHOTS_DIR set, a picture of the page (or of one section) for a person to look at. */
const shoot = async (target: Page | Locator, name: string) => {
  if (!SHOTS) return;
  const path = `${SHOTS}/${name}.png`;
  if ('goto' in target) await target.screenshot({ path, fullPage: true });
  else await target.screenshot({ path });
};

/** The accessible name (or id) of what has the keyboard. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') || el?.id || el?.outerHTML.slice(0, 80) || '';
  });

const weekCount = (page: Page) => page.getByTestId('week-count').textContent();
const outcomes = (page: Page) => page.getByTestId('outcomes').locator('li').allTextContents();

describe('correcting and deleting a logged ask (Chromium)', () => {
  it('edits and deletes from the journal, with Undo, and the counts follow', async () => {
    const newtab = await extension().openSeeded('newtab.html', (page) =>
      putHistory(page, CORRECTION_HISTORY),
    );
    const journal = newtab.getByTestId('journal');
    const entry = (id: string) => journal.locator(`[data-attempt-id="${id}"]`);
    await expect.poll(() => journal.locator('.journal__entry').count()).toBe(4);
    expect(await weekCount(newtab)).toBe('3 asks this week · goal 3 ✓');
    expect(await outcomes(newtab)).toEqual([
      'Yes: 1',
      'Partly: 1',
      'No: 1',
      'No reply: 0',
      'Still waiting: 1',
    ]);

    // An ask still waiting has no answer yet: its line ends with what there is, no dangling "·".
    const day = CORRECTION_HISTORY[1]?.doneDay;
    expect(await entry('e2e-2').getByTestId('journal-entry-meta').textContent()).toBe(
      `${day} · Level 2 · Asking for feedback`,
    );
    expect(await entry('e2e-1').getByTestId('journal-entry-meta').textContent()).toBe(
      `${day} · Level 2 · Asking for feedback · No`,
    );

    // The Filters button is as tall as the search field beside it.
    const heights = await journal.evaluate((section) =>
      [
        section.querySelector('input[type="search"]'),
        section.querySelector('[aria-controls="journal-filters"]'),
      ].map((el) => el?.getBoundingClientRect().height),
    );
    expect(heights[0]).toBeGreaterThan(0);
    expect(heights[1]).toBe(heights[0]);

    // Edit: the answer, how it felt and the reflection.
    await journal.getByRole('button', { name: 'Edit: Ask Sam for feedback' }).click();
    const form = journal.getByTestId('attempt-edit');
    await form.waitFor();
    await expect.poll(() => focused(newtab)).toBe('attempt-edit-heading');
    await shoot(journal, 'chromium-journal-edit');
    await form.locator('[data-group="edit-outcome"]').getByLabel('Yes', { exact: true }).check();
    await form.getByLabel('What actually happened?').fill('Sam said yes the next morning.');
    await form.locator('[data-group="edit-actual"]').getByLabel('2', { exact: true }).check();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => entry('e2e-1').textContent()).toContain('Sam said yes the next morning.');
    expect(await entry('e2e-1').getByTestId('journal-entry-meta').textContent()).toContain('· Yes');
    await expect
      .poll(() => outcomes(newtab))
      .toEqual(['Yes: 2', 'Partly: 1', 'No: 0', 'No reply: 0', 'Still waiting: 1']);
    expect(await weekCount(newtab)).toBe('3 asks this week · goal 3 ✓');
    await expect.poll(() => focused(newtab)).toBe('Edit: Ask Sam for feedback');
    expect(await journal.getByTestId('correction-status').textContent()).toBe(
      'Saved your changes to “Ask Sam for feedback”.',
    );

    // An ask logged without a rating: saving asks for one, plainly, by the scale. Esc leaves
    // without saving, keyboard only.
    await journal.getByRole('button', { name: 'Edit: Ask for a second look' }).focus();
    await newtab.keyboard.press('Enter');
    await form.waitFor();
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('Choose a number from 0 to 10.');
    await expect.poll(() => focused(newtab)).toBe('<input type="radio" name="edit-actual" value="0">');
    await shoot(journal.locator('[data-attempt-id="e2e-4"]'), 'chromium-journal-edit-error');
    await form.getByLabel('What actually happened?').fill('Typed, then thought better of it.');
    await newtab.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await entry('e2e-4').textContent()).toContain('Half of it.');
    await expect.poll(() => focused(newtab)).toBe('Edit: Ask for a second look');

    // Delete: gone at once, the counts drop, and Undo puts back the same row and counts.
    const before = await newtab.evaluate(dumpDatabaseInPage);
    await journal.getByRole('button', { name: 'Delete: Ask for a discount' }).click();
    await expect.poll(() => entry('e2e-3').count()).toBe(0);
    await expect.poll(() => weekCount(newtab)).toBe('2 asks this week · goal 3');
    expect(await outcomes(newtab)).toEqual([
      'Yes: 1',
      'Partly: 1',
      'No: 0',
      'No reply: 0',
      'Still waiting: 1',
    ]);
    const status = journal.getByTestId('correction-status');
    expect(await status.textContent()).toBe(
      'Deleted “Ask for a discount”. Your level stays where it is.Undo',
    );
    await expect.poll(() => focused(newtab)).toBe('Undo: Ask for a discount');
    await shoot(journal, 'chromium-journal-deleted');
    await newtab.keyboard.press('Enter');
    await expect.poll(() => entry('e2e-3').count()).toBe(1);
    await expect.poll(() => weekCount(newtab)).toBe('3 asks this week · goal 3 ✓');
    expect(await outcomes(newtab)).toEqual([
      'Yes: 2',
      'Partly: 1',
      'No: 0',
      'No reply: 0',
      'Still waiting: 1',
    ]);
    expect(await status.textContent()).toBe('“Ask for a discount” is back.');
    await expect.poll(() => focused(newtab)).toBe('Edit: Ask for a discount');
    const after = await newtab.evaluate(dumpDatabaseInPage);
    expect(after.attempts).toEqual(before.attempts);
    expect(after.stats).toEqual(before.stats);
    await extension().close(newtab);
  });

  it('edits and deletes the ask just logged from the popup’s summary, with Undo', async () => {
    const popup = await extension().open('popup.html');
    const title = await popupFlow.start(popup);
    await popupFlow.forecast(popup, { forecast: 7, expected: 'No' });
    await popupFlow.done(popup);
    await popupFlow.outcome(popup, { outcome: 'No', actual: 6 });
    await popupFlow.reflect(popup, { happened: 'A kind no.' });
    expect(await popup.getByTestId('summary-compare').textContent()).toBe('You expected 7, it felt 6.');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, 'chromium-popup-summary-dark');
    await popup.emulateMedia({ colorScheme: 'light' });

    await popup.getByRole('button', { name: `Edit: ${title}` }).click();
    const form = popup.getByTestId('attempt-edit');
    await form.waitFor();
    await expect.poll(() => focused(popup)).toBe('attempt-edit-heading');
    expect(await form.locator('[data-group="edit-outcome"] input:checked').getAttribute('value')).toBe('no');
    expect(await form.getByLabel('What actually happened?').inputValue()).toBe('A kind no.');
    await form.locator('[data-group="edit-actual"]').getByLabel('2', { exact: true }).check();
    await form.locator('[data-group="edit-outcome"]').getByLabel('Partly', { exact: true }).check();
    await shoot(popup, 'chromium-popup-edit');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => popup.getByTestId('summary-compare').textContent())
      .toBe('You expected 7, it felt 2.');
    await expect.poll(() => focused(popup)).toBe(`Edit: ${title}`);

    // Text typed into a correction survives the popup closing, and the form opens again with it.
    await popup.getByRole('button', { name: `Edit: ${title}` }).click();
    await form.getByLabel('What did you expect would happen?').fill('Half-typed when the popup closed');
    await extension().close(popup);
    const again = await extension().open('popup.html');
    const reopened = again.getByTestId('attempt-edit');
    await reopened.waitFor();
    expect(await reopened.getByLabel('What did you expect would happen?').inputValue()).toBe(
      'Half-typed when the popup closed',
    );
    await reopened.getByRole('button', { name: 'Cancel' }).click();
    await again.getByTestId('summary').waitFor();

    // Delete: back to the card, with Undo; Undo brings the ask and its summary back.
    await again.getByRole('button', { name: `Delete: ${title}` }).click();
    await again.getByTestId('summary').waitFor({ state: 'detached' });
    await expect
      .poll(() => again.getByTestId('popup-week-count').textContent())
      .toContain('Asks this week: 0');
    expect(await again.getByTestId('correction-status').textContent()).toBe(
      `Deleted “${title}”. Your level stays where it is.Undo`,
    );
    await expect.poll(() => focused(again)).toBe(`Undo: ${title}`);
    await shoot(again, 'chromium-popup-deleted');
    await again.keyboard.press('Enter');
    await again.getByTestId('summary').waitFor();
    expect(await again.getByTestId('summary-compare').textContent()).toBe('You expected 7, it felt 2.');

    // Deleted for good: the new tab has nothing of it (today's ask is to do again).
    await again.getByRole('button', { name: `Delete: ${title}` }).click();
    await again.getByTestId('summary').waitFor({ state: 'detached' });
    await extension().close(again);
    const newtab = await extension().open('newtab.html');
    await newtab.getByTestId('week-empty').waitFor();
    expect(await newtab.locator('.journal__entry').count()).toBe(0);
    expect(await newtab.getByTestId('nt-today').textContent()).toContain(title);
    const dump = await newtab.evaluate(dumpDatabaseInPage);
    expect(dump.attempts).toEqual([]);
    expect(dump.stats).toEqual([]);
    await extension().close(newtab);
  });
});
