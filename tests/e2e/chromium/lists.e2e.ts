import { describe, expect, it } from 'vitest';
import { dayKey } from '../../../utils/dates';
import { useChromiumExtension } from '../harness/chromium';
import { awaitingAsk } from '../harness/seededAttempt';
import { putRows } from './idb';

// Lists on a page's load path stay short, however many asks are open: the few most urgent,
// then "Show all (N)".
const extension = useChromiumExtension();

describe('lists that stay small (Chromium)', () => {
  it('shows the five asks due first, then all of them when asked, in the popup and on the new tab', async () => {
    const options = await extension().open('options.html');
    const now = await options.evaluate(() => Date.now());
    // Written in reverse: the order shown comes from the follow-up day, not from the writing.
    await putRows(
      options,
      'attempts',
      Array.from({ length: 8 }, (_, i) => awaitingAsk(7 - i, now)),
    );
    await extension().close(options);

    const popup = await extension().open('popup.html');
    const titles = (page: typeof popup) =>
      page.getByTestId('awaiting').locator('.awaiting__title').allTextContents();
    expect(await titles(popup)).toEqual([0, 1, 2, 3, 4].map((i) => `Waiting ask ${i}`));
    await popup.getByTestId('awaiting-show-all').click();
    await expect.poll(() => titles(popup)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => `Waiting ask ${i}`));
    await extension().close(popup);

    const tab = await extension().open('newtab.html');
    expect(await tab.getByTestId('awaiting-show-all').textContent()).toBe('Show all (8)');
    expect(await titles(tab)).toEqual([0, 1, 2, 3, 4].map((i) => `Waiting ask ${i}`));
    await tab.getByTestId('awaiting-show-all').click();
    await expect.poll(() => titles(tab)).toHaveLength(8);
    // Expanded, the list follows a change: closing one leaves seven.
    await tab.getByRole('button', { name: 'Close as no reply: Waiting ask 6' }).click();
    await expect.poll(() => titles(tab)).toHaveLength(7);
    await extension().close(tab);
  });

  it('lists the three newest asks waiting for a reflection, then all of them when asked', async () => {
    const options = await extension().open('options.html');
    const now = await options.evaluate(() => Date.now());
    const unreflected = Array.from({ length: 5 }, (_, i) => {
      const { reflection: _reflection, followUpDueAt: _due, ...ask } = awaitingAsk(i, now);
      const doneAt = now - (5 - i) * 3_600_000;
      return {
        ...ask,
        id: `unreflected-${i}`,
        askTitle: `Unreflected ask ${i}`,
        state: 'answered',
        outcome: 'yes',
        doneAt,
        doneDay: dayKey(doneAt),
      };
    });
    await putRows(options, 'attempts', unreflected);
    await extension().close(options);

    const popup = await extension().open('popup.html');
    const list = popup.getByTestId('unreflected');
    expect(await list.locator('li span').allTextContents()).toEqual([
      'Unreflected ask 4',
      'Unreflected ask 3',
      'Unreflected ask 2',
    ]);
    expect(await popup.getByTestId('unreflected-show-all').textContent()).toBe('Show all (5)');
    await popup.getByTestId('unreflected-show-all').click();
    await expect.poll(() => list.locator('li').count()).toBe(5);
    await extension().close(popup);
  });
});
