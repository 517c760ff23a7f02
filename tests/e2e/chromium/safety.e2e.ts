import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { dumpDatabaseInPage } from '../harness/dataState';
import { seededAttempt } from '../harness/seededAttempt';
import { putHistory, putRow } from './idb';
import { type AskRun, popupFlow } from './popupFlow';

// Knowing when to stop (issue 16), as a person meets it: hard asks, the calm check-in with
// its three choices, and the one pause that stops card, reminders and badge together.
const extension = useChromiumExtension();

const HARD: AskRun = { forecast: 5, expected: 'No', outcome: 'No', actual: 10 };
const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

/** One ask through the popup up to its summary; the summary stays open. */
async function toSummary(popup: Page, run: AskRun): Promise<void> {
  await popupFlow.start(popup);
  await popupFlow.forecast(popup, run);
  await popupFlow.done(popup);
  await popupFlow.outcome(popup, run);
  await popupFlow.reflect(popup, undefined);
}

async function ladderLevel(): Promise<string> {
  const tab = await extension().open('newtab.html');
  const level = (await tab.getByTestId('ladder-level').textContent()) ?? '';
  await extension().close(tab);
  return level;
}

/** The ladder at `level`, reached yesterday. */
async function atLevel(page: Page, level: number): Promise<void> {
  await putRow(page, 'meta', { key: 'ladder', value: { level, since: Date.now() - 86_400_000 } });
}

/**
 * Where the first test's journey leaves a person, as the data layer stores it: three asks done
 * today at levels 6, 4 and 3 that felt 10 (forecast 5), none reflected on yet; the ladder
 * stepped down to level 2; and the check-in that spoke after the first, answered with a step down.
 */
async function afterThreeHardAsks(page: Page): Promise<void> {
  const asks = [6, 4, 3].map((level, i) =>
    seededAttempt(i + 1, 0, {
      level,
      forecastDiscomfort: 5,
      expectedAnswer: 'no',
      outcome: 'no',
      actualDiscomfort: 10,
    }),
  );
  await putHistory(page, asks);
  await atLevel(page, 2);
  const now = Date.now();
  await putRow(page, 'safetyEvents', {
    at: now,
    kind: 'feltMuchWorse',
    attemptId: asks[0]?.id,
    actual: 10,
    forecast: 5,
    level: 5,
    choice: 'stepDown',
    choiceAt: now,
  });
}

async function stored(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return (await page.evaluate(dumpDatabaseInPage))[table] as Record<string, unknown>[];
}

describe('knowing when to stop (Chromium)', () => {
  it('speaks once after three asks that felt 10, with three choices; a step down moves one level', async () => {
    const options = await extension().open('options.html');
    await atLevel(options, 6);
    await extension().close(options);

    const popup = await extension().open('popup.html');
    await toSummary(popup, HARD);
    // The hard ask is acknowledged first; the ladder's own rule has already stepped it to 5.
    expect(await popup.locator('#summary-heading').textContent()).toBe('That was a hard one');
    const card = popup.getByTestId('safety-card');
    await card.waitFor();
    expect(await card.getAttribute('data-kind')).toBe('feltMuchWorse');
    // Forecast 5, felt 10: said with the person's own numbers.
    expect(await card.getByTestId('safety-noticed').textContent()).toBe(
      'That ask felt 10 out of 10, much harder than the 5 you expected. It is fine to go gentler.',
    );
    // The ladder's own rule already stepped down for this ask: the card says so, and offers one more.
    expect(await card.getByTestId('safety-already-down').textContent()).toBe(
      'The ladder has already moved you down to level 5 because of it.',
    );
    expect(await card.getByRole('button').allTextContents()).toEqual([
      'Step down one more, to level 4',
      'Take a pause',
      'Carry on as I am',
    ]);
    expect(await card.getByTestId('safety-not-therapy').textContent()).toContain(
      'a doctor, therapist or counsellor can help',
    );
    // No alarm colours: the card's text is the page's own.
    const colours = await card.evaluate((el) => ({
      card: getComputedStyle(el).color,
      body: getComputedStyle(document.body).color,
    }));
    expect(colours.card).toBe(colours.body);
    // Accessible as it stands, in the light and the dark.
    await extension().scanNow(popup);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await extension().scanNow(popup);
    await popup.emulateMedia({ colorScheme: 'light' });
    // "Take a pause" opens its three lengths; the card does not block the summary.
    await card.getByRole('button', { name: 'Take a pause' }).click();
    expect(await card.getByTestId('safety-pause-lengths').getByRole('button').allTextContents()).toEqual([
      'Pause for a few days',
      'Pause for a week',
      'Pause until I resume',
    ]);
    await card.getByRole('button', { name: 'Step down one more, to level 4' }).click();
    await expect
      .poll(() => card.getByTestId('safety-answered').textContent())
      .toBe('You are on level 4 now: the next card comes from there.');
    await popupFlow.finish(popup);
    expect(await popup.getByTestId('done-today').count()).toBe(1);

    // Two more asks at 10: the ladder's rule steps down each time, the check-in stays quiet.
    for (const level of [3, 2]) {
      await toSummary(popup, HARD);
      expect(await popup.getByTestId('ladder-move').textContent()).toContain(`level ${level}`);
      expect(await popup.getByTestId('safety-card').count()).toBe(0);
      await popupFlow.finish(popup);
    }
    const events = await stored(popup, 'safetyEvents');
    expect(events).toEqual([
      expect.objectContaining({ kind: 'feltMuchWorse', actual: 10, level: 5, choice: 'stepDown' }),
    ]);
    const moves = (await stored(popup, 'ladderEvents')).map((e) => `${e.from}→${e.to} ${e.reason}`);
    expect(moves).toEqual(['6→5 downVeryHard', '5→4 safetyStepDown', '4→3 downVeryHard', '3→2 downVeryHard']);
    await extension().close(popup);

    expect(await ladderLevel()).toBe('Level 2 of 10');
    // Answered: the new tab shows no card, and keeps the history for whoever opens it.
    const tab = await extension().open('newtab.html');
    expect(await tab.getByTestId('safety-card').count()).toBe(0);
    const history = tab.getByTestId('nt-check-ins');
    expect(await history.locator('summary').textContent()).toBe('Check-ins (1)');
    await history.locator('summary').click();
    expect(await history.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/: An ask felt much harder\. You stepped down a level\.$/),
    ]);
    await extension().close(tab);
  });

  it('one pause stops the card, reminders and badge; one click resumes them; the badge has its own switch', async () => {
    const { worker } = extension();
    const tab = await extension().openSeeded('newtab.html', async (page) => {
      await afterThreeHardAsks(page);
      // The background re-plans the badge after a write, as it does after one by the product.
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshReminders' }));
    });
    // The hard asks wait for a reflection: the badge counts them.
    await expect.poll(() => badge(worker)).toMatch(/^[1-9]$/);
    const counted = await badge(worker);
    const alarm = () => worker.evaluate(async () => (await chrome.alarms.get('reminders'))?.scheduledTime);

    await tab.getByTestId('nt-pause').locator('summary').click();
    await tab.getByRole('button', { name: 'Pause for a week' }).click();
    const paused = tab.getByTestId('paused');
    await paused.waitFor();
    expect(await paused.textContent()).toMatch(/Practice is paused\s*It starts again on .+\./);
    await expect.poll(() => badge(worker)).toBe('');
    // Reminders are re-planned to wake no later than the pause's end (their being held back
    // under a pause is proven in reminders.e2e.ts).
    expect(await alarm()).toBeGreaterThan(Date.now());
    // History stays: the journal is still there.
    expect(await tab.getByTestId('journal').count()).toBe(1);
    await extension().close(tab);

    const popup = await extension().open('popup.html');
    expect(await popup.getByTestId('today-card').count()).toBe(0);
    expect(await popup.getByTestId('paused').textContent()).toContain('Practice is paused');
    await popup.getByRole('button', { name: 'Resume practice' }).click();
    await popup.getByTestId('done-today').or(popup.getByTestId('today-card')).waitFor();
    await expect.poll(() => badge(worker)).toBe(counted);
    await extension().close(popup);

    const options = await extension().open('options.html#pause');
    expect(await options.locator('#pause').getByRole('button', { name: 'Pause for a week' }).count()).toBe(1);
    // The badge has a switch of its own, whatever the reminders.
    const badgeSwitch = options.getByLabel('Show a number on the toolbar button');
    await badgeSwitch.uncheck();
    await expect.poll(() => badge(worker)).toBe('');
    await badgeSwitch.check();
    await expect.poll(() => badge(worker)).toBe(counted);
    await extension().close(options);
  });

  it('an ask logged while paused does not move the ladder', async () => {
    // At level 2 an ask that felt 10 would step the ladder down, were practice not paused.
    const popup = await extension().openSeeded('popup.html', (page) => atLevel(page, 2));
    // Mid-ask when the pause starts: the ask in progress stays reachable.
    await popupFlow.start(popup);
    await popupFlow.forecast(popup, HARD);
    const options = await extension().open('options.html');
    await options.locator('#pause').getByRole('button', { name: 'Pause until I resume' }).click();
    await expect.poll(() => options.getByTestId('paused').textContent()).toContain('until you resume');
    await extension().close(options);
    await popup.reload();
    await popup.getByTestId('doing').waitFor();
    await popupFlow.done(popup);
    await popupFlow.outcome(popup, HARD);
    await popupFlow.reflect(popup, undefined);
    expect(await popup.getByTestId('ladder-move').count()).toBe(0);
    expect(await popup.getByTestId('safety-card').count()).toBe(0);
    await popupFlow.finish(popup);
    await popup.getByTestId('paused').waitFor();
    await popup.getByRole('button', { name: 'Resume practice' }).click();
    await popup.getByTestId('done-today').or(popup.getByTestId('today-card')).waitFor();
    await extension().close(popup);
    expect(await ladderLevel()).toBe('Level 2 of 10');
  });

  it('is readable and accessible in light and dark', async () => {
    const tab = await extension().openSeeded('newtab.html', afterThreeHardAsks);
    await tab.getByTestId('nt-check-ins').locator('summary').click();
    await extension().scanNow(tab);
    await tab.emulateMedia({ colorScheme: 'dark' });
    await extension().scanNow(tab);
    await extension().close(tab);
  });
});
