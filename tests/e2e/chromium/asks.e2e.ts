import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { putRow } from './idb';

const extension = useChromiumExtension();

describe('ask browser and custom asks (Chromium)', () => {
  it('filters by search, category and level', async () => {
    const page = await extension().open('asks.html');
    const count = () => page.getByTestId('ask-count').textContent();
    const total = Number((await count())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThanOrEqual(120);
    await page.getByLabel('Level', { exact: true }).selectOption('5');
    const atFive = Number((await count())?.match(/\d+/)?.[0]);
    expect(atFive).toBeGreaterThanOrEqual(8);
    expect(atFive).toBeLessThan(total);
    const metas = await page.locator('.ask-list__meta').allTextContents();
    expect(metas.length).toBe(atFive);
    expect(metas.every((m) => m.startsWith('Level 5 · '))).toBe(true);
    await page.getByLabel('Category').selectOption('feedback');
    expect(
      (await page.locator('.ask-list__meta').allTextContents()).every(
        (m) => m === 'Level 5 · Asking for feedback',
      ),
    ).toBe(true);
    await page.getByLabel('Search asks').fill('zzzz no such ask');
    await expect.poll(count).toBe('No asks match. Try another word or clear the filters.');
    await extension().close(page);
  });

  it('works with the keyboard alone: find an ask, open it, make it today’s', async () => {
    const page = await extension().open('asks.html');
    // Past the level picker to the search field.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === 'ask-search') break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ask-search');
    await page.keyboard.type('feedback');
    await page.keyboard.press('Tab'); // category
    await page.keyboard.press('Tab'); // level
    await page.keyboard.press('ArrowDown'); // "Level 1"
    await expect.poll(() => page.getByLabel('Level', { exact: true }).inputValue()).toBe('1');
    await page.keyboard.press('Tab'); // first ask in the list
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-ask-id'));
    expect(focused).toBeTruthy();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('selected-ask-title');
    const title = await page.locator('#selected-ask-title').textContent();
    // Walk forward to the pick button and press it.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.textContent);
      if (label?.startsWith('Make this today')) break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('This is now today').count()).toBe(1);
    await extension().close(page);

    const popup = await extension().open('popup.html');
    expect(await popup.locator('#today-title').textContent()).toBe(title);
    await extension().close(popup);
  });

  it('does not let an ask more than one level up become today’s, and says why', async () => {
    const page = await extension().open('asks.html');
    await putRow(page, 'meta', { key: 'ladder', value: { level: 2, since: Date.now() } });
    await page.reload();
    await page.getByLabel('Level', { exact: true }).selectOption('9');
    await page.locator('.ask-list__item').first().click();
    const detail = page.getByTestId('selected-ask');
    await expect.poll(() => detail.getByText('more than a level above yours').count()).toBe(1);
    expect(await detail.getByRole('button', { name: /today/ }).count()).toBe(0);
    await extension().close(page);
  });

  it('takes a custom ask through the respect check, warns gently, and can make it today’s card', async () => {
    const page = await extension().open('asks.html');
    await page.getByRole('button', { name: 'Add your own ask' }).click();
    await page.getByLabel('Title').fill('Ask Sam to pretend to be my reference');
    await expect.poll(() => page.getByTestId('respect-warnings').textContent()).toContain('pretending');
    await page.getByLabel('Title').fill('Ask Sam for a reference for the design role');
    await expect.poll(() => page.getByTestId('respect-warnings').count()).toBe(0);
    await page.getByLabel('What to do').fill('Message Sam and ask if they would be a reference.');
    await page.getByLabel('Done when', { exact: true }).fill('The message is sent.');
    await page.locator('#custom-level').selectOption('2');
    await page.getByRole('button', { name: 'Save ask' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Tick all five');

    for (const box of await page
      .getByRole('group', { name: /respect check/ })
      .getByRole('checkbox')
      .all()) {
      await box.check();
    }
    await page.getByRole('button', { name: 'Save ask' }).click();
    await expect
      .poll(() => page.getByText('Saved “Ask Sam for a reference for the design role”.').count())
      .toBe(1);

    // The checklist is asked once only.
    await page.getByRole('button', { name: 'Add your own ask' }).click();
    expect(await page.getByRole('group', { name: /respect check/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    await page.getByLabel('Search asks').fill('Sam reference');
    await page.locator('.ask-list__item').first().click();
    await page.getByRole('button', { name: /Make this today/ }).click();
    await expect.poll(() => page.getByText('This is now today').count()).toBe(1);
    await extension().close(page);

    const popup = await extension().open('popup.html');
    expect(await popup.locator('#today-title').textContent()).toBe(
      'Ask Sam for a reference for the design role',
    );
    expect(await popup.getByTestId('today-card').getByText('Your ask').count()).toBe(1);
    await extension().close(popup);
  });

  it('archives a custom ask with undo, and renders what the user typed as text', async () => {
    const page = await extension().open('asks.html');
    // The respect checklist was ticked with an earlier ask: this form does not ask again.
    await putRow(page, 'meta', { key: 'respectChecklistConfirmedAt', value: Date.now() - 86_400_000 });
    await page.reload();
    await page.getByRole('button', { name: 'Add your own ask' }).click();
    await page.getByLabel('Title').fill('<img src=x onerror=alert(1)> ask');
    await page.getByLabel('What to do').fill('Something honest');
    await page.getByLabel('Done when', { exact: true }).fill('Sent');
    await page.getByRole('button', { name: 'Save ask' }).click();
    const item = page.locator('.custom-list__item', { hasText: '<img src=x onerror=alert(1)> ask' });
    await expect.poll(() => item.count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);

    await item.getByRole('button', { name: /Archive/ }).click();
    await expect.poll(() => page.getByText('Archived “<img src=x onerror=alert(1)> ask”').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.custom-list__item', { hasText: 'Restore' }).count()).toBe(0);
    await extension().close(page);
  });

  it('changes level one step freely, and asks first before a bigger jump', async () => {
    const page = await extension().open('asks.html');
    await putRow(page, 'meta', { key: 'ladder', value: { level: 2, since: Date.now() } });
    await page.reload();
    const picker = page.getByLabel('Your level');
    await picker.selectOption('3');
    await page.getByRole('button', { name: 'Change level' }).click();
    await expect.poll(() => page.getByText("You're at level 3.").count()).toBe(1);
    expect(await page.getByTestId('level-jump').count()).toBe(0);

    await page.getByLabel('Your level').selectOption('6');
    await page.getByRole('button', { name: 'Change level' }).click();
    const note = page.getByTestId('level-jump');
    await expect.poll(() => note.textContent()).toContain('Small steps work better');
    await note.getByRole('button', { name: 'Keep level 3' }).click();
    expect(await page.getByText("You're at level 3.").count()).toBe(1);

    await page.getByLabel('Your level').selectOption('6');
    await page.getByRole('button', { name: 'Change level' }).click();
    await page.getByTestId('level-jump').getByRole('button', { name: 'Yes, go to level 6' }).click();
    await expect.poll(() => page.getByText("You're at level 6.").count()).toBe(1);
    await extension().close(page);

    const popup = await extension().open('popup.html');
    expect(await popup.getByTestId('today-card').locator('.ask__meta').textContent()).toMatch(/^Level 6 · /);
    await extension().close(popup);
  });

  it('keeps a half-typed custom ask when the tab closes, and points at what is missing', async () => {
    let page = await extension().open('asks.html');
    await page.getByRole('button', { name: 'Add your own ask' }).click();
    await page.getByLabel('Title').fill('Ask the team lead to review my proposal');
    await page.getByLabel('What to do').fill('Send the draft with two questions');
    await extension().close(page);

    page = await extension().open('asks.html');
    await page.getByRole('button', { name: 'Add your own ask' }).click();
    expect(await page.getByLabel('Title').inputValue()).toBe('Ask the team lead to review my proposal');
    expect(await page.getByLabel('What to do').inputValue()).toBe('Send the draft with two questions');

    await page.getByRole('button', { name: 'Save ask' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Done when');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('custom-done');
    expect(await page.getByLabel('Done when', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('button', { name: 'Add your own ask' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Add your own ask' }).click();
    expect(await page.getByLabel('Title').inputValue()).toBe('');
    await extension().close(page);
  });
});
