import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { seededAttempt } from '../harness/seededAttempt';
import { putHistory } from './idb';
import { popupFlow } from './popupFlow';

const extension = useChromiumExtension();

describe('popup → new tab (Chromium)', () => {
  it('starts with an empty week and a first card that says there is no rush', async () => {
    const newtab = await extension().open('newtab.html');
    await expect.poll(() => newtab.getByTestId('week-empty').isVisible()).toBe(true);
    await extension().close(newtab);
    const popup = await extension().open('popup.html');
    expect(await popup.getByText("there's no rush").count()).toBe(1);
    expect(await popup.getByText('Nothing is waiting for a reply.').count()).toBe(1);
    await extension().close(popup);
  });

  it('records an attempt in the popup that the new tab then counts', async () => {
    const popup = await extension().open('popup.html');
    const { compare } = await popupFlow.complete(popup, {
      forecast: 7,
      expected: 'No',
      outcome: 'No',
      actual: 3,
    });
    expect(compare).toBe('You expected 7, it felt 3.');
    expect(await popup.getByTestId('popup-week-count').textContent()).toContain('Asks this week: 1');
    await extension().close(popup);

    // chrome://newtab lands on the extension's override.
    const newtab = await extension().context.newPage();
    await newtab.goto('chrome://newtab');
    await expect.poll(() => newtab.url()).toBe(extension().url('newtab.html'));
    await expect.poll(() => newtab.getByTestId('week-count').textContent()).toBe('1 ask this week · goal 3');
    await extension().close(newtab);
  });

  it('updates an open new tab live when the popup logs another ask', async () => {
    const options = await extension().open('options.html');
    await putHistory(options, [seededAttempt(1, 0, {})]);
    await extension().close(options);
    const newtab = await extension().open('newtab.html');
    await expect.poll(() => newtab.getByTestId('week-count').textContent()).toBe('1 ask this week · goal 3');
    const popup = await extension().open('popup.html');
    await popupFlow.complete(popup, { forecast: 5, expected: 'Yes', outcome: 'Yes', actual: 5 });
    await extension().close(popup);
    await expect.poll(() => newtab.getByTestId('week-count').textContent()).toBe('2 asks this week · goal 3');
    await extension().close(newtab);
  });

  it('keeps typed text through 20 popup closings mid-word, even on a slow machine', async () => {
    const text =
      'If I ask for the stretch project, they will think I am overreaching and not ready yet, so I stay quiet';
    let popup = await extension().open('popup.html');
    await popupFlow.start(popup);
    await extension().close(popup);
    const cycles = 20;
    const chunk = Math.ceil(text.length / cycles);
    for (let cycle = 0; cycle < cycles; cycle++) {
      popup = await extension().open('popup.html');
      // A slow renderer widens the gap between a keystroke and its IndexedDB write: the
      // moment a closing popup would lose text if nothing else kept it.
      const cdp = await extension().context.newCDPSession(popup);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
      const field = popup.locator('#belief');
      expect(await field.inputValue()).toBe(text.slice(0, cycle * chunk));
      await field.press('End');
      await field.pressSequentially(text.slice(cycle * chunk, (cycle + 1) * chunk));
      await extension().close(popup);
    }
    popup = await extension().open('popup.html');
    expect(await popup.locator('#belief').inputValue()).toBe(text);
    await extension().close(popup);
    // 20 cycles at a 20× slower CPU need more than the default minute.
  }, 180_000);
});
