import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { dumpDatabaseInPage } from '../harness/dataState';
import { putRows } from './idb';
import { type AskRun, popupFlow } from './popupFlow';

// At the first level there is no step down to offer: the check-in speaks all the same, with
// a pause and "carry on", and once answered it keeps quiet for its window.
const extension = useChromiumExtension();

const HARD: AskRun = { forecast: 4, expected: 'Partly', outcome: 'Partly', actual: 10 };

async function toSummary(popup: Page, run: AskRun): Promise<void> {
  await popupFlow.start(popup);
  await popupFlow.forecast(popup, run);
  await popupFlow.done(popup);
  await popupFlow.outcome(popup, run);
  await popupFlow.reflect(popup, undefined);
}

describe('the check-in at the first level (Chromium)', () => {
  it('offers a pause and carry on, no step down; then stays quiet inside its window', async () => {
    const popup = await extension().open('popup.html');
    await toSummary(popup, HARD);
    const card = popup.getByTestId('safety-card');
    await card.waitFor();
    expect(await card.getAttribute('data-kind')).toBe('distressAtBottom');
    expect(await card.getByTestId('safety-noticed').textContent()).toBe(
      'That ask felt very hard. It is fine to go gentler.',
    );
    expect(await card.getByRole('button').allTextContents()).toEqual(['Take a pause', 'Carry on as I am']);
    expect(await card.textContent()).toContain('You are already on the first level, the gentlest there is.');
    await card.getByRole('button', { name: 'Carry on as I am' }).click();
    await expect
      .poll(() => card.getByTestId('safety-answered').textContent())
      .toBe('Carrying on. Go at your own pace.');
    await popupFlow.finish(popup);

    // Another 10 the same week: nothing new to say, and nothing said.
    await toSummary(popup, { ...HARD, actual: 9 });
    expect(await popup.getByTestId('safety-card').count()).toBe(0);
    await popupFlow.finish(popup);
    const tab = await extension().open('newtab.html');
    expect(await tab.getByTestId('safety-card').count()).toBe(0);
    await extension().close(tab);

    // A week on (the check-in's record moved back eight days), a hard ask is spoken of again.
    const events = (await popup.evaluate(dumpDatabaseInPage)).safetyEvents as { at: number }[];
    expect(events).toHaveLength(1);
    await putRows(
      popup,
      'safetyEvents',
      events.map((e) => ({ ...e, at: e.at - 8 * 86_400_000 })),
    );
    await toSummary(popup, { ...HARD, actual: 9 });
    await popup.getByTestId('safety-card').waitFor();
    await popupFlow.finish(popup);
    await extension().close(popup);

    // Left unanswered, it waits on the new tab for a day.
    const later = await extension().open('newtab.html');
    const waiting = later.getByTestId('safety-card');
    await waiting.waitFor();
    expect(await waiting.getAttribute('data-kind')).toBe('distressAtBottom');
    await extension().close(later);
  });
});
