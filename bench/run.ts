// npm run bench: page-load cost of the built extension, as a ratio to a blank extension page
// loaded in the same Chromium run (absolute times drift between runs and machines; the
// ratio does not). Not part of npm test: a benchmark informs, it never gates.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/harness/chromiumArgs';

const ROOT = join(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output/chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 2;
const READY_MARK = 'aa:ready';

// The floor: an extension page with one tiny script that sets the same mark the same way.
const BLANK_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><script type="module" src="/bench-blank.js"></script></body></html>';
const BLANK_JS = `requestAnimationFrame(() => setTimeout(() => performance.mark('${READY_MARK}'), 0));`;

const PAGES = [
  { name: 'blank', path: 'bench-blank.html' },
  { name: 'popup', path: 'popup.html' },
  { name: 'newtab', path: 'newtab.html' },
] as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** JS (and CSS) a page loads: its module script and everything it preloads, gzipped. */
function shippedSize(html: string): { js: number; css: number } {
  const page = readFileSync(join(BUILD, html), 'utf8');
  const refs = [...page.matchAll(/(?:src|href)="([^"]+\.(js|css))"/g)];
  let js = 0;
  let css = 0;
  for (const [, ref, ext] of refs) {
    const bytes = gzipSync(readFileSync(join(BUILD, (ref as string).replace(/^\//, ''))), {
      level: 9,
    }).length;
    if (ext === 'js') js += bytes;
    else css += bytes;
  }
  return { js, css };
}

const extensionDir = mkdtempSync(join(tmpdir(), 'ask-anyway-bench-ext-'));
const profile = mkdtempSync(join(tmpdir(), 'ask-anyway-bench-profile-'));
cpSync(BUILD, extensionDir, { recursive: true });
writeFileSync(join(extensionDir, 'bench-blank.html'), BLANK_HTML);
writeFileSync(join(extensionDir, 'bench-blank.js'), BLANK_JS);

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs(extensionDir),
});

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let install-time work (onboarding tab) settle
  for (const page of context.pages()) await page.close();

  async function load(path: string): Promise<number> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/${path}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
    const ms = await page.evaluate(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
      READY_MARK,
    );
    await page.close();
    return ms;
  }

  const samples = new Map<string, number[]>(PAGES.map((p) => [p.name, []]));
  for (let round = 0; round < WARMUP + RUNS; round++) {
    // Interleaved so drift during the run hits every page alike.
    for (const page of PAGES) {
      const ms = await load(page.path);
      if (round >= WARMUP) samples.get(page.name)?.push(ms);
    }
  }

  const blank = median(samples.get('blank') ?? []);
  const rows = PAGES.map((page) => {
    const ms = median(samples.get(page.name) ?? []);
    const size = page.name === 'blank' ? { js: gzipSync(BLANK_JS).length, css: 0 } : shippedSize(page.path);
    return {
      page: page.name,
      medianMs: Math.round(ms * 10) / 10,
      ratioToBlank: Math.round((ms / blank) * 100) / 100,
      jsGzipKB: Math.round((size.js / 1024) * 10) / 10,
      cssGzipKB: Math.round((size.css / 1024) * 10) / 10,
    };
  });

  console.log(`\nAsk Anyway bench — median of ${RUNS} loads each, navigation start → "${READY_MARK}"\n`);
  console.table(rows);
  const result = {
    date: new Date().toISOString(),
    runs: RUNS,
    chromium: context.browser()?.version() ?? '',
    rows,
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('written to bench/results.json');
} finally {
  await context.close();
  rmSync(extensionDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
