import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { putRow } from './idb';
import { popupFlow } from './popupFlow';

// Issue 16's bug, tried as a person would: a step down must apply at once, to the next card,
// every swap and the new tab's line, all the same day.
const extension = useChromiumExtension();

const cardMeta = (popup: Page) => popup.getByTestId('today-card').locator('.ask__meta').textContent();

async function newTabLevels(): Promise<{ ladder: string; today: string }> {
  const tab = await extension().open('newtab.html');
  const seen = {
    ladder: ((await tab.getByTestId('ladder-level').textContent()) ?? '').trim(),
    today: ((await tab.getByTestId('nt-today').textContent()) ?? '').trim(),
  };
  await extension().close(tab);
  return seen;
}

describe('a step down applies at once (Chromium)', () => {
  it('deals the next card, every swap and the new tab’s line from the new level, the same day', async () => {
    const options = await extension().open('options.html');
    await putRow(options, 'meta', { key: 'ladder', value: { level: 3, since: Date.now() - 86_400_000 } });
    await extension().close(options);

    for (const level of [2, 1]) {
      const popup = await extension().open('popup.html');
      expect(await cardMeta(popup)).toMatch(new RegExp(`^Level ${level + 1} · `));
      const { heading, move } = await popupFlow.complete(popup, {
        forecast: 5,
        expected: 'No',
        outcome: 'No',
        actual: 10,
      });
      // A hard ask is acknowledged first, not congratulated as if nothing happened.
      expect(heading).toBe('That was a hard one');
      expect(move).not.toBe('');
      // Today's ask is done, and stays done: another one only when asked for.
      await popup.getByTestId('done-today').waitFor();
      await popup.getByRole('button', { name: 'Show me another' }).click();
      await expect.poll(() => cardMeta(popup)).toMatch(new RegExp(`^Level ${level} · `));
      await popup.getByRole('button', { name: 'Swap' }).click();
      await expect.poll(() => cardMeta(popup)).toMatch(new RegExp(`^Level ${level} · `));
      await extension().close(popup);

      const seen = await newTabLevels();
      expect(seen.ladder).toBe(`Level ${level} of 10`);
      expect(seen.today).toContain(`Level ${level} · `);
    }
  });
});
