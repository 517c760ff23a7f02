import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { makeFollowUpsDueInPage } from '../harness/followUpsDue';
import { seededAttempt } from '../harness/seededAttempt';
import { putHistory, putRow } from './idb';
import { popupFlow } from './popupFlow';

const extension = useChromiumExtension();
const awaitingItems = (popup: import('playwright-core').Page) => popup.getByTestId('awaiting').locator('li');

/** The belief named with the ask committed yesterday. */
const BELIEF = 'Nobody answers emails from strangers';

/** An ask committed yesterday (forecast 5, a yes expected), not yet done: the popup opens "the next day". */
async function committedYesterday(): Promise<void> {
  const popup = await extension().open('popup.html');
  await popupFlow.start(popup);
  await popupFlow.forecast(popup, { forecast: 5, expected: 'Yes', belief: BELIEF });
  await extension().close(popup);
  const page = await extension().open('options.html');
  // Everything stored moves a day into the past.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ask-anyway');
        open.onsuccess = () => {
          const tx = open.result.transaction(['attempts', 'meta'], 'readwrite');
          const day = 86_400_000;
          const yesterday = new Date(Date.now() - day);
          const key = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
          const attempts = tx.objectStore('attempts');
          attempts.getAll().onsuccess = (event) => {
            for (const a of (event.target as IDBRequest).result) {
              if (a.state === 'committed') attempts.put({ ...a, committedAt: a.committedAt - day });
            }
          };
          const meta = tx.objectStore('meta');
          meta.get('todayCard').onsuccess = (event) => {
            const row = (event.target as IDBRequest).result;
            if (row?.value) meta.put({ key: 'todayCard', value: { ...row.value, day: key } });
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await extension().close(page);
}

describe('the practice loop in the popup (Chromium)', () => {
  it('asks for each missing answer instead of guessing one', async () => {
    const popup = await extension().open('popup.html');
    await popupFlow.start(popup);
    await popup.getByRole('button', { name: 'Commit' }).click();
    await expect
      .poll(() => popup.locator('[data-group="forecast"] .field-error').textContent())
      .toBe('Choose a number from 0 to 10.');
    expect(await popup.locator('[data-group="expected"] .field-error').textContent()).toBe(
      'Choose the answer you expect.',
    );
    expect(await popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
      'forecast',
    );
    expect(await popup.locator('input[type="radio"]:checked').count()).toBe(0);
    await extension().close(popup);
  });

  it('shows the belief exactly as typed, markup and all, and keeps a 10,000-character reflection', async () => {
    const popup = await extension().open('popup.html');
    await popupFlow.start(popup);
    await popupFlow.forecast(popup, { forecast: 6, expected: 'No', belief: '<img src=x onerror=alert(1)>' });
    expect(await popup.getByTestId('doing-belief').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator('img').count()).toBe(0);
    await popupFlow.done(popup);
    await popupFlow.outcome(popup, { outcome: 'Partly', actual: 4 });
    const long = `${'a'.repeat(9_990)} the end.`;
    await popup.getByLabel('What actually happened?').fill(long);
    await popup.getByRole('button', { name: 'Save reflection' }).click();
    await popup.getByTestId('summary').waitFor();
    expect(await popup.getByTestId('summary-compare').textContent()).toBe('You expected 6, it felt 4.');
    const stored = await popup.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('ask-anyway');
          open.onsuccess = () => {
            const all = open.result.transaction('attempts').objectStore('attempts').getAll();
            all.onsuccess = () => resolve(all.result.find((a) => a.reflection)?.reflection.happened ?? '');
          };
        }),
    );
    expect(stored).toBe(long);
    await popupFlow.finish(popup);
    await extension().close(popup);
  });

  it('files "no reply yet" as awaiting, then takes the answer when it comes', async () => {
    const popup = await extension().open('popup.html');
    const { title } = await popupFlow.complete(popup, {
      forecast: 8,
      expected: 'No',
      outcome: 'No reply yet',
      actual: 6,
    });
    await expect.poll(() => awaitingItems(popup).count()).toBe(1);
    expect(await awaitingItems(popup).first().textContent()).toContain(title);
    expect(await awaitingItems(popup).first().textContent()).toContain('Asked today');
    await extension().close(popup);

    const later = await extension().open('popup.html');
    await awaitingItems(later)
      .first()
      .getByRole('button', { name: /Got an answer/ })
      .click();
    await later.locator('[data-group="answer"]').getByLabel('Yes', { exact: true }).check();
    await later.getByRole('button', { name: 'Save', exact: true }).click();
    await later.getByRole('heading', { name: 'Reflect' }).waitFor();
    await popupFlow.reflect(later, undefined);
    expect(await later.getByText('A yes, too').count()).toBe(1);
    await popupFlow.finish(later);
    expect(await later.getByText('Nothing is waiting for a reply.').count()).toBe(1);
    expect(await later.getByTestId('unreflected').textContent()).toContain(title);
    await extension().close(later);
  });

  it('offers one follow-up only, then closes as no reply and still counts the attempt', async () => {
    const first = await extension().open('popup.html');
    await popupFlow.complete(first, { forecast: 7, expected: 'Partly', outcome: 'No reply yet', actual: 5 });
    // Not on the day it was asked: a follow-up is offered from its follow-up day.
    expect(
      await awaitingItems(first)
        .first()
        .getByRole('button', { name: /Follow up/ })
        .count(),
    ).toBe(0);
    await first.evaluate(makeFollowUpsDueInPage, Date.now());
    await extension().close(first);
    const popup = await extension().open('popup.html');
    const weekBefore = await popup.getByTestId('popup-week-count').textContent();
    const item = awaitingItems(popup).first();
    await item.getByRole('button', { name: /Follow up/ }).click();
    await popup.getByRole('heading', { name: 'One polite follow-up' }).waitFor();
    expect(await popup.getByTestId('ask-template').textContent()).toContain('No worries at all');
    await popup.getByRole('button', { name: 'I sent it' }).click();
    await expect.poll(() => awaitingItems(popup).first().textContent()).toContain('Followed up today');
    expect(
      await awaitingItems(popup)
        .first()
        .getByRole('button', { name: /Follow up/ })
        .count(),
    ).toBe(0);

    await awaitingItems(popup)
      .first()
      .getByRole('button', { name: /Close as no reply/ })
      .click();
    await expect.poll(() => popup.getByTestId('awaiting-status').textContent()).toContain('It still counts');
    expect(await awaitingItems(popup).count()).toBe(0);
    expect(await popup.getByTestId('popup-week-count').textContent()).toBe(weekBefore);
    await extension().close(popup);
  });

  it('steps up a level after three asks that felt easy, and says why', async () => {
    let popup = await extension().open('popup.html');
    await putRow(popup, 'meta', { key: 'ladder', value: { level: 2, since: Date.now() } });
    await putRow(popup, 'meta', { key: 'todayCard', value: null });
    await extension().close(popup);
    const moves: string[] = [];
    for (let i = 0; i < 3; i++) {
      popup = await extension().open('popup.html');
      moves.push(
        (
          await popupFlow.complete(popup, {
            forecast: 6,
            expected: 'No',
            outcome: i === 1 ? 'No' : 'Yes',
            actual: 2,
          })
        ).move,
      );
      await extension().close(popup);
    }
    expect(moves.slice(0, 2)).toEqual(['', '']);
    expect(moves[2]).toBe('Up to level 3: your last three asks felt easier than you expected.');
    popup = await extension().open('popup.html');
    await popup.getByRole('button', { name: 'Show me another' }).click();
    await expect
      .poll(() => popup.getByTestId('today-card').locator('.ask__meta').textContent())
      .toMatch(/^Level [23] · /);
    await extension().close(popup);
  });

  it('says so when a write fails, and keeps what was typed', async () => {
    const popup = await extension().open('popup.html');
    if ((await popup.getByTestId('done-today').count()) > 0)
      await popup.getByRole('button', { name: 'Show me another' }).click();
    await popup.getByRole('button', { name: "I'll do it" }).click();
    await popup.locator('[data-group="forecast"]').getByLabel('5', { exact: true }).check();
    await popup.locator('[data-group="expected"]').getByLabel('Yes', { exact: true }).check();
    await popup.locator('#belief').fill('Nobody answers emails from strangers');
    await popup.evaluate(() => {
      const original = IDBObjectStore.prototype.put;
      (window as unknown as { restorePut: () => void }).restorePut = () => {
        IDBObjectStore.prototype.put = original;
      };
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await popup.getByRole('button', { name: 'Commit' }).click();
    await expect
      .poll(() => popup.getByTestId('save-failed').first().textContent())
      .toContain('could not save');
    expect(await popup.locator('#belief').inputValue()).toBe('Nobody answers emails from strangers');
    await popup.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
    await popup.getByRole('button', { name: 'Commit' }).click();
    await popup.getByTestId('doing').waitFor();
    expect(await popup.getByTestId('save-failed').count()).toBe(0);
    await extension().close(popup);
  });

  it('keeps an unfinished attempt from yesterday when opened on a new day', async () => {
    // Move everything stored a day into the past: the popup now opens "the next day".
    await committedYesterday();
    const popup = await extension().open('popup.html');
    expect(await popup.getByTestId('doing').count()).toBe(1);
    expect(await popup.getByTestId('doing-belief').textContent()).toContain(BELIEF);
    await extension().close(popup);
  });

  it('runs the whole loop with the keyboard alone', async () => {
    await committedYesterday();
    const popup = await extension().open('popup.html');
    const tabTo = async (match: (el: { text: string; name: string; value: string }) => boolean) => {
      for (let i = 0; i < 60; i++) {
        await popup.keyboard.press('Tab');
        const el = await popup.evaluate(() => {
          const a = document.activeElement as HTMLInputElement | null;
          return { text: a?.textContent?.trim() ?? '', name: a?.name ?? '', value: a?.value ?? '' };
        });
        if (match(el)) return;
      }
      throw new Error('focus never reached the target');
    };
    // Finish yesterday's attempt first.
    await tabTo((el) => el.text === "I've done it");
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'How did it go?' }).waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('outcome-heading');
    await tabTo((el) => el.name === 'outcome');
    await popup.keyboard.press('ArrowRight'); // arrow keys move through a radio group and select
    await tabTo((el) => el.name === 'actual');
    for (let i = 0; i < 3; i++) await popup.keyboard.press('ArrowRight');
    await tabTo((el) => el.text === 'Save');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'Reflect' }).waitFor();
    await tabTo((el) => el.name === '' && el.text === '' && el.value === '');
    await popup.keyboard.type('Typed with the keyboard only');
    await tabTo((el) => el.text === 'Save reflection');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('summary').waitFor();
    expect(await popup.getByTestId('summary-compare').textContent()).toBe('You expected 5, it felt 3.');
    await tabTo((el) => el.text === 'Done');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('summary').waitFor({ state: 'detached' });
    // Back on the card, focus lands on its heading rather than falling to the page.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await extension().close(popup);
  });

  it('lets a commitment go after a confirmation, with nothing counted against the user', async () => {
    const options = await extension().open('options.html');
    await putHistory(options, [seededAttempt(1, 0, {})]); // one ask logged this week already
    await extension().close(options);
    const popup = await extension().open('popup.html');
    await popupFlow.start(popup);
    await popupFlow.forecast(popup, { forecast: 9, expected: 'No' });
    const week = await extension().open('newtab.html');
    const countBefore = await week.getByTestId('week-count').textContent();
    await extension().close(week);
    await popup.getByRole('button', { name: 'Not this time' }).click();
    await popup.getByTestId('let-go').getByRole('button', { name: 'Keep it' }).click();
    expect(await popup.getByTestId('doing').count()).toBe(1);
    await popup.getByRole('button', { name: 'Not this time' }).click();
    await popup.getByTestId('let-go').getByRole('button', { name: 'Yes, let it go' }).click();
    await popup.getByTestId('doing').waitFor({ state: 'detached' });
    expect(await popup.locator('#today-title, #done-today').count()).toBe(1);
    await extension().close(popup);
    const after = await extension().open('newtab.html');
    expect(await after.getByTestId('week-count').textContent()).toBe(countBefore);
    await extension().close(after);
  });

  it('undoes "close as no reply", still on offer after the popup closed, and on the new tab', async () => {
    const popup = await extension().open('popup.html');
    await popupFlow.complete(popup, { forecast: 6, expected: 'Yes', outcome: 'No reply yet', actual: 4 });
    const title = await awaitingItems(popup).first().locator('.awaiting__title').textContent();
    const before = await awaitingItems(popup).count();
    await awaitingItems(popup)
      .first()
      .getByRole('button', { name: /Close as no reply/ })
      .click();
    await expect.poll(() => awaitingItems(popup).count()).toBe(before - 1);
    const closedLine = `Closed “${title}” as no reply. It still counts: you asked.Undo`;
    await expect.poll(() => popup.getByTestId('awaiting-status').textContent()).toBe(closedLine);
    await extension().close(popup);

    // The popup closed: the next one still offers the Undo, and so does the new tab.
    const again = await extension().open('popup.html');
    expect(await again.getByTestId('awaiting-status').textContent()).toBe(closedLine);
    await extension().close(again);
    const newtab = await extension().open('newtab.html');
    await expect.poll(() => newtab.getByTestId('awaiting-status').textContent()).toBe(closedLine);
    await newtab
      .getByTestId('awaiting-status')
      .getByRole('button', { name: `Undo: ${title}` })
      .click();
    await expect.poll(() => newtab.getByTestId('awaiting-status').textContent()).toBe('');
    expect(await newtab.getByTestId('nt-awaiting').locator('.awaiting__title').allTextContents()).toContain(
      title,
    );
    await extension().close(newtab);

    const last = await extension().open('popup.html');
    expect(await awaitingItems(last).count()).toBe(before);
    expect(await last.getByTestId('awaiting-status').textContent()).toBe('');
    await extension().close(last);
  });
});
