import { describe, expect, it } from 'vitest';
import { useFirefoxExtension } from '../harness/firefox';
import { clickButton, logAsk, text, waitFor } from './pageActions';

// The core of issue 16's step-down fix in Firefox: after an ask that felt 10 steps the ladder
// down, the next card and the new tab's line come from the new level the same day.
const firefox = useFirefoxExtension();

describe('a step down applies at once (Firefox ESR)', () => {
  it('acknowledges a hard ask, then deals and shows the new level', async () => {
    const { page, goto } = firefox();
    await goto('options.html');
    await page.evaluate(
      (since) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ask-anyway');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('meta', 'readwrite');
            tx.objectStore('meta').put({ key: 'ladder', value: { level: 3, since } });
            tx.oncomplete = () => {
              open.result.close();
              localStorage.setItem('ask-anyway:data-stamp', `test-${Math.random()}`);
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      Date.now() - 86_400_000,
    );

    await goto('popup.html');
    await waitFor(page, '[data-testid="today-card"]');
    expect(await text(page, '[data-testid="today-card"] .ask__meta')).toMatch(/^Level 3 · /);
    const heading = await logAsk(page, goto, {
      outcome: 'no',
      actual: 10,
      happened: 'My hands were shaking',
    });
    expect(heading).toBe('That was a hard one');

    await clickButton(page, 'Show me another');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="today-card"] .ask__meta')
          ?.textContent?.startsWith('Level 2 · '),
      { timeout: 15_000 },
    );

    await goto('newtab.html');
    expect(await text(page, '[data-testid="ladder-level"]')).toBe('Level 2 of 10');
    expect(await text(page, '[data-testid="nt-today"]')).toContain('Level 2 · ');
  });
});
