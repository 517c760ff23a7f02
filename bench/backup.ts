// Export and import of a full JSON backup, through the options page's "Your data" section as a
// person uses it, in a fresh profile seeded with a long history (bench/seedPage.ts).
//
// Export: click "export-json" → Playwright's download event (`downloadEventMs`) → the file is
// completely written (`await download.path()`, `ms`). Import of that file: `setInputFiles` on
// #import-file → the preview → click "import-restore" → "import-done", which covers reading
// and checking the file, the merge, the writes and the rebuilt aggregates. Merging a file into
// the data it came from writes nothing, so before each import every store of the database is
// emptied and the merge writes all of it again.
//
// Each operation is compared with a baseline measured in the same page, in the same round:
// absolute times drift between runs and machines. The baselines are floors, the least any
// export or import of this data could do in this page, so the ratio is what the product adds:
// - export: reading every exported table with Dexie `toArray()` in one transaction and
//   `JSON.stringify` of the result;
// - import: `JSON.parse` of the same file's text and one `bulkPut` of its attempts into an
//   empty scratch database with the product's schema (same indexes to keep up to date).
// Both are timed from here around one `page.evaluate`, as the product is timed from here
// around the clicks, so each side carries the same round trips to the browser.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Locator, type Page } from 'playwright-core';
import { chromiumArgs } from '../tests/e2e/harness/chromiumArgs';
import { BACKUP_STORES } from '../utils/backup/backupFormat';
import type { AskAnywayDatabase } from '../utils/db/database';
import type { Attempt } from '../utils/db/schema';
import { DATABASE_NAME } from '../utils/db/versions';
import { median } from './median';
import { copyWithSeedPage, seedHistory } from './seededExtension';

/** The issue's history size and targets (median of its runs each). */
export const ISSUE_ATTEMPTS = 20_000;
export const EXPORT_TARGET_MS = 1_000;
export const IMPORT_TARGET_MS = 3_000;
/** One round of each first, not counted: the browser's first download and first file read. */
const WARMUP = 1;
/** Between loading the page and timing anything on it: its own startup reads end first. */
const PAGE_SETTLE_MS = 250;
/**
 * Writing or deleting thousands of rows leaves the browser's storage engine compacting for a
 * while after the transaction ends (run.ts waits 20 s after seeding 20,000). A person's data is
 * at rest when they export or import, so the seeded history settles first, and each operation
 * waits again after its preparation (emptying the database, or the scratch one).
 */
const seedSettleMs = (attempts: number) => Math.min(20_000, attempts);
const settleMs = (attempts: number) => Math.min(4_000, Math.max(1_000, attempts / 5));
const HEAP_SAMPLE_MS = 20;
const SCRATCH_DATABASE = 'ask-anyway-bench-scratch';
/** The exported file, inside the extension's copy, so the import baseline fetches it itself. */
const BACKUP_COPY = 'bench-backup.json';
const PROGRESS_DELAY_MS = 500;
const WAIT_MS = 180_000;
const MB = 1024 * 1024;

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface OperationResult {
  medianMs: number;
  /** The median of each round's ratio to the baseline of that round (as bench/run.ts does). */
  ratioToBaseline: number;
  baselineMedianMs: number;
  runs: number;
  targetMs: number;
  /** Null when the history is not the issue's size: the target is for 20,000 attempts. */
  targetMet: boolean | null;
}

interface ExportRun {
  ms: number;
  downloadEventMs: number;
  baselineMs: number;
}

interface ImportRun {
  ms: number;
  /** setInputFiles → the preview: reading and checking the file. */
  checkMs: number;
  /** The preview → "import-done": the click, the merge, the writes, the aggregates. */
  writeMs: number;
  baselineMs: number;
  /** The baseline's JSON.parse alone, timed in the page: the rest of it is the IndexedDB write. */
  baselineParseMs: number;
  heapBeforeMB: number;
  peakHeapMB: number;
  heapSamples: number;
  /** Whether #import-progress was in the page at any moment of the run. */
  progressSeen: boolean;
}

export interface BackupResult {
  date: string;
  chromium: string;
  attempts: number;
  fileMB: number;
  warmupRounds: number;
  export: OperationResult & { downloadEventMedianMs: number; perRun: ExportRun[] };
  import: OperationResult & {
    /** The highest JSHeapUsedSize sampled during any measured import. */
    peakHeapMB: number;
    /** Median heap at the start of an import, after a forced GC on the freshly loaded page. */
    heapBeforeMedianMB: number;
    checkMedianMs: number;
    writeMedianMs: number;
    baselineParseMedianMs: number;
    /**
     * Runs in which checking or writing alone took over 500 ms (the progress bar's delay,
     * components/shared/useDelayedFlag.ts), and in how many of those the bar was seen.
     */
    progress: { runsWithStageOver500Ms: number; seenInThose: number; seenInAll: number };
    perRun: ImportRun[];
  };
}

type BenchGlobals = typeof globalThis & {
  benchProgressSeen?: boolean;
  benchImportBaseline?: { text: string; scratch: AskAnywayDatabase };
};

/**
 * Peak JS heap of the page's renderer, from `Performance.getMetrics` (JSHeapUsedSize) over a
 * CDP session on the options page, every ~20 ms. Chromium sends that command on its IO thread
 * and interrupts running script to answer it, so samples land inside long tasks (JSON.parse,
 * the row checks) too, if less densely than every 20 ms. It is the heap of the renderer's main
 * V8 isolate: every page of the extension open in it, which here is the options page alone.
 */
function sampleHeap(cdp: CDPSession): { stop: () => Promise<{ peak: number; samples: number }> } {
  let running = true;
  let peak = 0;
  let samples = 0;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await heapUsed(cdp));
      samples++;
      await pause(HEAP_SAMPLE_MS);
    }
  })();
  // A failed sample is reported by stop(); until then it must not end the process on its own
  // (an import that failed throws first, and the browser closes under the loop).
  loop.catch(() => undefined);
  return {
    stop: async () => {
      running = false;
      await loop;
      return { peak, samples };
    },
  };
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
}

/** Loads options.html afresh, as a person opening it, and waits for its startup work to end. */
async function openOptions(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('storage-status').waitFor({ timeout: WAIT_MS });
  await page.getByTestId('export-json').waitFor({ timeout: WAIT_MS });
  await pause(PAGE_SETTLE_MS);
}

/**
 * Waits for `testId`, or for the import to have ended another way, which it then reports
 * rather than waiting out the timeout.
 */
async function settled(page: Page, testId: string): Promise<Locator> {
  const ends = ['import-problems', 'import-failed'].map((end) => `[data-testid="${end}"]`);
  const expected = page.getByTestId(testId);
  const first = page.locator([`[data-testid="${testId}"]`, ...ends].join(', ')).first();
  await first.waitFor({ timeout: WAIT_MS });
  if (!(await expected.isVisible())) throw new Error(`import ended with: ${await first.textContent()}`);
  return expected;
}

/** Every store of the product's database emptied, straight through IndexedDB. */
async function emptyDatabase(page: Page): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const idb = request.result;
          const stores = [...idb.objectStoreNames];
          const transaction = idb.transaction(stores, 'readwrite');
          for (const store of stores) transaction.objectStore(store).clear();
          transaction.oncomplete = () => {
            idb.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    DATABASE_NAME,
  );
}

/** What the database holds after an import: asks, and the total the aggregates counted. */
async function storedCounts(page: Page): Promise<{ stored: number; done: number; statsAll: number | null }> {
  return page.evaluate(async () => {
    const db = globalThis.askAnywayDatabaseRuntime?.getDatabase();
    if (!db) throw new Error('options.html published no database');
    const [stored, done, all] = await Promise.all([
      db.attempts.count(),
      // Done as utils/stats.ts statKeysFor counts it: not a bare commitment, and with a day.
      db.attempts.filter((attempt) => attempt.state !== 'committed' && Boolean(attempt.doneDay)).count(),
      db.stats.get('all'),
    ]);
    return { stored, done, statsAll: all?.attempts ?? null };
  });
}

function operationResult(
  samples: number[],
  baselines: number[],
  targetMs: number,
  attempts: number,
): OperationResult {
  const medianMs = median(samples);
  return {
    medianMs: round1(medianMs),
    ratioToBaseline: round2(median(samples.map((ms, i) => ms / (baselines[i] ?? Number.NaN)))),
    baselineMedianMs: round1(median(baselines)),
    runs: samples.length,
    targetMs,
    targetMet: attempts === ISSUE_ATTEMPTS ? medianMs <= targetMs : null,
  };
}

/** Product and baseline once each per round, in a random order, so drift hits both alike. */
const inRandomOrder = <T>(steps: T[]): T[] => [...steps].sort(() => Math.random() - 0.5);

export async function measureBackup(buildDir: string, attempts: number, runs: number): Promise<BackupResult> {
  const extensionDir = await copyWithSeedPage(buildDir);
  const profile = mkdtempSync(join(tmpdir(), 'ask-anyway-bench-profile-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    // The pages section's flags: frames as fast as the page renders them, so waits for what
    // the page shows are not rounded up to 60 Hz frames.
    args: [...chromiumArgs(extensionDir), '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    await pause(1000); // let install-time work (onboarding tab) settle
    for (const open of context.pages()) await open.close();

    await seedHistory(context, id, attempts);
    const page = await context.newPage();
    await pause(seedSettleMs(attempts));

    const options = `chrome-extension://${id}/options.html`;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');

    // ---- export ----
    const backupFile = join(extensionDir, BACKUP_COPY);
    const exportRuns: ExportRun[] = [];
    for (let round = 0; round < WARMUP + runs; round++) {
      let product: Omit<ExportRun, 'baselineMs'> = { ms: Number.NaN, downloadEventMs: Number.NaN };
      let baselineMs = Number.NaN;
      for (const step of inRandomOrder(['product', 'baseline'] as const)) {
        await openOptions(page, options);
        if (step === 'product') {
          const button = page.getByTestId('export-json');
          // Playwright's checks that the button can be clicked, done before the clock starts.
          await button.click({ trial: true });
          const start = performance.now();
          const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
          const eventAt = performance.now();
          const path = await download.path();
          const doneAt = performance.now();
          product = { ms: doneAt - start, downloadEventMs: eventAt - start };
          const failure = await download.failure();
          if (failure) throw new Error(`export download failed: ${failure}`);
          if (round === 0) copyFileSync(path, backupFile);
          await download.delete();
        } else {
          const start = performance.now();
          await page.evaluate(async (names) => {
            const db = globalThis.askAnywayDatabaseRuntime?.getDatabase();
            if (!db) throw new Error('options.html published no database');
            const tables = names.map((name) => db.table(name));
            const rows = await db.transaction('r', tables, () =>
              Promise.all(tables.map((table) => table.toArray())),
            );
            return JSON.stringify(Object.fromEntries(names.map((name, i) => [name, rows[i]]))).length;
          }, BACKUP_STORES);
          baselineMs = performance.now() - start;
        }
      }
      if (round >= WARMUP) exportRuns.push({ ...product, baselineMs });
    }

    // Read once: the export holds the whole history, and what the import must then count.
    const exported = JSON.parse(readFileSync(backupFile, 'utf8')) as { stores: { attempts: Attempt[] } };
    const fileAttempts = exported.stores.attempts;
    if (fileAttempts.length !== attempts) {
      throw new Error(`the export holds ${fileAttempts.length} attempts, not ${attempts}`);
    }
    const doneInFile = fileAttempts.filter((a) => a.state !== 'committed' && Boolean(a.doneDay)).length;
    const fileBytes = statSync(backupFile).size;

    // ---- import ----
    const importRuns: ImportRun[] = [];
    for (let round = 0; round < WARMUP + runs; round++) {
      let product: Omit<ImportRun, 'baselineMs' | 'baselineParseMs'> | undefined;
      let baselineMs = Number.NaN;
      let baselineParseMs = Number.NaN;
      for (const step of inRandomOrder(['product', 'baseline'] as const)) {
        if (step === 'product') {
          await openOptions(page, options);
          await emptyDatabase(page);
          await pause(settleMs(attempts));
          // Loaded again after the stores were emptied, so nothing it read before is in it.
          await openOptions(page, options);
          await page.evaluate(() => {
            const state = globalThis as BenchGlobals;
            state.benchProgressSeen = false;
            new MutationObserver(() => {
              if (document.getElementById('import-progress')) state.benchProgressSeen = true;
            }).observe(document.body, { childList: true, subtree: true });
          });
          // From the same low point each run: what is left of the page's startup is collected.
          await cdp.send('HeapProfiler.collectGarbage');
          const heapBefore = await heapUsed(cdp);
          const heap = sampleHeap(cdp);
          const start = performance.now();
          await page.locator('#import-file').setInputFiles(backupFile);
          await settled(page, 'import-preview');
          const previewAt = performance.now();
          await page.getByTestId('import-restore').click();
          const done = await settled(page, 'import-done');
          const doneAt = performance.now();
          const { peak, samples } = await heap.stop();

          const said = (await done.textContent()) ?? '';
          if (!said.includes(`Asks written: ${attempts}.`)) throw new Error(`import said: ${said}`);
          const counts = await storedCounts(page);
          if (counts.stored !== attempts || counts.done !== doneInFile || counts.statsAll !== doneInFile) {
            throw new Error(
              `after the import: ${JSON.stringify(counts)}; expected ${attempts} stored, ${doneInFile} done`,
            );
          }
          product = {
            ms: doneAt - start,
            checkMs: previewAt - start,
            writeMs: doneAt - previewAt,
            heapBeforeMB: round1(heapBefore / MB),
            peakHeapMB: round1(Math.max(peak, heapBefore) / MB),
            heapSamples: samples,
            progressSeen: await page.evaluate(() => (globalThis as BenchGlobals).benchProgressSeen === true),
          };
        } else {
          await openOptions(page, options);
          // The file's text is in the page before the clock starts, as the product's File is.
          await page.evaluate(
            async ({ file, scratchName }) => {
              const db = globalThis.askAnywayDatabaseRuntime?.getDatabase();
              if (!db) throw new Error('options.html published no database');
              // The product's own database class (same Dexie, same schema) under another name.
              const Scratch = db.constructor as typeof AskAnywayDatabase;
              const scratch = new Scratch(scratchName);
              await scratch.attempts.clear();
              const text = await (await fetch(`/${file}`)).text();
              (globalThis as BenchGlobals).benchImportBaseline = { text, scratch };
            },
            { file: BACKUP_COPY, scratchName: SCRATCH_DATABASE },
          );
          await pause(settleMs(attempts));
          const start = performance.now();
          const { written, parseMs } = await page.evaluate(async () => {
            const baseline = (globalThis as BenchGlobals).benchImportBaseline;
            if (!baseline) throw new Error('the import baseline was not prepared');
            const parseStart = performance.now();
            const file = JSON.parse(baseline.text) as { stores: { attempts: Attempt[] } };
            const parseMs = performance.now() - parseStart;
            await baseline.scratch.attempts.bulkPut(file.stores.attempts);
            return { written: file.stores.attempts.length, parseMs };
          });
          baselineMs = performance.now() - start;
          baselineParseMs = parseMs;
          if (written !== attempts) throw new Error(`the import baseline wrote ${written} attempts`);
        }
      }
      if (round >= WARMUP && product) importRuns.push({ ...product, baselineMs, baselineParseMs });
    }

    const exportResult = operationResult(
      exportRuns.map((run) => run.ms),
      exportRuns.map((run) => run.baselineMs),
      EXPORT_TARGET_MS,
      attempts,
    );
    const importResult = operationResult(
      importRuns.map((run) => run.ms),
      importRuns.map((run) => run.baselineMs),
      IMPORT_TARGET_MS,
      attempts,
    );
    const slowStage = importRuns.filter(
      (run) => run.checkMs > PROGRESS_DELAY_MS || run.writeMs > PROGRESS_DELAY_MS,
    );
    // Every number in a run is a time in ms, a size in MB or a count: one decimal is plenty.
    const roundRun = <T extends object>(run: T): T =>
      Object.fromEntries(
        Object.entries(run).map(([key, value]) => [key, typeof value === 'number' ? round1(value) : value]),
      ) as T;
    return {
      date: new Date().toISOString(),
      chromium: context.browser()?.version() ?? '',
      attempts,
      fileMB: round2(fileBytes / MB),
      warmupRounds: WARMUP,
      export: {
        ...exportResult,
        downloadEventMedianMs: round1(median(exportRuns.map((run) => run.downloadEventMs))),
        perRun: exportRuns.map(roundRun),
      },
      import: {
        ...importResult,
        peakHeapMB: Math.max(...importRuns.map((run) => run.peakHeapMB)),
        heapBeforeMedianMB: round1(median(importRuns.map((run) => run.heapBeforeMB))),
        checkMedianMs: round1(median(importRuns.map((run) => run.checkMs))),
        writeMedianMs: round1(median(importRuns.map((run) => run.writeMs))),
        baselineParseMedianMs: round1(median(importRuns.map((run) => run.baselineParseMs))),
        progress: {
          runsWithStageOver500Ms: slowStage.length,
          seenInThose: slowStage.filter((run) => run.progressSeen).length,
          seenInAll: importRuns.filter((run) => run.progressSeen).length,
        },
        perRun: importRuns.map(roundRun),
      },
    };
  } finally {
    await context.close();
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
