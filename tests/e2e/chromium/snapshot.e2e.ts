import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { type VisibleChanges, watchVisibleChanges } from '../harness/visibleChanges';
import { putRow } from './idb';
import { popupFlow } from './popupFlow';

const extension = useChromiumExtension();

const paintedFrom = (popup: Page) => popup.locator('main').getAttribute('data-painted-from');
const fresh = (popup: Page) => popup.locator('main').getAttribute('data-fresh');
const cardId = (popup: Page) => popup.getByTestId('today-card').getAttribute('data-ask-id');

describe('popup snapshot (Chromium)', () => {
  it('paints a reopened popup from its snapshot, then reads the database behind it', async () => {
    // The very first open creates the database and picks today's card: writes, so the
    // snapshot it leaves is already out of date and the next open reads the database again.
    const first = await extension().open('popup.html');
    expect(await paintedFrom(first)).toBe('database');
    await expect.poll(() => fresh(first)).toBe('true');
    await extension().close(first);
    const second = await extension().open('popup.html');
    await expect.poll(() => fresh(second)).toBe('true');
    const card = await cardId(second);
    await extension().close(second);

    const again = await extension().open('popup.html');
    expect(await paintedFrom(again)).toBe('snapshot');
    expect(await cardId(again)).toBe(card);
    await expect.poll(() => fresh(again)).toBe('true');
    expect(await cardId(again)).toBe(card);
    // Painted from the snapshot, the app itself: its buttons act.
    await popupFlow.start(again);
    await extension().close(again);

    // A step with fields paints from the snapshot too, with its draft.
    const forecast = await extension().open('popup.html');
    await expect.poll(() => fresh(forecast)).toBe('true');
    await extension().close(forecast);
    const forecastAgain = await extension().open('popup.html');
    expect(await paintedFrom(forecastAgain)).toBe('snapshot');
    await forecastAgain.getByRole('heading', { name: 'Before you ask' }).waitFor();
    // Back to the card, as the next tests expect.
    await forecastAgain.getByRole('button', { name: 'Back', exact: true }).click();
    await forecastAgain.getByTestId('today-card').waitFor();
    await extension().close(forecastAgain);
  });

  it('never paints a snapshot taken before a change made on another page', async () => {
    const popup = await extension().open('popup.html');
    const before = await cardId(popup);
    await extension().close(popup);

    // Through the product: the catalogue page makes another ask today's.
    const asks = await extension().open('asks.html');
    await asks.getByLabel('Level', { exact: true }).selectOption('1');
    const other = asks.locator(`.ask-list__item:not([data-ask-id="${before}"])`).first();
    const otherId = await other.getAttribute('data-ask-id');
    await other.click();
    await asks.getByRole('button', { name: /Make this today/ }).click();
    await expect.poll(() => asks.getByText('This is now today').count()).toBe(1);
    await extension().close(asks);

    const after = await extension().open('popup.html');
    expect(await paintedFrom(after)).toBe('database');
    expect(await cardId(after)).toBe(otherId);
    await extension().close(after);
  });

  it('corrects itself when a change went unannounced', async () => {
    // The very first open picks today's card, a write that leaves its own snapshot out of
    // date (see the first test): the second open leaves a current one.
    const first = await extension().open('popup.html');
    await expect.poll(() => fresh(first)).toBe('true');
    await extension().close(first);
    const popup = await extension().open('popup.html');
    await expect.poll(() => fresh(popup)).toBe('true');
    const shown = await cardId(popup);
    const stored = await popup.evaluate(
      () => JSON.parse(localStorage.getItem('ask-anyway:snapshot:popup') ?? 'null')?.value?.card,
    );
    expect(stored?.askId).toBe(shown);
    const replacement = shown === 'service_01' ? 'feedback_01' : 'service_01';
    await putRow(
      popup,
      'meta',
      { key: 'todayCard', value: { ...stored, askId: replacement } },
      { markStale: false },
    );
    await extension().close(popup);

    const reopened = await extension().open('popup.html');
    expect(await paintedFrom(reopened)).toBe('snapshot');
    await expect.poll(() => cardId(reopened)).toBe(replacement);
    expect(await fresh(reopened)).toBe('true');
    await extension().close(reopened);
  });
});

describe('new tab snapshot (Chromium)', () => {
  it('paints an unchanged new tab from its snapshot, and the database read after it changes nothing on screen', async () => {
    const options = await extension().open('options.html');
    for (let i = 0; i < 3; i++) {
      const doneAt = Date.now() - i * 86_400_000;
      await putRow(options, 'attempts', {
        id: `snap-${i}`,
        askSource: 'catalogue',
        askId: 'feedback_01',
        askTitle: `Snapshot ask ${i}`,
        level: 1,
        category: 'feedback',
        state: 'answered',
        outcome: 'yes',
        committedAt: doneAt,
        doneAt,
        doneDay: new Date(doneAt).toISOString().slice(0, 10),
        updatedAt: doneAt,
        reflection: { expected: 'A no.', happened: 'A yes.', thoughtsFeelings: '', beliefUpdate: '' },
      });
    }
    await extension().close(options);
    // The first tabs of the day check the aggregates (a write): the snapshot they leave is
    // out of date, and the next tab reads the database again.
    for (let i = 0; i < 2; i++) {
      const tab = await extension().open('newtab.html');
      await expect.poll(() => fresh(tab)).toBe('true');
      await tab.getByTestId('journal-entries').waitFor();
      await extension().close(tab);
    }

    const page = await extension().context.newPage();
    // Every change to what the page shows after its first paint (harness/visibleChanges.ts).
    await page.addInitScript(watchVisibleChanges);
    await page.goto(extension().url('newtab.html'));
    expect(await paintedFrom(page)).toBe('snapshot');
    expect(await page.getByTestId('journal').locator('h3').allTextContents()).toEqual([
      'Snapshot ask 0',
      'Snapshot ask 1',
      'Snapshot ask 2',
    ]);
    await expect.poll(() => fresh(page)).toBe('true');
    // The checks the page asks of the background once it has read (aggregates, safety) run
    // in order; the same asked again answer after them. They find nothing to change, and the
    // page's next frames show nothing changed either.
    await page.evaluate(async () => {
      await chrome.runtime.sendMessage({ type: 'verifyStats' });
      await chrome.runtime.sendMessage({ type: 'noticeConcern' });
      for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
    });
    expect(
      await page.evaluate(
        () => (window as unknown as { visibleChanges: VisibleChanges }).visibleChanges.changes,
      ),
    ).toEqual([]);
    await extension().close(page);
  });
});
