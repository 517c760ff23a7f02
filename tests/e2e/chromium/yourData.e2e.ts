import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  type BackupStores,
  backupFileName,
  countRows,
} from '../../../utils/backup/backupFormat';
import type { Attempt } from '../../../utils/db/schema';
import { CURRENT_SCHEMA_VERSION } from '../../../utils/db/versions';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { useChromiumExtension } from '../harness/chromium';
import { dumpDatabaseInPage, productLocalStorageKeys } from '../harness/dataState';
import { INTRODUCED_SETTINGS } from '../harness/introduced';
import { ROOT } from '../harness/paths';
import { seededAttempt } from '../harness/seededAttempt';
import { putHistory } from './idb';
import { popupFlow } from './popupFlow';

const extension = useChromiumExtension();
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Clicks a button that hands a file to the browser's downloads, and reads the file. */
async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/**
 * The two asks the first test logs, as the data layer stores them: done today, one reflected on
 * (with text that looks like a spreadsheet formula) and testing a belief.
 */
function twoAsks(): Attempt[] {
  const now = Date.now();
  return [
    seededAttempt(1, 0, {
      forecastDiscomfort: 7,
      expectedAnswer: 'no',
      belief: 'They will think I am pushy',
      outcome: 'partly',
      actualDiscomfort: 3,
      reflection: {
        expected: '',
        happened: '=1+1 and a café, "quoted"',
        thoughtsFeelings: '',
        beliefUpdate: '',
        reflectedAt: now,
      },
    }),
    seededAttempt(2, 0, { forecastDiscomfort: 5, expectedAnswer: 'yes', outcome: 'no', actualDiscomfort: 4 }),
  ];
}

/** Those two asks stored here. */
const withTwoAsks = (page: Page) => putHistory(page, twoAsks());

/**
 * A full backup of `asks` in the export's format, with this profile's settings (the defaults:
 * a weekly goal of 3), as a person picks it in the file chooser.
 */
function backupOf(asks: Attempt[]): { name: string; mimeType: string; buffer: Buffer } {
  const now = Date.now();
  const stores: BackupStores = {
    attempts: asks,
    customAsks: [],
    ladderEvents: [],
    cardEvents: [],
    safetyEvents: [],
    drafts: [],
    meta: [],
  };
  const file: BackupFile = {
    app: BACKUP_APP,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    counts: countRows(stores),
    settings: { ...DEFAULT_SETTINGS, pledgeAcceptedAt: INTRODUCED_SETTINGS['setting.pledgeAcceptedAt'] },
    stores,
  };
  return {
    name: backupFileName('backup', now),
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  };
}

/**
 * What a person sees of their practice on the new tab: counts, ladder, journal text. With
 * `seed`, the state it writes is there first.
 */
async function progressSeen(seed?: (page: Page) => Promise<void>): Promise<Record<string, string>> {
  const tab = seed
    ? await extension().openSeeded('newtab.html', seed)
    : await extension().open('newtab.html');
  const seen: Record<string, string> = {};
  for (const id of [
    'week-count',
    'ladder-level',
    'calendar-summary',
    'outcomes',
    'journal-entries',
    'beliefs',
  ])
    seen[id] = ((await tab.getByTestId(id).textContent()) ?? '').trim();
  await extension().close(tab);
  return seen;
}

describe('your data (Chromium)', () => {
  it('logs a few asks, then exports a full backup and a spreadsheet', async () => {
    const popup = await extension().open('popup.html');
    await popupFlow.complete(popup, {
      forecast: 7,
      expected: 'No',
      belief: 'They will think I am pushy',
      outcome: 'Partly',
      actual: 3,
      reflection: { happened: '=1+1 and a café, "quoted"' },
    });
    await popupFlow.complete(popup, { forecast: 5, expected: 'Yes', outcome: 'No', actual: 4 });
    await extension().close(popup);

    const options = await extension().open('options.html#your-data');
    await expect
      .poll(() => options.getByTestId('storage-status').textContent())
      .toMatch(/^Your browser keeps this data safe from automatic clean-up.* Space used: [\d.]+ [kMG]B\.$/);
    const backup = await download(options, 'export-json');
    expect(backup.name).toBe(`ask-anyway-backup-${today()}.json`);
    const file = JSON.parse(backup.text);
    expect(file).toMatchObject({ app: 'ask-anyway', formatVersion: 1, schemaVersion: 1 });
    expect(file.counts.attempts).toBe(2);
    expect(file.stores.attempts).toHaveLength(2);
    expect(file.settings).toMatchObject({ weeklyGoal: 3 });
    await expect.poll(() => options.getByTestId('export-status').textContent()).toContain(backup.name);

    const csv = await download(options, 'export-csv');
    expect(csv.name).toBe(`ask-anyway-asks-${today()}.csv`);
    const lines = csv.text.split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFDate,Ask,Category,Level,Status,')).toBe(true);
    expect(lines).toHaveLength(3);
    // The reflection that looks like a formula is written as text.
    expect(csv.text).toContain(`"'=1+1 and a café, ""quoted"""`);
    await extension().close(options);
  });

  it('is a quiet link away from the new tab, which lands on the section', async () => {
    const tab = await extension().open('newtab.html');
    await tab.getByRole('link', { name: 'Your data: back up or restore' }).click();
    await tab.waitForURL(/options\.html#your-data$/);
    await expect.poll(() => tab.evaluate(() => document.activeElement?.id)).toBe('your-data');
    await extension().close(tab);
  });

  it('refuses a hostile file with its message and changes nothing', async () => {
    // Asks here, so that "changes nothing" covers removing or changing them too.
    const options = await extension().openSeeded('options.html', withTwoAsks);
    const before = await options.evaluate(dumpDatabaseInPage);
    await options.getByLabel('Choose a backup file').setInputFiles(join(FIXTURES, 'level-as-words.json'));
    await expect
      .poll(() => options.getByTestId('import-problems').textContent())
      .toContain('Ask 2: the level must be a whole number from 1 to 10.');
    await options.getByLabel('Choose a backup file').setInputFiles(join(FIXTURES, 'proto-key.json'));
    await expect
      .poll(() => options.getByTestId('import-problems').textContent())
      .toContain('The file holds a key named “__proto__”');
    expect(await options.evaluate(dumpDatabaseInPage)).toEqual(before);
    await extension().close(options);
  });

  it('deletes everything: database, storage, settings, localStorage, alarms and badge', async () => {
    const seenBefore = await progressSeen(withTwoAsks);
    expect(seenBefore['week-count']).toBe('2 asks this week · goal 3');
    const { context, worker } = extension();
    // Something in every place deletion must reach.
    await worker.evaluate(async () => {
      await chrome.storage.sync.set({ 'setting.weeklyGoal': 5 });
      // Where a setting is kept when sync refuses it.
      await chrome.storage.local.set({ 'setting.weeklyGoal': 5 });
      await chrome.alarms.create('reminders', { when: Date.now() + 3_600_000 });
      await chrome.action.setBadgeText({ text: '2' });
    });
    const options = await extension().open('options.html#your-data');
    expect(await options.evaluate(productLocalStorageKeys)).not.toEqual([]);

    await options.getByRole('button', { name: 'Delete everything' }).click();
    await expect
      .poll(() => options.locator('#delete-status').textContent())
      .toBe('Type “delete” in the box to confirm. Nothing was deleted.');
    expect((await options.evaluate(dumpDatabaseInPage)).attempts).toHaveLength(2);

    await options.getByLabel('Delete the settings everywhere they sync').check();
    await options.getByLabel('To confirm, type “delete”').fill('delete');
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options.waitForURL(/onboarding\.html$/);
    await options.getByRole('heading', { name: 'Welcome to Ask Anyway' }).waitFor();

    const dump = await options.evaluate(dumpDatabaseInPage);
    for (const [store, rows] of Object.entries(dump)) expect(rows, store).toEqual([]);
    expect(await options.evaluate(productLocalStorageKeys)).toEqual([]);
    const browserState = await worker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      alarms: await chrome.alarms.getAll(),
      badge: await chrome.action.getBadgeText({}),
    }));
    expect(browserState).toEqual({ local: {}, sync: {}, alarms: [], badge: '' });
    // Still empty once the background has had its say about the change: a re-plan asked for
    // now runs after any the deletion set off, and answers when it is done.
    expect(await options.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshReminders' }))).toEqual({
      ok: true,
    });
    expect(await worker.evaluate(() => chrome.alarms.getAll())).toEqual([]);
    expect(context.pages().length).toBeGreaterThan(0);
    await extension().close(options);
  });

  it('restores the backup from onboarding: the new tab shows the same numbers and words', async () => {
    const onboarding = await extension().open('onboarding.html');
    await onboarding.getByRole('button', { name: 'Restore from a backup' }).click();
    // A backup of two asks, in the file the export writes, picked on a new device.
    await onboarding.getByLabel('Choose a backup file').setInputFiles(backupOf(twoAsks()));
    const preview = onboarding.getByTestId('import-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Asks: 2, of which reflected on: 1');
    expect(await onboarding.getByTestId('import-preview-here').textContent()).toBe(
      'Already here: 0 of these asks and 0 of these custom asks',
    );
    await onboarding.getByTestId('import-restore').click();
    await expect
      .poll(() => onboarding.getByTestId('import-done').textContent())
      .toContain('Restored. Asks written: 2.');
    // The button pressed is gone: focus moves to what happened.
    expect(await onboarding.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'import-done',
    );
    await extension().close(onboarding);

    const seen = await progressSeen();
    expect(seen['week-count']).toBe('2 asks this week · goal 3');
    expect(seen['journal-entries']).toContain('=1+1 and a café, "quoted"');
    expect(seen.beliefs).toContain('They will think I am pushy');
    expect(seen.outcomes).toContain('Partly: 1');
  });

  it('replace asks first, downloads what is here, then puts the backup in its place', async () => {
    // The backup holds the very asks that are here.
    const asks = twoAsks();
    const options = await extension().openSeeded('options.html#your-data', (page) => putHistory(page, asks));
    // A setting changed since the backup was made (it holds a weekly goal of 3).
    await options.getByLabel('Weekly goal (asks per week)').fill('5');
    await options
      .locator('form', { has: options.locator('#weekly-goal') })
      .getByRole('button', { name: 'Save' })
      .click();
    await expect.poll(() => options.locator('#weekly-goal-status').textContent()).toMatch(/^Saved/);
    const before = await options.evaluate(dumpDatabaseInPage);
    await options.getByLabel('Choose a backup file').setInputFiles(backupOf(asks));
    await options.getByTestId('import-preview').waitFor();
    expect(await options.getByTestId('import-preview-here').textContent()).toBe(
      'Already here: 2 of these asks and 0 of these custom asks',
    );
    // With practice here already, this device's settings are kept unless the person says so.
    const useSettings = options.getByLabel(
      "Also use the backup's settings (weekly goal, focus areas, reminders)",
    );
    expect(await useSettings.isChecked()).toBe(false);
    await useSettings.check();
    await options.getByLabel('Replace everything here with the backup').check();
    await options.getByTestId('import-restore').click();
    const confirm = options.getByTestId('import-confirm-replace');
    await confirm.waitFor();
    expect(await options.evaluate(dumpDatabaseInPage)).toEqual(before);
    const [safety] = await Promise.all([
      options.waitForEvent('download'),
      confirm.getByRole('button', { name: 'Download a backup, then replace' }).click(),
    ]);
    expect(safety.suggestedFilename()).toMatch(/^ask-anyway-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await expect.poll(() => options.getByTestId('import-done').textContent()).toContain('Asks written: 2.');
    const after = await options.evaluate(dumpDatabaseInPage);
    expect(after.attempts).toEqual(before.attempts);
    // The replaced data stays at hand until the page closes, in case that download was lost.
    const [again] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download the replaced data again' }).click(),
    ]);
    expect(JSON.parse(readFileSync(await again.path(), 'utf8')).stores.attempts).toHaveLength(2);
    // The settings form shows the restored goal, so a later save cannot write the old one back.
    await expect.poll(() => options.getByLabel('Weekly goal (asks per week)').inputValue()).toBe('3');
    await extension().close(options);
  });
});
