// npm run screenshots: the popup's steps in light and dark, from the built extension, into
// docs/popup/. Run after `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/harness/chromiumArgs';
import { INTRODUCED_SETTINGS } from '../tests/e2e/harness/introduced';

const ROOT = join(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'docs/popup');

async function shoot(page: Page, name: string, theme: string) {
  await page.screenshot({ path: join(OUT, `${name}-${theme}.png`), fullPage: true });
}

for (const theme of ['light', 'dark'] as const) {
  const profile = mkdtempSync(join(tmpdir(), 'ask-anyway-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 360, height: 560 },
    colorScheme: theme,
    args: chromiumArgs(BUILD),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // A person past the introduction (the pledge ticked), as the pictures show.
  await worker.evaluate((settings) => chrome.storage.sync.set(settings), INTRODUCED_SETTINGS);
  const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
  const page = await context.newPage();
  const group = (name: string) => page.locator(`[data-group="${name}"]`);
  await page.goto(popupUrl);
  await page.getByTestId('today-card').waitFor();
  await shoot(page, '1-card', theme);
  await page.getByRole('button', { name: "I'll do it" }).click();
  await group('forecast').getByLabel('7', { exact: true }).check();
  await group('expected').getByLabel('No', { exact: true }).check();
  await page.locator('#belief').fill("If I ask, they'll think I'm pushy");
  await shoot(page, '2-forecast', theme);
  await page.getByRole('button', { name: 'Commit' }).click();
  await page.getByTestId('doing').waitFor();
  await shoot(page, '3-doing', theme);
  await page.getByRole('button', { name: "I've done it" }).click();
  await group('outcome').getByLabel('Partly', { exact: true }).check();
  await group('actual').getByLabel('3', { exact: true }).check();
  await shoot(page, '4-outcome', theme);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByLabel('What did you expect would happen?').fill('A polite no, or no answer at all.');
  await page
    .getByLabel('What actually happened?')
    .fill('They said yes to half of it and thanked me for asking.');
  await shoot(page, '5-reflect', theme);
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await page.getByTestId('summary').waitFor();
  await shoot(page, '6-summary', theme);
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  // A second ask that waits for its reply, to show the awaiting list.
  await page.getByRole('button', { name: 'Show me another' }).click();
  await page.getByRole('button', { name: "I'll do it" }).click();
  await group('forecast').getByLabel('8', { exact: true }).check();
  await group('expected').getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Commit' }).click();
  await page.getByRole('button', { name: "I've done it" }).click();
  await group('outcome').getByLabel('No reply yet', { exact: true }).check();
  await group('actual').getByLabel('5', { exact: true }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Later' }).click();
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await page.getByTestId('awaiting').locator('li').first().waitFor();
  await shoot(page, '7-awaiting', theme);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`screenshots written to ${OUT}`);
