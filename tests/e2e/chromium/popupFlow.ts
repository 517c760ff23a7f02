import type { Page } from 'playwright-core';

export type OutcomeLabel = 'Yes' | 'Partly' | 'No' | 'No reply yet';

export interface AskRun {
  forecast: number;
  expected: 'Yes' | 'Partly' | 'No';
  belief?: string;
  outcome: OutcomeLabel;
  actual: number;
  reflection?: { happened: string };
}

const group = (popup: Page, name: string) => popup.locator(`[data-group="${name}"]`);

/** The popup page object: one method per step of the practice loop, as a user does it. */
export const popupFlow = {
  async start(popup: Page): Promise<string> {
    if ((await popup.getByTestId('done-today').count()) > 0) {
      await popup.getByRole('button', { name: 'Show me another' }).click();
      await popup.getByTestId('today-card').waitFor();
    }
    const title = (await popup.locator('#today-title').textContent()) ?? '';
    await popup.getByRole('button', { name: "I'll do it" }).click();
    await popup.getByRole('heading', { name: 'Before you ask' }).waitFor();
    return title;
  },

  async forecast(popup: Page, run: Pick<AskRun, 'forecast' | 'expected' | 'belief'>): Promise<void> {
    await group(popup, 'forecast').getByLabel(String(run.forecast), { exact: true }).check();
    await group(popup, 'expected').getByLabel(run.expected, { exact: true }).check();
    if (run.belief !== undefined) await popup.locator('#belief').fill(run.belief);
    await popup.getByRole('button', { name: 'Commit' }).click();
    await popup.getByTestId('doing').waitFor();
  },

  async done(popup: Page): Promise<void> {
    await popup.getByRole('button', { name: "I've done it" }).click();
    await popup.getByRole('heading', { name: 'How did it go?' }).waitFor();
  },

  async outcome(popup: Page, run: Pick<AskRun, 'outcome' | 'actual'>): Promise<void> {
    await group(popup, 'outcome').getByLabel(run.outcome, { exact: true }).check();
    await group(popup, 'actual').getByLabel(String(run.actual), { exact: true }).check();
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByRole('heading', { name: 'Reflect' }).waitFor();
  },

  async reflect(popup: Page, reflection: AskRun['reflection']): Promise<void> {
    if (reflection) {
      await popup.getByLabel('What actually happened?').fill(reflection.happened);
      await popup.getByRole('button', { name: 'Save reflection' }).click();
    } else {
      await popup.getByRole('button', { name: 'Later' }).click();
    }
    await popup.getByTestId('summary').waitFor();
  },

  async finish(popup: Page): Promise<void> {
    await popup.getByRole('button', { name: 'Done', exact: true }).click();
    await popup.getByTestId('summary').waitFor({ state: 'detached' });
  },

  /** The whole loop on today's card; returns the summary's comparison line and ladder note. */
  async complete(
    popup: Page,
    run: AskRun,
  ): Promise<{ title: string; heading: string; compare: string; move: string }> {
    const title = await popupFlow.start(popup);
    await popupFlow.forecast(popup, run);
    await popupFlow.done(popup);
    await popupFlow.outcome(popup, run);
    await popupFlow.reflect(popup, run.reflection);
    const heading = (await popup.locator('#summary-heading').textContent()) ?? '';
    const compare = (await popup.getByTestId('summary-compare').textContent()) ?? '';
    const move = (await popup.getByTestId('ladder-move').count())
      ? ((await popup.getByTestId('ladder-move').textContent()) ?? '')
      : '';
    await popupFlow.finish(popup);
    return { title, heading, compare, move };
  },
};
