import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../utils/db/schema';
import { rebuildStats } from '../../../utils/stats';
import { useChromiumExtension } from '../harness/chromium';
import { SEEDED_HISTORY as HISTORY, PUSHY, seededAttempt } from '../harness/seededAttempt';
import { putHistory, putRow, putRows } from './idb';

const extension = useChromiumExtension();
const DAY = 86_400_000;

const attempt = seededAttempt;

/** HISTORY with its aggregates, at level 2 for a month, written as the data layer keeps them. */
async function seedHistory(): Promise<void> {
  const options = await extension().open('options.html');
  await putHistory(options, HISTORY);
  await putRow(options, 'meta', { key: 'ladder', value: { level: 2, since: Date.now() - 30 * DAY } });
  // The ladder's last decision, as the data layer keeps it after each logged ask.
  await putRow(options, 'meta', {
    key: 'ladderOutlook',
    value: { from: 2, to: 3, reason: { code: 'upEasy', count: 3 } },
  });
  await extension().close(options);
}

/** The journal's i-th entry: an ask reflected on 30 + i days ago. */
const journalAttempt = (i: number): Attempt =>
  attempt(100 + i, 30 + i, {
    askTitle: `Journal ask ${i}`,
    category: i % 2 ? 'money' : 'feedback',
    outcome: i % 3 ? 'yes' : 'no',
    reflection: {
      expected: i === 0 ? '<img src=x onerror=alert(1)>' : 'A polite no.',
      happened: i === 5 ? 'They asked for my portfolio.' : 'A short reply.',
      thoughtsFeelings: 'Nervous first.',
      beliefUpdate: 'Worth asking.',
    },
  });

describe('new tab progress view (Chromium)', () => {
  it('shows each section from the stored history', async () => {
    await seedHistory();

    const newtab = await extension().open('newtab.html');
    await expect.poll(() => newtab.getByTestId('ladder-level').textContent()).toBe('Level 2 of 10');
    const weekCount = await newtab.getByTestId('week-count').textContent();
    expect(weekCount).toMatch(/^(1 ask|2 asks) this week · goal 3$/); // 1 or 2: depends on the weekday
    expect(await newtab.getByTestId('ladder-levels').textContent()).toBe(
      'Asks at each level, 1 to 10: 0, 7, 1, 0, 0, 0, 0, 0, 0, 0.',
    );
    // Three asks felt easy at level 2: the engine steps up at the next logged ask, and says so.
    expect(await newtab.getByTestId('ladder-next').textContent()).toBe(
      'Enough asks have felt easy at this level: the next ask you log moves you up a step.',
    );
    expect(await newtab.getByTestId('calendar-summary').textContent()).toBe(
      'Asks in the last 52 weeks: 8. Days with practice: 8.',
    );
    expect(await newtab.locator('.cal .cal__1').getAttribute('data-cells')).toBe('8');
    expect(await newtab.getByTestId('insight').textContent()).toBe(
      'Your asks felt 4.0 points easier than you expected, over 8 asks.',
    );
    const outcomes = await newtab.getByTestId('outcomes').textContent();
    for (const part of ['Yes: 4', 'Partly: 1', 'No: 1', 'No reply: 1', 'Still waiting: 1']) {
      expect(outcomes).toContain(part);
    }
    expect(await newtab.getByTestId('nt-awaiting').textContent()).toContain('Pitch the local paper');
    expect(await newtab.getByTestId('nt-awaiting').textContent()).toContain('Asked 2 days ago');
    expect(await newtab.getByTestId('answers-met').textContent()).toBe(
      'The answer you expected came: 1 of 3 answered asks.',
    );
    const beliefs = await newtab.getByTestId('beliefs').textContent();
    expect(beliefs).toContain(`“${PUSHY}”`);
    expect(beliefs).toContain(
      'Asks that tested it: 3. Answered yes or partly: 2. No, or no reply: 1. It felt 4.0 points easier than you expected, on average.',
    );
    expect(await newtab.getByTestId('newtab-empty').count()).toBe(0);
    await extension().close(newtab);
  });

  it('starts today’s ask from its one line, in the popup’s flow', async () => {
    const popup = await extension().open('popup.html');
    const title = await popup.locator('#today-title').textContent();
    await extension().close(popup);
    const newtab = await extension().open('newtab.html');
    await expect.poll(() => newtab.getByTestId('nt-today').textContent()).toContain(title ?? '—');
    await newtab.getByRole('button', { name: 'Start' }).click();
    // Either the browser opens the popup, or the page says where to carry on.
    const popupOpened = async () =>
      (await extension().worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['POPUP'] })))
        .length > 0;
    const pointedToToolbar = async () =>
      (await newtab.getByTestId('newtab-status').textContent())?.includes('toolbar') === true;
    await expect.poll(async () => (await popupOpened()) || (await pointedToToolbar())).toBe(true);
    await extension().close(newtab);

    const next = await extension().open('popup.html');
    await next.getByRole('heading', { name: 'Before you ask' }).waitFor();
    expect(await next.getByText(title ?? '—').count()).toBeGreaterThan(0);
    await next.getByRole('button', { name: 'Back' }).click();
    await next.getByTestId('today-card').waitFor();
    await extension().close(next);
  });

  it('acts on an ask awaiting a reply as the popup does: close with undo, got an answer', async () => {
    await seedHistory();
    const newtab = await extension().open('newtab.html');
    const awaiting = newtab.getByTestId('nt-awaiting');
    await expect.poll(() => awaiting.textContent()).toContain('Pitch the local paper');
    await awaiting.getByRole('button', { name: 'Close as no reply: Pitch the local paper' }).click();
    await expect.poll(() => awaiting.locator('li').count()).toBe(0);
    await expect.poll(() => newtab.getByTestId('outcomes').textContent()).toContain('No reply: 2');
    await awaiting.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => awaiting.locator('li').count()).toBe(1);
    await expect.poll(() => newtab.getByTestId('outcomes').textContent()).toContain('Still waiting: 1');

    await awaiting.getByRole('button', { name: 'Got an answer: Pitch the local paper' }).click();
    await extension().close(newtab);
    const popup = await extension().open('popup.html');
    await popup.getByRole('heading', { name: 'What was the answer?' }).waitFor();
    await extension().close(popup);
  });

  it('keeps a minimal view, switched on the page or in options, and remembered', async () => {
    await seedHistory();
    const newtab = await extension().open('newtab.html');
    await newtab.getByRole('button', { name: 'Show less' }).click();
    await expect.poll(() => newtab.locator('.newtab--minimal').count()).toBe(1);
    expect(await newtab.getByTestId('ladder').count()).toBe(0);
    expect(await newtab.getByTestId('week-count').count()).toBe(1);
    await extension().close(newtab);

    const again = await extension().open('newtab.html');
    expect(await again.locator('.newtab--minimal').count()).toBe(1);
    expect(await again.getByRole('button', { name: 'Show everything' }).count()).toBe(1);

    // Options shows the same switch; turning it off there reaches the open new tab.
    const options = await extension().open('options.html');
    const box = options.getByLabel(/Minimal new tab/);
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => options.locator('#newtab-form-status').textContent()).toBe('Saved.');
    await extension().close(options);
    await expect.poll(() => again.getByTestId('ladder').count()).toBe(1);
    await extension().close(again);
  });
});

describe('new tab journal (Chromium)', () => {
  it('lists reflections newest first, a page at a time, searched and filtered, as text', async () => {
    const options = await extension().open('options.html');
    await putRows(
      options,
      'attempts',
      Array.from({ length: 12 }, (_, i) => journalAttempt(i)),
    );
    await extension().close(options);

    const newtab = await extension().open('newtab.html');
    const section = newtab.getByTestId('journal');
    const titles = () => section.locator('.journal__entry h3').allTextContents();
    await expect.poll(titles).toEqual(Array.from({ length: 10 }, (_, i) => `Journal ask ${i}`));
    // Typed text is shown as text, never as markup.
    expect(await section.locator('img').count()).toBe(0);
    expect(await section.textContent()).toContain('<img src=x onerror=alert(1)>');

    await section.getByRole('button', { name: 'Older' }).click();
    await expect.poll(titles).toEqual(['Journal ask 10', 'Journal ask 11']);
    await section.getByRole('button', { name: 'Newer' }).click();
    await expect.poll(async () => (await titles()).length).toBe(10);

    await section.getByLabel('Search your reflections').fill('PORTFOLIO');
    await expect.poll(titles).toEqual(['Journal ask 5']);
    await section.getByLabel('Search your reflections').fill('');
    // The other filters wait behind a button, closed on a new tab.
    const filtersButton = section.getByRole('button', { name: /^Filters/ });
    expect(await filtersButton.getAttribute('aria-expanded')).toBe('false');
    expect(await section.getByLabel('Category').count()).toBe(0);
    await filtersButton.click();
    expect(await filtersButton.getAttribute('aria-expanded')).toBe('true');
    await section.getByLabel('Category').selectOption('money');
    await section.getByLabel('Answer').selectOption('no');
    await expect.poll(titles).toEqual(['Journal ask 3', 'Journal ask 9']);
    // Closed again, the button still says the list is narrowed.
    await filtersButton.click();
    expect(await filtersButton.textContent()).toBe('Filters (2)');
    await expect.poll(titles).toEqual(['Journal ask 3', 'Journal ask 9']);
    await section.getByLabel('Search your reflections').fill('nothing like this');
    await expect
      .poll(() => section.getByTestId('journal-empty').textContent())
      .toBe('No reflections match. Try other words or clear the filters.');
    await filtersButton.click();
    await section.getByRole('button', { name: 'Clear filters' }).click();
    expect(await filtersButton.textContent()).toBe('Filters');
    // The clear button is gone with the filters; focus is on the toggle, not lost.
    expect(await filtersButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await section.getByLabel('Search your reflections').fill('portfolio');
    await expect.poll(titles).toEqual(['Journal ask 5']);
    await section.getByLabel('Search your reflections').fill('');

    await section.getByLabel('From', { exact: true }).fill('2026-11-20');
    await section.getByLabel('To', { exact: true }).fill('2026-11-01');
    await expect
      .poll(() => section.getByRole('alert').textContent())
      .toContain('The start date is after the end date');
    await extension().close(newtab);
  });
});

describe('new tab aggregates repair (Chromium)', () => {
  it('shows correct numbers after the stored aggregates were damaged', async () => {
    const options = await extension().open('options.html');
    const rows = [...rebuildStats(HISTORY).values()];
    for (const row of HISTORY) await putRow(options, 'attempts', { ...row });
    // Damaged: every week and the total say 40, and the level rows are gone.
    for (const row of rows) {
      if (row.key.startsWith('level:')) continue;
      await putRow(options, 'stats', {
        ...row,
        ...(row.key === 'all' || row.key.startsWith('week:') ? { attempts: 40 } : {}),
      });
    }
    await extension().close(options);

    const newtab = await extension().open('newtab.html');
    await expect
      .poll(() => newtab.getByTestId('calendar-summary').textContent())
      .toBe('Asks in the last 52 weeks: 8. Days with practice: 8.');
    await expect
      .poll(() => newtab.getByTestId('week-count').textContent())
      .toMatch(/^(1 ask|2 asks) this week · goal 3$/);
    await expect
      .poll(() => newtab.getByTestId('ladder-levels').textContent())
      .toBe('Asks at each level, 1 to 10: 0, 7, 1, 0, 0, 0, 0, 0, 0, 0.');
    await extension().close(newtab);
  });
});

describe('new tab journal beyond the load bound (Chromium)', () => {
  it('finds an older reflection behind many recent asks without one', async () => {
    const options = await extension().open('options.html');
    // 410 recent asks without a reflection: more than the load path reads (400).
    await putRows(options, 'attempts', [
      ...Array.from({ length: 410 }, (_, i) => {
        const { reflection: _r, ...row } = attempt(1000 + i, 1 + (i % 20), { askTitle: `Quick ask ${i}` });
        return row;
      }),
      journalAttempt(0),
    ]);
    await extension().close(options);
    const newtab = await extension().open('newtab.html');
    const section = newtab.getByTestId('journal');
    await expect
      .poll(() => section.getByTestId('journal-empty').textContent())
      .toBe('No reflections among your recent asks. Press Older to look further back.');
    await section.getByRole('button', { name: 'Older' }).click();
    await expect
      .poll(() => section.locator('.journal__entry h3').first().textContent())
      .toBe('Journal ask 0');
    await extension().close(newtab);
  });
});
