import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page, type Request, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { chromiumArgs } from './chromiumArgs';
import { INTRODUCED_SETTINGS } from './introduced';
import { pageAnswers } from './pageAnswers';
import { CHROME_BUILD, CHROMIUM_BIN } from './paths';
import { isExtensionUrl, StandingChecks } from './standingChecks';

export interface ChromiumExtension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  checks: StandingChecks;
  url(path: string): string;
  /** Opens an extension page in a fresh tab and waits until it has painted its data. */
  open(path: string): Promise<Page>;
  /**
   * Opens an extension page on the state `seed` writes from it (so no other page is opened,
   * and scanned, for it), reloaded to paint from that state.
   */
  openSeeded(path: string, seed: (page: Page) => Promise<void>): Promise<Page>;
  /** Scans the page for accessibility problems, then closes it (as a popup closes). */
  close(page: Page): Promise<void>;
  /** Scans every open extension page not yet scanned in this test. */
  scanOpenPages(): Promise<void>;
  /** Scans this page as it is now (say, in dark mode), even if it was scanned before. */
  scanNow(page: Page): Promise<void>;
}

/** Where a request came from, for the failure message. */
function requestSource(request: Request): string {
  // A service-worker request has no frame, and a navigation may start before its frame
  // exists: asking for the frame throws in both cases.
  if (request.serviceWorker()) return 'service worker';
  try {
    return request.frame().url();
  } catch {
    return 'a page being opened';
  }
}

export interface LaunchOptions {
  /**
   * Optional permissions the user has already granted. Headless Chromium cannot answer the
   * browser's own permission prompt, so the grant is written into the profile the way Chromium
   * stores one; the extension's request then resolves at once, as it does for a granted one.
   */
  granted?: string[];
  /**
   * The person has been through the introduction (the respect pledge ticked), as nearly every
   * test assumes; false for the tests of the introduction and the pledge themselves.
   */
  introduced?: boolean;
}

const launchContext = (profile: string) =>
  chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(CHROME_BUILD),
  });

/** Records `granted` as permissions the user gave the extension in this (closed) profile. */
function grantInProfile(profile: string, extensionId: string, granted: string[]): void {
  const file = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const entry = prefs.extensions?.settings?.[extensionId];
  if (!entry) throw new Error(`no settings for ${extensionId} in the profile`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    entry[key] ??= {};
    entry[key].api = [...new Set([...(entry[key].api ?? []), ...granted])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/**
 * A closed profile where the extension was installed and then given `granted`: made once per
 * test file (each file runs in a process of its own), copied for each of its tests.
 */
let grantedProfile: Promise<string> | undefined;

async function makeGrantedProfile(granted: string[]): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'ask-anyway-chromium-granted-'));
  const first = await launchContext(profile);
  const worker =
    first.serviceWorkers()[0] ?? (await first.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  // Let the first run write its preferences before they are edited.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await first.close();
  grantInProfile(profile, id, granted);
  return profile;
}

async function launch({
  granted = [],
  introduced = true,
}: LaunchOptions): Promise<ChromiumExtension & { dispose(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'ask-anyway-chromium-'));
  if (granted.length > 0) {
    grantedProfile ??= makeGrantedProfile(granted);
    cpSync(await grantedProfile, profile, { recursive: true });
  }
  const context = await launchContext(profile);
  const checks = new StandingChecks();
  context.on('request', (request) => {
    checks.request(request.url(), requestSource(request));
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error' && isExtensionUrl(page.url()))
        checks.consoleError(message.text(), page.url());
    });
    page.on('pageerror', (error) => checks.pageError(error.message, page.url()));
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  worker.on('console', (message) => {
    if (message.type() === 'error') checks.consoleError(message.text(), 'service worker');
  });
  const extensionId = new URL(worker.url()).host;
  const url = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  if (granted.length === 0) {
    // A fresh install opens onboarding in a tab of its own, a moment after the worker starts.
    // Waited for here: opened later, it takes the foreground from the page a test is driving,
    // and every action on that page then waits on a throttled background tab.
    const onboarding = url('onboarding.html');
    if (!context.pages().some((page) => page.url() === onboarding))
      await context.waitForEvent('page', { predicate: (page) => page.url() === onboarding, timeout: 15_000 });
  }

  if (introduced) await worker.evaluate((settings) => chrome.storage.sync.set(settings), INTRODUCED_SETTINGS);

  const scanned = new Set<string>();
  const scan = async (page: Page) => {
    const where = page.url().split('#')[0] ?? '';
    if (!where.startsWith('chrome-extension://') || scanned.has(where)) return;
    scanned.add(where);
    const result = await new AxeBuilder({ page }).analyze();
    checks.accessibility(where, result.violations);
  };

  const open = async (path: string) => {
    const page = await context.newPage();
    await page.goto(url(path));
    await page.waitForFunction(pageAnswers);
    return page;
  };

  return {
    context,
    extensionId,
    worker,
    checks,
    url,
    open,
    async openSeeded(path, seed) {
      const page = await open(path);
      await seed(page);
      await page.reload();
      await page.waitForFunction(pageAnswers);
      return page;
    },
    async close(page) {
      await scan(page);
      await page.close();
    },
    async scanOpenPages() {
      for (const page of context.pages()) if (!page.isClosed()) await scan(page);
    },
    async scanNow(page) {
      const result = await new AxeBuilder({ page }).analyze();
      checks.accessibility(page.url().split('#')[0] ?? '', result.violations);
    },
    async dispose() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh profile with the built extension for each test of the file that calls this, so no
 * test depends on what another left behind, or on the order they run in. After every test the
 * open pages are scanned with axe, and any network request leaving the extension, console error
 * or serious accessibility violation fails that test.
 */
export function useChromiumExtension(options: LaunchOptions = {}): () => ChromiumExtension {
  let session: Awaited<ReturnType<typeof launch>> | undefined;
  beforeEach(async () => {
    session = await launch(options);
  });
  afterEach(async () => {
    if (!session) return;
    const ending = session;
    session = undefined;
    try {
      await ending.scanOpenPages();
      const problems = ending.checks.take();
      if (problems.length > 0) throw new Error(`Standing checks failed:\n- ${problems.join('\n- ')}`);
    } finally {
      await ending.dispose();
    }
  });
  afterAll(async () => {
    if (grantedProfile) rmSync(await grantedProfile, { recursive: true, force: true });
  });
  return () => {
    if (!session) throw new Error('the extension is not launched yet');
    return session;
  };
}
