import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterEach, beforeEach } from 'vitest';
import { CONSOLE_TO_STDOUT_PREFS, proxyPrefs, startRequestWatch, watchFirefoxOutput } from './firefoxWatch';
import { INTRODUCED_SETTINGS } from './introduced';
import { pageAnswers } from './pageAnswers';
import { FIREFOX_BIN, FIREFOX_BUILD, FIREFOX_UUID, GECKO_ID } from './paths';
import { StandingChecks } from './standingChecks';

export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

/** axe-core's own build, run in the page (the harness evaluates it; the page's policy is for the page). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: unknown[];
}

/** Runs axe on the extension page the tab shows now, as the Chromium harness does on close. */
async function scanPage(page: Page, checks: StandingChecks): Promise<void> {
  const href = await page.evaluate(() => location.href).catch(() => '');
  if (!href.startsWith(FIREFOX_ORIGIN)) return;
  // Evaluated as a string by the browser's remote protocol: outside the page's policy, which
  // (rightly) refuses eval.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } };
    const result = await axe.run();
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(() => 0),
    }));
  });
  checks.accessibility(href.split('#')[0] ?? href, violations);
}

export interface FirefoxExtension {
  browser: Browser;
  /** A tab on an extension page: the onboarding tab the extension opened on install. */
  page: Page;
  checks: StandingChecks;
  /** Moves the extension tab to another of the extension's pages and waits until it is ready. */
  goto(path: string): Promise<void>;
  /** The folder downloads land in, without a dialog. */
  downloads: string;
  /** Runs axe on the page shown now (goto does it for every page it leaves). */
  scan(): Promise<void>;
}

async function findExtensionTab(browser: Browser): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      // WebDriver BiDi may report about:blank for extension tabs; ask the page itself.
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(FIREFOX_ORIGIN)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the onboarding tab did not open after install');
}

async function launch(introduced: boolean): Promise<FirefoxExtension & { dispose(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'ask-anyway-firefox-'));
  const downloads = mkdtempSync(join(tmpdir(), 'ask-anyway-firefox-downloads-'));
  const checks = new StandingChecks();
  const watch = await startRequestWatch(checks);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Headless Firefox cannot answer its permission doorhanger: with prompts off, an
      // optional permission the extension requests is granted, as if the user said yes.
      'extensions.webextOptionalPermissionPrompts': false,
      // No desktop notification service here: the system backend closes every notification
      // at once. Firefox's own alert window stays up, as a notification would for a user.
      'alerts.useSystemBackend': false,
      // Downloads go straight to a folder of the test's, as a person's default folder would.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // What extension pages and the background do is read from Firefox itself (firefoxWatch.ts).
      ...CONSOLE_TO_STDOUT_PREFS,
      ...proxyPrefs(watch.port),
    },
  });
  const firefoxProcess = browser.process();
  watchFirefoxOutput([firefoxProcess?.stdout, firefoxProcess?.stderr], checks, FIREFOX_ORIGIN);
  await browser.installExtension(FIREFOX_BUILD);
  const page = await findExtensionTab(browser);
  // The tab may show the address before its document runs: wait until the page answers.
  await page.waitForFunction(pageAnswers, { timeout: 15_000 });
  // Past the introduction (the pledge ticked), as most tests assume; see the Chromium harness.
  if (introduced) await page.evaluate((settings) => chrome.storage.sync.set(settings), INTRODUCED_SETTINGS);

  return {
    browser,
    page,
    checks,
    downloads,
    async goto(path) {
      await scanPage(page, checks);
      const target = `${FIREFOX_ORIGIN}/${path.replace(/^\//, '')}`;
      // Always a new document, and the page being left is marked, so that it is never taken
      // for the new one (asked for the page already shown, or the same one with another hash).
      await page.evaluate((href) => {
        Object.assign(window, { leaving: true });
        const samePage = location.href.split('#')[0] === href.split('#')[0];
        location.href = href;
        if (samePage) location.reload();
      }, target);
      await page.waitForFunction(
        (href) => location.href === href && !('leaving' in window),
        { timeout: 15_000 },
        target,
      );
      await page.waitForFunction(pageAnswers, { timeout: 15_000 });
    },
    scan: () => scanPage(page, checks),
    async dispose() {
      await browser.close();
      watch.server.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh Firefox ESR profile with the built extension for each test of the file that calls
 * this (so no test depends on another, or on their order), with the same standing checks.
 */
export function useFirefoxExtension({ introduced = true } = {}): () => FirefoxExtension {
  let session: Awaited<ReturnType<typeof launch>> | undefined;
  beforeEach(async () => {
    session = await launch(introduced);
  });
  afterEach(async () => {
    if (!session) return;
    const ending = session;
    session = undefined;
    try {
      await ending.scan().catch(() => undefined);
      const problems = ending.checks.take();
      if (problems.length > 0) throw new Error(`Standing checks failed:\n- ${problems.join('\n- ')}`);
    } finally {
      await ending.dispose();
    }
  });
  return () => {
    if (!session) throw new Error('Firefox is not launched yet');
    return session;
  };
}
