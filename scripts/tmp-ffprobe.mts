import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { FIREFOX_BIN, FIREFOX_BUILD, FIREFOX_UUID, GECKO_ID } from '../tests/e2e/harness/paths';

const ORIGIN = `moz-extension://${FIREFOX_UUID}`;
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX_BIN,
  headless: true,
  userDataDir: mkdtempSync(join(tmpdir(), 'ff-probe-')),
  extraPrefsFirefox: {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    'devtools.console.stdout.content': true,
  },
});
const lines: string[] = [];
const proc = browser.process();
for (const stream of [proc?.stdout, proc?.stderr])
  stream?.on('data', (d: Buffer) => lines.push(...d.toString().split('\n')));
await browser.installExtension(FIREFOX_BUILD);
await new Promise((r) => setTimeout(r, 3000));
let page;
for (const p of await browser.pages())
  if ((await p.evaluate(() => location.href).catch(() => '')).startsWith(ORIGIN)) page = p;
await page.evaluate(() => {
  console.error('probe-error from page');
  console.warn('probe-warn from page');
  setTimeout(() => {
    throw new Error('probe-throw from page');
  }, 0);
  Promise.reject(new Error('probe-rejection from page'));
  fetch('http://127.0.0.1:9/probe').catch(() => undefined);
});
await page.evaluate(async () => {
  const bg = (await (browser as any).runtime.getBackgroundPage()) as Window;
  bg.console.error('probe-error from background');
  bg.setTimeout(() => {
    throw new Error('probe-throw from background');
  }, 0);
  await bg.fetch('http://127.0.0.1:9/probe-bg').catch(() => undefined);
});
await new Promise((r) => setTimeout(r, 2000));
console.log(
  lines
    .filter((l) => /probe|moz-extension|Content-Security|JavaScript error|console\./.test(l))
    .slice(0, 60)
    .join('\n'),
);
await browser.close();
