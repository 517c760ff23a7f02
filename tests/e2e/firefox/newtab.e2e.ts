import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { dayKey, weekStartKey } from '../../../utils/dates';
import type { Attempt } from '../../../utils/db/schema';
import { rebuildStats } from '../../../utils/stats';
import { useFirefoxExtension } from '../harness/firefox';
import { SEEDED_HISTORY as HISTORY, PUSHY, seededAttempt } from '../harness/seededAttempt';
import { clearField, clickButtonIn, putRows, text, texts, waitFor, waitForGone } from './pageActions';

// The new tab's progress view in Firefox, from a history seeded into the database, as
// tests/e2e/chromium/newtab.e2e.ts reads it in Chromium. Each test starts from an emptied
// database and seeds what it shows.
const firefox = useFirefoxExtension();

const DAY = 86_400_000;
const HOSTILE = '<img src=x onerror=alert(1)>';

const attempt = seededAttempt;

/** Asks and their running aggregates, as the data layer would have written them. */
async function seed(rows: Attempt[], meta: object[] = []) {
  const { page, goto } = firefox();
  await goto('options.html');
  await putRows(page, 'attempts', rows);
  await putRows(page, 'stats', [...rebuildStats(rows).values()]);
  await putRows(page, 'meta', meta);
}

const waitForTexts = (page: Page, selector: string, expected: string[]) =>
  page.waitForFunction(
    (selector, expected) =>
      JSON.stringify([...document.querySelectorAll(selector)].map((el) => el.textContent)) === expected,
    { timeout: 15_000 },
    selector,
    JSON.stringify(expected),
  );

describe('new tab progress view (Firefox ESR)', () => {
  it('shows each section from the stored history', async () => {
    const { page, goto } = firefox();
    await seed(HISTORY, [
      { key: 'ladder', value: { level: 2, since: Date.now() - 30 * DAY } },
      { key: 'ladderOutlook', value: { from: 2, to: 3, reason: { code: 'upEasy', count: 3 } } },
    ]);
    await goto('newtab.html');
    const monday = weekStartKey(dayKey(Date.now()));
    const thisWeek = HISTORY.filter((a) => weekStartKey(a.doneDay ?? '') === monday).length;
    expect(await text(page, '[data-testid="week-count"]')).toBe(
      `${thisWeek} ${thisWeek === 1 ? 'ask' : 'asks'} this week · goal 3`,
    );
    expect(await text(page, '[data-testid="ladder-level"]')).toBe('Level 2 of 10');
    expect(await text(page, '[data-testid="ladder-levels"]')).toBe(
      'Asks at each level, 1 to 10: 0, 7, 1, 0, 0, 0, 0, 0, 0, 0.',
    );
    expect(await text(page, '[data-testid="ladder-next"]')).toBe(
      'Enough asks have felt easy at this level: the next ask you log moves you up a step.',
    );
    expect(await text(page, '[data-testid="calendar-summary"]')).toBe(
      'Asks in the last 52 weeks: 8. Days with practice: 8.',
    );
    expect(await text(page, '[data-testid="insight"]')).toBe(
      'Your asks felt 4.0 points easier than you expected, over 8 asks.',
    );
    const outcomes = await text(page, '[data-testid="outcomes"]');
    for (const part of ['Yes: 4', 'Partly: 1', 'No: 1', 'No reply: 1', 'Still waiting: 1'])
      expect(outcomes).toContain(part);
    expect(await text(page, '[data-testid="nt-awaiting"]')).toContain('Pitch the local paper');
    expect(await text(page, '[data-testid="nt-awaiting"]')).toContain('Asked 2 days ago');
    expect(await text(page, '[data-testid="answers-met"]')).toBe(
      'The answer you expected came: 1 of 3 answered asks.',
    );
    const beliefs = await text(page, '[data-testid="beliefs"]');
    expect(beliefs).toContain(`“${PUSHY}”`);
    expect(beliefs).toContain('Asks that tested it: 3. Answered yes or partly: 2. No, or no reply: 1.');
    expect(await page.$('[data-testid="newtab-empty"]')).toBeNull();
  });

  it('lists reflections as text, a page at a time, and searches them', async () => {
    const { page, goto } = firefox();
    await seed(
      Array.from({ length: 12 }, (_, i) =>
        attempt(100 + i, 1 + i, {
          askTitle: `Journal ask ${i}`,
          reflection: {
            expected: i === 0 ? HOSTILE : 'A polite no.',
            happened: i === 5 ? 'They asked for my portfolio.' : 'A short reply.',
            thoughtsFeelings: 'Nervous first.',
            beliefUpdate: 'Worth asking.',
          },
        }),
      ),
    );
    await goto('newtab.html');
    const titles = '[data-testid="journal"] .journal__entry h3';
    const search = '[data-testid="journal"] input[type="search"]';
    expect(await texts(page, titles)).toEqual(Array.from({ length: 10 }, (_, i) => `Journal ask ${i}`));
    // What was typed shows as text, never as markup.
    expect(await page.$$('img')).toHaveLength(0);
    expect(await texts(page, '[data-testid="journal"] dd')).toContain(HOSTILE);

    await clickButtonIn(page, '[data-testid="journal"]', 'Older');
    await waitForTexts(page, titles, ['Journal ask 10', 'Journal ask 11']);
    expect(await text(page, '[data-testid="journal-pages"] .hint')).toBe('Page 2');
    await clickButtonIn(page, '[data-testid="journal"]', 'Newer');
    await waitForTexts(
      page,
      titles,
      Array.from({ length: 10 }, (_, i) => `Journal ask ${i}`),
    );
    expect(
      await page.$eval('[data-testid="journal-pages"] button', (b) => (b as HTMLButtonElement).disabled),
    ).toBe(true);

    await page.locator(search).fill('PORTFOLIO');
    await waitForTexts(page, titles, ['Journal ask 5']);
    await page.locator(search).fill('nothing like this');
    await waitFor(page, '[data-testid="journal-empty"]');
    expect(await text(page, '[data-testid="journal-empty"]')).toBe(
      'No reflections match. Try other words or clear the filters.',
    );
    await clearField(page, search);
    await waitForTexts(
      page,
      titles,
      Array.from({ length: 10 }, (_, i) => `Journal ask ${i}`),
    );
  });

  it('keeps a minimal view, switched on the page and remembered on reopening', async () => {
    const { page, goto } = firefox();
    await seed([attempt(1, 0, {})]);
    await page.evaluate(() => browser.storage.sync.set({ 'setting.newtabMinimal': false }));
    const toggle = '.newtab__header button';
    // The button says what it will do: a toggle by its label, not a pressed state.
    const label = () => text(page, toggle);
    const SECTIONS = ['ladder', 'forecast', 'calendar', 'outcomes', 'beliefs', 'journal'];
    const sectionsShown = () =>
      page.$$eval(
        '[data-testid]',
        (all, ids) => ids.filter((id) => all.some((el) => el.getAttribute('data-testid') === id)),
        SECTIONS,
      );

    await goto('newtab.html');
    expect(await label()).toBe('Show less');
    expect(await sectionsShown()).toEqual(SECTIONS);

    await page.locator(toggle).click();
    await waitFor(page, '.newtab--minimal');
    expect(await label()).toBe('Show everything');
    expect(await sectionsShown()).toEqual([]);
    expect(await text(page, '[data-testid="week-count"]')).toBe('1 ask this week · goal 3');
    expect(await page.$('[data-testid="nt-today"]')).not.toBeNull();

    await goto('newtab.html');
    expect(await page.$('.newtab--minimal')).not.toBeNull();
    expect(await label()).toBe('Show everything');
    expect(await sectionsShown()).toEqual([]);

    await page.locator(toggle).click();
    await waitForGone(page, '.newtab--minimal');
    expect(await label()).toBe('Show less');
    expect(await sectionsShown()).toEqual(SECTIONS);
    await goto('newtab.html');
    expect(await page.$('.newtab--minimal')).toBeNull();
    expect(await sectionsShown()).toEqual(SECTIONS);
  });
});
