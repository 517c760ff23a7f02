import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';

const extension = useChromiumExtension();

describe('popup → new tab (Chromium)', () => {
  it('starts with an empty week that says what to do next', async () => {
    const newtab = await extension().open('newtab.html');
    await expect.poll(() => newtab.getByTestId('week-empty').isVisible()).toBe(true);
    await extension().close(newtab);
  });

  it('asks for the missing pieces instead of logging an empty ask', async () => {
    const popup = await extension().open('popup.html');
    await popup.getByRole('button', { name: 'Log this ask' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('Write a few words');
    await popup.getByLabel('What did you ask for?').fill('Asked for a review');
    await popup.getByRole('button', { name: 'Log this ask' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('Choose what the answer was');
    await extension().close(popup);
  });

  it('records an attempt in the popup that the new tab then counts', async () => {
    const popup = await extension().open('popup.html');
    await popup.getByLabel('What did you ask for?').fill('Asked a colleague to review my slides');
    await popup.getByLabel('No', { exact: true }).check();
    await popup.getByRole('button', { name: 'Log this ask' }).click();
    await expect.poll(() => popup.getByTestId('quick-log-status').textContent()).toContain('Logged');
    expect(await popup.getByTestId('popup-week-count').textContent()).toBe('Asks this week: 1');
    await extension().close(popup);

    // chrome://newtab lands on the extension's override.
    const newtab = await extension().context.newPage();
    await newtab.goto('chrome://newtab');
    await expect.poll(() => newtab.url()).toBe(extension().url('newtab.html'));
    await expect.poll(() => newtab.getByTestId('week-count').textContent()).toBe('1 of 3 asks this week');
    await extension().close(newtab);
  });

  it('updates an open new tab live when the popup logs another ask', async () => {
    const newtab = await extension().open('newtab.html');
    await expect.poll(() => newtab.getByTestId('week-count').textContent()).toBe('1 of 3 asks this week');
    const popup = await extension().open('popup.html');
    await popup.getByLabel('What did you ask for?').fill('Sent a cold email');
    await popup.getByLabel('No reply yet').check();
    await popup.getByRole('button', { name: 'Log this ask' }).click();
    await extension().close(popup);
    await expect.poll(() => newtab.getByTestId('week-count').textContent()).toBe('2 of 3 asks this week');
    await extension().close(newtab);
  });

  it('keeps typed text when the popup closes mid-word, even on a slow machine', async () => {
    const text = 'Asked my manager about the conference budget, and got a maybe';
    for (let cycle = 0; cycle < 6; cycle++) {
      const popup = await extension().open('popup.html');
      // A slow renderer widens the gap between a keystroke and its IndexedDB write: the
      // moment a closing popup would lose text if nothing else kept it.
      const cdp = await extension().context.newCDPSession(popup);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
      const field = popup.getByLabel('What did you ask for?');
      expect(await field.inputValue()).toBe(text.slice(0, cycle * 10));
      await field.press('End');
      await field.pressSequentially(text.slice(cycle * 10, cycle * 10 + 10));
      await extension().close(popup);
    }
    const popup = await extension().open('popup.html');
    expect(await popup.getByLabel('What did you ask for?').inputValue()).toBe(text.slice(0, 60));
    await extension().close(popup);
  });
});
