// npm run screenshots:data: the options page's "Your data" section and the onboarding's
// restore, in light and dark, from the built extension, into docs/data/. Run after `npm run build`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/harness/chromiumArgs';

const ROOT = join(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'docs/data');
const FIXTURES = join(ROOT, 'tests/fixtures/import');
mkdirSync(OUT, { recursive: true });

async function shoot(page: Page, name: string, theme: string, selector = '#your-data') {
  await page.locator(selector).screenshot({ path: join(OUT, `${name}-${theme}.png`) });
}

for (const theme of ['light', 'dark'] as const) {
  const profile = mkdtempSync(join(tmpdir(), 'ask-anyway-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 900, height: 900 },
    colorScheme: theme,
    args: chromiumArgs(BUILD),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await context.newPage();
  await page.goto(`${base}/options.html#your-data`);
  await page.getByTestId('storage-status').waitFor();
  await shoot(page, '1-your-data', theme);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  const backup = join(profile, 'backup.json');
  writeFileSync(backup, await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c)));
  await page.getByLabel('Choose a backup file').setInputFiles(join(FIXTURES, 'many-bad-rows.json'));
  await page.getByTestId('import-problems').waitFor();
  await shoot(page, '2-import-refused', theme, '[data-testid="import-panel"]');
  await page.getByLabel('Choose a backup file').setInputFiles(join(FIXTURES, 'html-and-script-in-text.json'));
  await page.getByTestId('import-preview').waitFor();
  await shoot(page, '3-import-preview', theme, '[data-testid="import-panel"]');
  await page.getByLabel('Replace everything here with the backup').check();
  await page.getByTestId('import-restore').click();
  await page.getByTestId('import-confirm-replace').waitFor();
  await shoot(page, '4-import-confirm-replace', theme, '[data-testid="import-panel"]');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Merge with what is here (recommended)', { exact: false }).check();
  await page.getByTestId('import-restore').click();
  await page.getByTestId('import-done').waitFor();
  await shoot(page, '5-import-done', theme, '[data-testid="import-panel"]');

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.locator('#delete-status').getByText('Type').waitFor();
  await shoot(page, '6-delete-confirm', theme, '[data-testid="delete-panel"]');

  await page.goto(`${base}/onboarding.html`);
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await page.getByTestId('import-panel').waitFor();
  await page.screenshot({ path: join(OUT, `7-onboarding-${theme}.png`), fullPage: true });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`screenshots written to ${OUT}`);
