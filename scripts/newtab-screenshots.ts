// npm run screenshots:newtab: the new tab in light and dark, rich history, empty and minimal,
// from the built extension, into docs/newtab/. Run after `npm run build`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { copyWithSeedPage, seedHistory } from '../bench/seededExtension';
import { chromiumArgs } from '../tests/e2e/harness/chromiumArgs';
import { INTRODUCED_SETTINGS } from '../tests/e2e/harness/introduced';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/newtab');
mkdirSync(OUT, { recursive: true });
const extensionDir = await copyWithSeedPage(join(ROOT, '.output/chrome-mv3'));

async function shoot(history: number, theme: 'light' | 'dark', name: string, width = 1280, minimal = false) {
  const profile = mkdtempSync(join(tmpdir(), 'ask-anyway-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width, height: 800 },
    colorScheme: theme,
    args: chromiumArgs(extensionDir),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // A person past the introduction (the pledge ticked), as the pictures show.
    await worker.evaluate((settings) => chrome.storage.sync.set(settings), INTRODUCED_SETTINGS);
    const id = new URL(worker.url()).host;
    await seedHistory(context, id, history);
    const popup = await context.newPage(); // picks today's card, as the first popup of a day does
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.getByTestId('today-card').waitFor();
    await popup.close();
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/newtab.html`);
    await page.locator('main[data-fresh="true"]').waitFor();
    if (minimal) {
      await page.getByRole('button', { name: 'Show less' }).click();
      await page.locator('.newtab--minimal').waitFor();
    }
    // Sections far below the fold are drawn only as they come near the viewport
    // (content-visibility: auto), and a full-page capture does not scroll: grow the viewport
    // to the whole page (until its height settles, as drawn sections take their real size).
    for (let i = 0, height = 800; i < 5; i++) {
      const next = await page.evaluate(() => document.documentElement.scrollHeight);
      if (next === height && i > 0) break;
      height = next;
      await page.setViewportSize({ width, height });
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
      );
    }
    await page.screenshot({ path: join(OUT, `${name}-${theme}.png`), fullPage: true });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

for (const theme of ['light', 'dark'] as const) await shoot(400, theme, 'rich');
await shoot(400, 'light', 'rich-800px', 800);
await shoot(0, 'light', 'empty');
await shoot(400, 'light', 'minimal', 1280, true);
rmSync(extensionDir, { recursive: true, force: true });
console.log(`screenshots written to ${OUT}`);
