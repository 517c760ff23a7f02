import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../utils/catalogue/asks';
import { useChromiumExtension } from '../harness/chromium';
import { putRow } from './idb';

// Issue 19: asks that fit the person's life.

const extension = useChromiumExtension();
const DAY = 86_400_000;

const cardId = (popup: Page) => popup.getByTestId('today-card').getAttribute('data-ask-id');

async function atLevel(level: number): Promise<void> {
  const options = await extension().open('options.html');
  await putRow(options, 'meta', { key: 'ladder', value: { level, since: Date.now() - DAY } });
  await extension().close(options);
}

/** Every card the popup deals through `swaps` swaps, the first included. */
async function dealtThroughSwaps(popup: Page, swaps: number): Promise<string[]> {
  const dealt = [(await cardId(popup)) ?? ''];
  for (let i = 0; i < swaps; i++) {
    const before = dealt.at(-1);
    await popup.getByRole('button', { name: 'Swap' }).click();
    await expect.poll(() => cardId(popup)).not.toBe(before);
    dealt.push((await cardId(popup)) ?? '');
  }
  return dealt;
}

/** Yesterday's card, so the popup deals today's afresh. */
const staleCard = {
  day: '2000-01-01',
  level: 1,
  askId: null,
  easier: false,
  notToday: false,
  swappedAway: [],
};

const atLevelEight = CATALOGUE.filter((ask) => ask.level === 8);
const needsManager = new Set(atLevelEight.filter((ask) => ask.needs?.includes('manager')).map((a) => a.id));

describe('asks that fit the person’s life (Chromium)', () => {
  it('"Doesn\'t fit my life" hides the ask across reopenings; the asks page lists it and brings it back', async () => {
    let popup = await extension().open('popup.html');
    const hidden = (await cardId(popup)) ?? '';
    expect(hidden).toMatch(/^[a-z]+_\d{2}$/);
    await popup.getByRole('button', { name: "Doesn't fit my life" }).click();
    await expect.poll(() => cardId(popup)).not.toBe(hidden);
    expect(await popup.getByTestId('today-card').textContent()).toContain('Level 1');
    expect(await popup.getByTestId('card-status').textContent()).toContain("won't be dealt again");
    await extension().close(popup);

    // Not dealt again: not on reopening…
    popup = await extension().open('popup.html');
    expect(await cardId(popup)).not.toBe(hidden);
    // …nor when the card is dealt afresh (as on another day), where the same history would deal
    // it first: it was today's card…
    await putRow(popup, 'meta', { key: 'todayCard', value: staleCard });
    await extension().close(popup);
    popup = await extension().open('popup.html');
    expect(await cardId(popup)).not.toBe(hidden);
    // …nor through a whole round of the others at its level.
    const others = CATALOGUE.filter((ask) => ask.level === 1 && ask.id !== hidden).length;
    const dealt = await dealtThroughSwaps(popup, others - 1);
    expect(new Set(dealt).size).toBe(others);
    expect(dealt).not.toContain(hidden);
    await extension().close(popup);

    const asks = await extension().open('asks.html');
    const list = asks.getByTestId('hidden-asks');
    await list.waitFor();
    expect(await list.locator('li').getAttribute('data-ask-id')).toBe(hidden);
    const tag = asks.locator(`.ask-list__item[data-ask-id="${hidden}"] .tag`, { hasText: 'Hidden' });
    expect(await tag.count()).toBe(1);
    await list.getByRole('button', { name: /^Bring back/ }).click();
    await expect.poll(() => list.isVisible()).toBe(false);
    expect(await tag.count()).toBe(0);
    await extension().close(asks);
  });

  it('Undo on the card brings the hidden ask back, and it stays back on reopening', async () => {
    let popup = await extension().open('popup.html');
    const first = (await cardId(popup)) ?? '';
    await popup.getByRole('button', { name: "Doesn't fit my life" }).click();
    await expect.poll(() => cardId(popup)).not.toBe(first);
    await popup.getByTestId('card-status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cardId(popup)).toBe(first);
    await extension().close(popup);

    popup = await extension().open('popup.html');
    expect(await cardId(popup)).toBe(first);
    await extension().close(popup);
    const asks = await extension().open('asks.html');
    await asks.getByRole('heading', { level: 1 }).waitFor();
    expect(await asks.getByTestId('hidden-asks').count()).toBe(0);
    await extension().close(asks);
  });

  it('deals manager asks to a person who has not said anything', async () => {
    // The control for the next test: at level 8 a round of swaps meets a manager ask.
    expect(needsManager.size).toBeGreaterThan(0);
    await atLevel(8);
    const popup = await extension().open('popup.html');
    const dealt = await dealtThroughSwaps(popup, atLevelEight.length - 1);
    expect(dealt.some((id) => needsManager.has(id))).toBe(true);
    await extension().close(popup);
  });

  it('stops dealing manager asks once the person says in options that they have no manager', async () => {
    await atLevel(8);
    const options = await extension().open('options.html');
    const form = options.getByRole('group', { name: 'What fits your life' });
    for (const label of [
      'I work with a team or colleagues',
      'I freelance or have clients',
      "I'm looking for work",
    ]) {
      await form.getByLabel(label).check();
      await expect.poll(() => options.getByTestId('life-fit-status').textContent()).toMatch(/Saved/);
    }
    await extension().close(options);

    // A whole round at the level: every ask that fits, and none that needs a manager.
    const fitting = atLevelEight.filter((ask) => !needsManager.has(ask.id)).map((ask) => ask.id);
    const popup = await extension().open('popup.html');
    const dealt = await dealtThroughSwaps(popup, fitting.length - 1);
    expect(dealt.filter((id) => needsManager.has(id))).toEqual([]);
    expect(new Set(dealt)).toEqual(new Set(fitting));
    await extension().close(popup);

    // The catalogue still shows them, marked, and pickable by hand.
    const asks = await extension().open('asks.html');
    const marked = asks.locator('[data-need="manager"]');
    await marked.first().waitFor();
    expect(await marked.count()).toBeGreaterThanOrEqual(needsManager.size);
    await extension().close(asks);
  });
});
