// The reminder's cold start: from the alarm firing in a stopped service worker to the
// notification existing, for the built extension and for a minimal extension (bench/alarmBaseline)
// that does nothing but show a notification from its alarm listener, in the same browser.
//
// Chromium is driven over its own DevTools pipe rather than through Playwright: Playwright
// attaches to every service worker as it starts and holds it until it has instrumented it,
// which would be timed as part of the cold start. Here nothing is attached to either worker.
//
// A round, for one extension: arm its alarm LEAD_MS ahead (the product through its own
// settings: a pause that ends then; the baseline from its page), wait until the alarm is set,
// stop the worker (Target.closeTarget on its service_worker target) and check it is gone,
// both from the browser (no such target) and from the extension (runtime.getContexts lists no
// background). A page of the same extension checks again just before the alarm that the worker
// has not come back, then polls notifications.getAll() until the notification is there.
// Latency = when it first saw it − the alarm's scheduledTime. Extension pages call these APIs
// without waking the worker; being open, they do keep the extension's renderer process up,
// for both extensions alike (as an open Ask Anyway new tab would).
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumArgs } from '../tests/e2e/harness/chromiumArgs';
import { extensionIdFor, grantInProfile } from './grant';
import { median } from './median';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
/**
 * How far ahead each alarm is set. The worker is stopped as soon as the alarm is armed, so it
 * has been down about 3 s when it fires: longer than the 2 s Chromium keeps an unused IndexedDB
 * database open, so the product opens its database cold, as it would hours after its last run.
 */
const LEAD_MS = 3_500;
/** The page checks this long before the alarm that the worker is still stopped. */
const CHECK_BEFORE_MS = 50;
/**
 * Pause between polls. Polling back to back slowed both workers down (the baseline's median
 * went from ~35 to ~70 ms: the page and the worker share a renderer process); 2 ms and 5 ms
 * measured alike, and each poll takes a few ms of its own.
 */
const POLL_MS = 5;
const GIVE_UP_MS = 10_000;
const WARMUP = 1;
export const TARGET_MS = 300;

const POLL_PAGE = 'bench-poll.html';
const POLL_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>poll</title></head></html>';
/** What the reminders E2E uses: a nudge every day at 00:00 and no quiet hours, so one is due now. */
const DUE_NOW = {
  enabled: true,
  days: [0, 1, 2, 3, 4, 5, 6],
  time: '00:00',
  quietStart: '21:30',
  quietEnd: '21:30',
  pausedIndefinitely: false,
};

// ---- a minimal DevTools protocol client over --remote-debugging-pipe ----

type Json = Record<string, unknown>;

class Cdp {
  #next = 1;
  #pending = new Map<number, { resolve: (value: Json) => void; reject: (error: Error) => void }>();

  constructor(
    private readonly output: Writable,
    input: Readable,
  ) {
    let buffer = '';
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
        const message = JSON.parse(buffer.slice(0, end)) as {
          id?: number;
          result?: Json;
          error?: { message: string };
        };
        buffer = buffer.slice(end + 1);
        const pending = message.id === undefined ? undefined : this.#pending.get(message.id);
        if (!pending) continue; // an event: none is needed
        this.#pending.delete(message.id as number);
        if (message.error) pending.reject(new Error(message.error.message));
        else pending.resolve(message.result ?? {});
      }
    });
  }

  send<T = Json>(method: string, params: Json = {}, sessionId?: string): Promise<T> {
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, {
        resolve: (value) => resolve(value as T),
        reject: (error) => reject(new Error(`${method}: ${error.message}`)),
      });
      this.output.write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`);
    });
  }

  failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }

  /** Runs `fn(arg)` in the page attached as `sessionId` and returns its (JSON) result. */
  async evaluate<A, T>(sessionId: string, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
    // tsx compiles with keepNames, which wraps inner functions in a __name helper the page lacks.
    const expression = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
    const { result, exceptionDetails } = await this.send<{
      result: { value: T };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (exceptionDetails)
      throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }
}

interface Chromium {
  cdp: Cdp;
  version: string;
  close(): Promise<void>;
}

async function launch(profile: string, extensionDirs: string[]): Promise<Chromium> {
  const child: ChildProcess = spawn(
    CHROMIUM_BIN,
    [
      ...chromiumArgs(extensionDirs.join(',')),
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      // Both polling pages are tabs, and only one can be in front: keep the other's timers
      // running at full rate (Playwright launches with the same flags).
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      '--password-store=basic',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const cdp = new Cdp(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => cdp.failAll(new Error(`Chromium exited\n${stderr}`)));
  const { product } = await cdp.send<{ product: string }>('Browser.getVersion');
  return {
    cdp,
    version: product.replace(/^\D+\//, ''),
    async close() {
      await cdp.send('Browser.close').catch(() => undefined);
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

const targets = async (cdp: Cdp) =>
  (await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets')).targetInfos;
const workersOf = async (cdp: Cdp, id: string) =>
  (await targets(cdp)).filter(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`),
  );

/** Opens `url` in a new tab and returns the session to evaluate in it once it has loaded. */
async function openPage(cdp: Cdp, url: string): Promise<string> {
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  });
  await waitFor(`${url} to load`, () =>
    cdp
      .evaluate(sessionId, (href) => location.href === href && document.readyState === 'complete', url)
      .catch(() => false),
  );
  return sessionId;
}

// ---- the measurement ----

interface Subject {
  name: 'ask-anyway' | 'baseline';
  id: string;
  notification: string;
  alarm: string;
  /** The session of this extension's polling page. */
  page: string;
  /** Clears what the last round left and arms the alarm; returns its scheduled time. */
  arm(): Promise<number>;
}

interface Round {
  ms: number;
  /** How long the worker had been stopped (and checked so) when the alarm fired. */
  stoppedForMs: number;
  /** Time between the last poll that missed the notification and the one that found it. */
  resolutionMs: number;
}

const backgroundContexts = (cdp: Cdp, page: string) =>
  cdp.evaluate(
    page,
    async () => (await chrome.runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length,
    null,
  );

async function round(cdp: Cdp, subject: Subject): Promise<Round> {
  const when = await subject.arm();
  await waitFor(`the ${subject.name} alarm to be armed`, async () => {
    const scheduled = await cdp.evaluate(
      subject.page,
      async (name) => (await chrome.alarms.get(name))?.scheduledTime ?? null,
      subject.alarm,
    );
    return scheduled === when;
  });

  // Stop the worker: closing its DevTools target terminates it (not just the debugging session).
  for (const worker of await workersOf(cdp, subject.id))
    await cdp.send('Target.closeTarget', { targetId: worker.targetId }).catch(() => undefined);
  await waitFor(
    `the ${subject.name} service worker to stop`,
    async () =>
      (await workersOf(cdp, subject.id)).length === 0 && (await backgroundContexts(cdp, subject.page)) === 0,
  );
  const stoppedAt = Date.now();
  if (stoppedAt > when - CHECK_BEFORE_MS)
    throw new Error(`the ${subject.name} worker took until ${stoppedAt - when} ms from its alarm to stop`);

  const seen = await cdp.evaluate(
    subject.page,
    async ({ id, when, checkBefore, poll, giveUp }) => {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, when - checkBefore - Date.now())));
      const contexts = await chrome.runtime.getContexts({
        contextTypes: ['BACKGROUND'],
      });
      let missedAt = Date.now();
      while (Date.now() < when + giveUp) {
        const askedAt = Date.now();
        const shown = await chrome.notifications.getAll();
        if (id in shown) return { runningBefore: contexts.length, seenAt: Date.now(), missedAt };
        missedAt = askedAt;
        await new Promise((resolve) => setTimeout(resolve, poll));
      }
      return { runningBefore: contexts.length, seenAt: null, missedAt };
    },
    { id: subject.notification, when, checkBefore: CHECK_BEFORE_MS, poll: POLL_MS, giveUp: GIVE_UP_MS },
  );
  if (seen.runningBefore !== 0)
    throw new Error(`the ${subject.name} service worker was running again before its alarm`);
  if (seen.seenAt === null)
    throw new Error(`no ${subject.notification} notification within ${GIVE_UP_MS} ms of the alarm`);
  return {
    ms: seen.seenAt - when,
    stoppedForMs: when - stoppedAt,
    resolutionMs: seen.seenAt - seen.missedAt,
  };
}

export interface AlarmRow {
  extension: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  ratioToBaseline: number;
}

export interface AlarmResult {
  date: string;
  chromium: string;
  rounds: number;
  rows: AlarmRow[];
  targetMs: number;
  targetMet: boolean;
  /** Median time each worker had been stopped when its alarm fired. */
  stoppedForMs: number;
  /** Median time between the last poll without the notification and the first with it. */
  pollResolutionMs: number;
  samplesMs: { 'ask-anyway': number[]; baseline: number[] };
}

export async function measureAlarm(build: string, rounds: number): Promise<AlarmResult> {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'ask-anyway-bench-alarm-')));
  const productDir = join(work, 'product');
  const baselineDir = join(work, 'baseline');
  const profile = join(work, 'profile');
  cpSync(build, productDir, { recursive: true });
  cpSync(join(import.meta.dirname, 'alarmBaseline'), baselineDir, { recursive: true });
  cpSync(join(ROOT, 'public/icon/128.png'), join(baselineDir, 'icon.png'));
  for (const dir of [productDir, baselineDir]) writeFileSync(join(dir, POLL_PAGE), POLL_HTML);
  const dirs = [productDir, baselineDir];

  let browser: Chromium | undefined;
  try {
    // First run: Chromium installs both and records them in the profile; then the product
    // gets the notifications permission a user grants when turning reminders on.
    browser = await launch(profile, dirs);
    const first = browser.cdp;
    await waitFor('both extensions to start', async () => {
      const workers = (await targets(first)).filter((t) => t.type === 'service_worker');
      return workers.filter((t) => t.url.startsWith('chrome-extension://')).length >= 2;
    });
    await sleep(500); // let the first run write its preferences
    await browser.close();
    const productId = extensionIdFor(profile, productDir);
    const baselineId = extensionIdFor(profile, baselineDir);
    grantInProfile(profile, productId, ['notifications']);

    browser = await launch(profile, dirs);
    const { cdp } = browser;
    await waitFor('the product to start', async () => (await workersOf(cdp, productId)).length > 0);
    const productPage = await openPage(cdp, `chrome-extension://${productId}/${POLL_PAGE}`);
    const baselinePage = await openPage(cdp, `chrome-extension://${baselineId}/${POLL_PAGE}`);
    // Nothing else open: no product page can call on its worker while it is being timed.
    for (const target of await targets(cdp))
      if (target.type === 'page' && !target.url.endsWith(`/${POLL_PAGE}`))
        await cdp.send('Target.closeTarget', { targetId: target.targetId });
    if (
      !(await cdp.evaluate(
        productPage,
        () => chrome.permissions.contains({ permissions: ['notifications'] }),
        null,
      ))
    )
      throw new Error('the notifications permission was not granted to the product');

    const product: Subject = {
      name: 'ask-anyway',
      id: productId,
      notification: 'ask-anyway:practice',
      alarm: 'reminders',
      page: productPage,
      // Forget today's nudge and hold it behind a pause that ends LEAD_MS from now: the
      // product's worker plans on the settings change and sets its one alarm for the pause's end.
      arm: () =>
        cdp.evaluate(
          productPage,
          async ({ lead, due }) => {
            for (const id of Object.keys(await chrome.notifications.getAll()))
              await chrome.notifications.clear(id);
            await chrome.storage.local.remove(['reminderState', 'reminderNotices']);
            const key = 'setting.reminders';
            const stored = (await chrome.storage.sync.get(key))[key] as object | undefined;
            const when = Date.now() + lead;
            await chrome.storage.sync.set({ [key]: { ...stored, ...due, pausedUntil: when } });
            return when;
          },
          { lead: LEAD_MS, due: DUE_NOW },
        ),
    };
    const baseline: Subject = {
      name: 'baseline',
      id: baselineId,
      notification: 'bench-baseline',
      alarm: 'bench',
      page: baselinePage,
      arm: () =>
        cdp.evaluate(
          baselinePage,
          async ({ lead }) => {
            for (const id of Object.keys(await chrome.notifications.getAll()))
              await chrome.notifications.clear(id);
            const when = Date.now() + lead;
            await chrome.alarms.create('bench', { when });
            return when;
          },
          { lead: LEAD_MS },
        ),
    };

    const samples = { 'ask-anyway': [] as number[], baseline: [] as number[] };
    const ratios: number[] = [];
    const stoppedFor: number[] = [];
    const resolution: number[] = [];
    for (let pair = 0; pair < WARMUP + rounds; pair++) {
      // Both extensions each round, in a random order, each compared with the baseline of its round.
      const order = Math.random() < 0.5 ? [product, baseline] : [baseline, product];
      const times = new Map<string, number>();
      for (const subject of order) {
        const result = await round(cdp, subject);
        times.set(subject.name, result.ms);
        if (pair >= WARMUP) {
          stoppedFor.push(result.stoppedForMs);
          resolution.push(result.resolutionMs);
        }
      }
      if (pair < WARMUP) continue;
      const productMs = times.get('ask-anyway') as number;
      const baselineMs = times.get('baseline') as number;
      samples['ask-anyway'].push(productMs);
      samples.baseline.push(baselineMs);
      ratios.push(productMs / baselineMs);
    }

    const row = (extension: string, values: number[], ratio: number): AlarmRow => ({
      extension,
      medianMs: Math.round(median(values) * 10) / 10,
      minMs: Math.min(...values),
      maxMs: Math.max(...values),
      ratioToBaseline: Math.round(ratio * 100) / 100,
    });
    const productMedian = median(samples['ask-anyway']);
    return {
      date: new Date().toISOString(),
      chromium: browser.version,
      rounds,
      rows: [row('baseline', samples.baseline, 1), row('ask-anyway', samples['ask-anyway'], median(ratios))],
      targetMs: TARGET_MS,
      targetMet: productMedian <= TARGET_MS,
      stoppedForMs: Math.round(median(stoppedFor)),
      pollResolutionMs: median(resolution),
      samplesMs: samples,
    };
  } finally {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  }
}
