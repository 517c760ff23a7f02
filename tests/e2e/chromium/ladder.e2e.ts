import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { putRow } from './idb';

const extension = useChromiumExtension();

const cardId = (popup: Page) => popup.getByTestId('today-card').getAttribute('data-ask-id');
const cardMeta = (popup: Page) => popup.getByTestId('today-card').locator('.ask__meta').textContent();

/** A person who reached level 4 yesterday. */
async function atLevelFour(): Promise<void> {
  const options = await extension().open('options.html');
  await putRow(options, 'meta', { key: 'ladder', value: { level: 4, since: Date.now() - 86_400_000 } });
  await extension().close(options);
}

describe("today's card (Chromium)", () => {
  it('comes from the ladder at the stored level', async () => {
    await atLevelFour();

    const popup = await extension().open('popup.html');
    expect(await cardMeta(popup)).toMatch(/^Level 4 · /);
    const first = await cardId(popup);
    expect(first).toMatch(/^[a-z]+_\d{2}$/);
    expect(await popup.getByTestId('ask-template').textContent()).not.toBe('');
    // Where the ask happens, e.g. "Level 4 · Networking and mentorship · Email · about 10 min".
    expect(await cardMeta(popup)).toMatch(
      /^Level 4 · [^·]+ · (Email|Direct message|Chat|Web form|Forum|Issue tracker|Video call|Marketplace|Job board) · about \d+ min$/,
    );
    await extension().close(popup);

    const again = await extension().open('popup.html');
    expect(await cardId(again)).toBe(first);
    await extension().close(again);
  });

  it('swap, easier and not today hold across popup reopenings', async () => {
    await atLevelFour();
    let popup = await extension().open('popup.html');
    const first = await cardId(popup);
    await popup.getByRole('button', { name: 'Swap' }).click();
    await expect.poll(() => cardId(popup)).not.toBe(first);
    const swapped = await cardId(popup);
    expect(await cardMeta(popup)).toMatch(/^Level 4 · /);
    await extension().close(popup);

    popup = await extension().open('popup.html');
    expect(await cardId(popup)).toBe(swapped);
    await popup.getByRole('button', { name: 'Easier' }).click();
    await expect.poll(() => cardMeta(popup)).toMatch(/^Level 3 · /);
    await extension().close(popup);

    popup = await extension().open('popup.html');
    expect(await cardMeta(popup)).toMatch(/^Level 3 · /);
    expect(await popup.getByRole('button', { name: 'Easier' }).isDisabled()).toBe(true);
    await popup.getByRole('button', { name: 'Not today' }).click();
    await expect
      .poll(() => popup.getByRole('heading', { name: 'Nothing more today' }).isVisible())
      .toBe(true);
    await extension().close(popup);

    popup = await extension().open('popup.html');
    expect(await popup.getByRole('heading', { name: 'Nothing more today' }).isVisible()).toBe(true);
    expect(await popup.getByTestId('today-card').count()).toBe(0);
    await extension().close(popup);
  });

  it('copies the message template', async () => {
    const browse = await extension().open('asks.html');
    await browse
      .getByRole('button', { name: /./ })
      .filter({ has: browse.locator('.ask-list__title') })
      .first()
      .click();
    const template = await browse.getByTestId('selected-ask').getByTestId('ask-template').textContent();
    await browse.getByTestId('selected-ask').getByRole('button', { name: 'Copy message' }).click();
    await expect.poll(() => browse.getByTestId('selected-ask').getByText('Copied.').count()).toBe(1);
    // Paste into the search field: what the clipboard holds is what the user gets.
    await browse.getByLabel('Search asks').focus();
    await browse.keyboard.press('Control+V');
    expect(await browse.getByLabel('Search asks').inputValue()).toBe(template?.replace(/\n/g, ' '));
    await extension().close(browse);
  });
});
