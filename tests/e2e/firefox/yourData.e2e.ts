import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { dumpDatabaseInPage, productLocalStorageKeys } from '../harness/dataState';
import { useFirefoxExtension } from '../harness/firefox';
import { ROOT } from '../harness/paths';
import { clickButton, logAsk, text, waitFor } from './pageActions';

const firefox = useFirefoxExtension();
const FIXTURES = join(ROOT, 'tests/fixtures/import');

const waitForText = (page: Page, selector: string, part: string) =>
  page.waitForFunction(
    (selector, part) => document.querySelector(selector)?.textContent?.includes(part),
    { timeout: 15_000 },
    selector,
    part,
  );

/** Waits for a file whose name matches to be completely written to the downloads folder. */
async function downloaded(folder: string, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const name = readdirSync(folder).find((file) => pattern.test(file));
    // Firefox writes to a .part file first and renames it when done.
    if (name && !existsSync(join(folder, `${name}.part`))) {
      const content = readFileSync(join(folder, name), 'utf8');
      if (content.length > 0) return content;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no download matching ${pattern} in ${folder}: ${readdirSync(folder).join(', ')}`);
}

async function chooseFile(page: Page, path: string) {
  const input = (await page.$('#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

async function progressSeen(): Promise<Record<string, string>> {
  const { page, goto } = firefox();
  await goto('newtab.html');
  const seen: Record<string, string> = {};
  for (const id of ['week-count', 'outcomes', 'journal-entries'])
    seen[id] = (await text(page, `[data-testid="${id}"]`)).trim();
  return seen;
}

describe('your data (Firefox ESR)', () => {
  it('log asks → export → delete everything → import gives back the same progress', async () => {
    const { page, goto, downloads } = firefox();
    await logAsk(page, goto, {
      outcome: 'partly',
      actual: 3,
      happened: 'They said yes to half of it, café included',
    });
    await logAsk(page, goto, { outcome: 'no', actual: 3, happened: 'A kind no, and a name to try instead' });
    const before = await progressSeen();
    expect(before['week-count']).toBe('2 asks this week · goal 3');

    await goto('options.html');
    await waitFor(page, '[data-testid="export-json"]');
    // unlimitedStorage: Firefox grants persistent storage without asking.
    await waitForText(page, '[data-testid="storage-status"]', 'keeps this data safe from automatic clean-up');
    await page.locator('[data-testid="export-json"]').click();
    const backup = JSON.parse(await downloaded(downloads, /^ask-anyway-backup-.*\.json$/));
    expect(backup).toMatchObject({ app: 'ask-anyway', formatVersion: 1 });
    expect(backup.stores.attempts).toHaveLength(2);

    await page.locator('[data-testid="export-csv"]').click();
    const csv = await downloaded(downloads, /^ask-anyway-asks-.*\.csv$/);
    expect(csv.startsWith('\uFEFFDate,Ask,Category,Level,Status,')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(3);
    expect(csv).toContain('They said yes to half of it, café included');

    // A hostile file: its message, and nothing changes.
    const dumpBefore = await page.evaluate(dumpDatabaseInPage);
    await chooseFile(page, join(FIXTURES, 'future-format.json'));
    await waitForText(page, '[data-testid="import-problems"]', 'newer version of Ask Anyway (file format 7)');
    expect(await page.evaluate(dumpDatabaseInPage)).toEqual(dumpBefore);

    await page.locator('input[name="delete-sync"][value="everywhere"]').click();
    await page.locator('#delete-confirm').fill('delete');
    await page.locator('[data-testid="delete-everything"]').click();
    await page.waitForFunction(() => location.pathname === '/onboarding.html', { timeout: 15_000 });
    // Someone starting again finds the restore from the introduction's first step.
    await waitFor(page, '[data-step="welcome"]');
    await clickButton(page, 'Restore from a backup');
    await waitFor(page, '#import-file');
    const dump = await page.evaluate(dumpDatabaseInPage);
    for (const [store, rows] of Object.entries(dump)) expect(rows, store).toEqual([]);
    expect(await page.evaluate(productLocalStorageKeys)).toEqual([]);
    expect(
      await page.evaluate(async () => ({
        local: await browser.storage.local.get(null),
        sync: await browser.storage.sync.get(null),
        alarms: await browser.alarms.getAll(),
        badge: await browser.action.getBadgeText({}),
      })),
    ).toEqual({ local: {}, sync: {}, alarms: [], badge: '' });

    const file = readdirSync(downloads).find((name) => name.endsWith('.json')) ?? '';
    await chooseFile(page, join(downloads, file));
    await waitFor(page, '[data-testid="import-preview"]');
    expect(await text(page, '[data-testid="import-preview"]')).toContain('Asks: 2, of which reflected on: 2');
    await page.locator('[data-testid="import-restore"]').click();
    await waitForText(page, '[data-testid="import-done"]', 'Restored. Asks written: 2.');

    expect(await progressSeen()).toEqual(before);
  });
});

describe('automatic backup (Firefox ESR)', () => {
  it('writes a file into the downloads folder when turned on, and keeps only the newest', async () => {
    const { page, goto, downloads } = firefox();
    for (const name of readdirSync(downloads)) rmSync(join(downloads, name));
    await goto('options.html');
    await waitFor(page, '[data-testid="auto-backup"]');
    await page.locator('[data-testid="auto-backup"] input[type="checkbox"]').click();
    await waitFor(page, '#auto-backup-keep');
    await page.locator('#auto-backup-keep').fill('1');
    // A real click: Firefox asks for a permission only from the person's own input.
    await page.locator('[data-testid="auto-backup"] button[type="submit"]').click();
    await waitForText(page, '[data-testid="auto-backup-outcome"]', 'Last backup:');
    const backups = () => readdirSync(downloads).filter((name) => /^ask-anyway-backup-.*\.json$/.test(name));
    expect(backups()).toHaveLength(1);
    const first = backups()[0] ?? '';
    expect(JSON.parse(await downloaded(downloads, /^ask-anyway-backup-.*\.json$/))).toMatchObject({
      app: 'ask-anyway',
    });

    await page.evaluate(() => browser.alarms.create('autoBackup', { when: Date.now() }));
    await page.waitForFunction(
      (first) =>
        document.querySelector('[data-testid="auto-backup-outcome"]')?.textContent?.includes(first) === false,
      { timeout: 15_000 },
      first,
    );
    await expect.poll(backups, { timeout: 10_000 }).toHaveLength(1);
    expect(backups()[0]).not.toBe(first);
  });
});
