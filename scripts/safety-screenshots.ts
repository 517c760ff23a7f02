// npm run screenshots:safety: the introduction's six steps, the safety check-in (in the popup's
// summary and on the new tab), the paused popup and new tab, and the check-in history, in light
// and dark, from the built extension, into docs/safety/. Run after `npm run build`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { popupFlow } from '../tests/e2e/chromium/popupFlow';
import { chromiumArgs } from '../tests/e2e/harness/chromiumArgs';

const ROOT = join(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'docs/safety');
mkdirSync(OUT, { recursive: true });

const shot = (page: Page, name: string, theme: string) =>
  page.screenshot({ path: join(OUT, `${name}-${theme}.png`), fullPage: true });

for (const theme of ['light', 'dark'] as const) {
  const profile = mkdtempSync(join(tmpdir(), 'ask-anyway-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 900, height: 700 },
    colorScheme: theme,
    args: chromiumArgs(BUILD),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;

  // The introduction, one step at a time.
  const intro = await context.newPage();
  await intro.goto(`${base}/onboarding.html`);
  const at = (step: string) => intro.locator(`[data-step="${step}"]`).waitFor();
  const next = () => intro.getByRole('button', { name: /^(Next|Finish)$/ }).click();
  await at('welcome');
  await shot(intro, 'onboarding-1-welcome', theme);
  await next();
  await at('focus');
  await intro.getByLabel('Asking for feedback').check();
  await intro.getByLabel('Careers and job applications').check();
  await shot(intro, 'onboarding-2-focus', theme);
  await next();
  await at('level');
  for (const [group, answer] of [
    ['start-feedback', 'nervous'],
    ['start-coldEmail', 'hard'],
    ['start-stretchJob', 'hard'],
  ] as const)
    await intro.locator(`[data-group="${group}"] input[value="${answer}"]`).check();
  await intro.getByTestId('onboarding-suggested').waitFor();
  await shot(intro, 'onboarding-3-level', theme);
  await next();
  await at('pledge');
  await intro.getByTestId('pledge-tick').check();
  await shot(intro, 'onboarding-4-pledge', theme);
  await next();
  await at('goal');
  await shot(intro, 'onboarding-5-goal', theme);
  await next();
  await at('ready');
  await shot(intro, 'onboarding-6-ready', theme);
  await intro.close();

  // An ask that felt 10: the summary acknowledges it, and the check-in speaks.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`${base}/popup.html`);
  await popup.getByTestId('today-card').waitFor();
  await popupFlow.start(popup);
  await popupFlow.forecast(popup, { forecast: 4, expected: 'No' });
  await popupFlow.done(popup);
  await popupFlow.outcome(popup, { outcome: 'No', actual: 10 });
  await popupFlow.reflect(popup, undefined);
  await popup.getByTestId('safety-card').waitFor();
  await shot(popup, 'safety-1-popup-summary', theme);
  await popupFlow.finish(popup);
  await popup.close();

  const tab = await context.newPage();
  await tab.goto(`${base}/newtab.html`);
  await tab.getByTestId('safety-card').waitFor();
  await tab.screenshot({ path: join(OUT, `safety-2-newtab-${theme}.png`) });
  await tab.getByRole('button', { name: 'Take a pause' }).click();
  await tab.getByRole('button', { name: 'Pause for a week' }).click();
  await tab.getByTestId('safety-answered').waitFor();
  await tab.getByTestId('paused').waitFor();
  await tab.screenshot({ path: join(OUT, `safety-3-newtab-paused-${theme}.png`) });
  await tab.getByTestId('nt-check-ins').locator('summary').click();
  await tab.getByTestId('nt-check-ins').screenshot({ path: join(OUT, `safety-5-history-${theme}.png`) });
  await tab.close();

  const paused = await context.newPage();
  await paused.setViewportSize({ width: 360, height: 600 });
  await paused.goto(`${base}/popup.html`);
  await paused.getByTestId('paused').waitFor();
  await shot(paused, 'safety-4-popup-paused', theme);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`screenshots written to ${OUT}`);
