import { existsSync, readFileSync } from 'node:fs';
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';

// The person has allowed downloads when they turned automatic backups on (headless Chromium
// cannot answer the prompt; see the harness).
const extension = useChromiumExtension({ granted: ['downloads', 'offscreen'] });

interface Made {
  id: number;
  filename: string;
  exists: boolean;
  state: string;
}

const ownDownloads = (worker: Worker) =>
  worker.evaluate(async () =>
    (await chrome.downloads.search({})).map(({ id, filename, exists, state }) => ({
      id,
      filename,
      exists,
      state,
    })),
  ) as Promise<Made[]>;

/** Fires the backup alarm now, as the browser would when it falls due. */
const fireBackupAlarm = (worker: Worker) =>
  worker.evaluate(() => chrome.alarms.create('autoBackup', { when: Date.now() }));

/** What options saves for "daily, keep 2" (the first test saves it there). */
const DAILY_KEEP_TWO = { enabled: true, every: 'daily', keep: 2 };

/** Automatic backups turned on as options does it, and the first file they write at once. */
async function backupsOn(worker: Worker): Promise<void> {
  await worker.evaluate((settings) => chrome.storage.local.set({ autoBackup: settings }), DAILY_KEEP_TWO);
  await expect
    .poll(async () => (await ownDownloads(worker)).filter((made) => made.state === 'complete').length, {
      timeout: 20_000,
    })
    .toBe(1);
}

describe('automatic backup (Chromium)', () => {
  it('is off until turned on, then writes a backup file at once and says when', async () => {
    const { worker } = extension();
    const options = await extension().open('options.html#your-data');
    const panel = options.getByTestId('auto-backup');
    expect(
      await panel.getByLabel('Save a backup file to my downloads folder automatically').isChecked(),
    ).toBe(false);
    expect(await worker.evaluate(() => chrome.alarms.get('autoBackup'))).toBeUndefined();

    await panel.getByLabel('Save a backup file to my downloads folder automatically').check();
    await panel.getByLabel('How often').selectOption('daily');
    await panel.getByLabel('Files to keep (older ones it made are removed)').fill('2');
    await panel.getByRole('button', { name: 'Save backup settings' }).click();
    await expect.poll(() => options.getByTestId('auto-backup-status').textContent()).toBe('Saved.');

    await expect
      .poll(() => options.getByTestId('auto-backup-outcome').textContent(), { timeout: 20_000 })
      .toMatch(/^Last backup: .+\(.+\)\.$/);
    expect(await worker.evaluate(() => chrome.storage.local.get('autoBackup'))).toEqual({
      autoBackup: DAILY_KEEP_TWO,
    });
    const [made] = await ownDownloads(worker);
    expect(made).toMatchObject({ state: 'complete', exists: true });
    const file = JSON.parse(readFileSync(made?.filename ?? '', 'utf8'));
    expect(file).toMatchObject({ app: 'ask-anyway', formatVersion: 1 });
    // The next one is planned a day on.
    const alarm = await worker.evaluate(() => chrome.alarms.get('autoBackup'));
    expect((alarm?.scheduledTime ?? 0) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    await extension().close(options);
  });

  it('keeps only the newest files it made, removing the older ones from the disk', async () => {
    const { worker } = extension();
    const lastAt = () =>
      worker.evaluate(
        async () =>
          (
            (await chrome.storage.local.get('autoBackupStatus')).autoBackupStatus as
              | { lastAt?: number }
              | undefined
          )?.lastAt,
      );
    await backupsOn(worker);
    const [first] = await ownDownloads(worker);
    for (let i = 0; i < 2; i++) {
      const before = await lastAt();
      await fireBackupAlarm(worker);
      await expect.poll(lastAt, { timeout: 20_000 }).not.toBe(before);
    }
    const left = await ownDownloads(worker);
    expect(left).toHaveLength(2);
    for (const item of left) expect(existsSync(item.filename)).toBe(true);
    expect(left.map((item) => item.id)).not.toContain(first?.id);
    expect(existsSync(first?.filename ?? '')).toBe(false);
  });

  it('says in options when a backup failed, and stops when turned off', async () => {
    const { worker } = extension();
    await backupsOn(worker);
    const options = await extension().open('options.html#your-data');
    await options.evaluate(() => chrome.permissions.remove({ permissions: ['downloads'] }));
    await fireBackupAlarm(worker);
    await expect
      .poll(() => options.getByTestId('auto-backup-outcome').textContent(), { timeout: 20_000 })
      .toContain('may no longer save files to your downloads');
    await options.getByLabel('Save a backup file to my downloads folder automatically').uncheck();
    await options.getByRole('button', { name: 'Save backup settings' }).click();
    await expect.poll(() => worker.evaluate(() => chrome.alarms.get('autoBackup'))).toBeUndefined();
    await extension().close(options);
  });
});
