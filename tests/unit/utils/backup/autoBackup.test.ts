import { describe, expect, it } from 'vitest';
import {
  type AutoBackupSettings,
  DEFAULT_AUTO_BACKUP,
  nextBackupAt,
  RETRY_AFTER_MS,
  readAutoBackupSettings,
  readAutoBackupStatus,
  recordBackup,
} from '../../../../utils/backup/autoBackup';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);
const on: AutoBackupSettings = { enabled: true, every: 'weekly', keep: 3 };

describe('nextBackupAt', () => {
  it('is never while automatic backups are off', () => {
    expect(nextBackupAt(DEFAULT_AUTO_BACKUP, { files: [] }, NOW)).toBeNull();
  });

  it('is now when none was made yet, or one is overdue', () => {
    expect(nextBackupAt(on, { files: [] }, NOW)).toBe(NOW);
    expect(nextBackupAt(on, { lastAt: NOW - 8 * DAY, files: [] }, NOW)).toBe(NOW);
  });

  it('is a day or a week after the last one', () => {
    expect(nextBackupAt(on, { lastAt: NOW - DAY, files: [] }, NOW)).toBe(NOW + 6 * DAY);
    expect(nextBackupAt({ ...on, every: 'daily' }, { lastAt: NOW - 3_600_000, files: [] }, NOW)).toBe(
      NOW + DAY - 3_600_000,
    );
  });

  it('waits a while after a failure instead of trying again at once', () => {
    const failed = { lastAt: NOW - 10 * DAY, failure: { at: NOW - 60_000, reason: 'x' }, files: [] };
    expect(nextBackupAt(on, failed, NOW)).toBe(NOW - 60_000 + RETRY_AFTER_MS);
  });
});

describe('recordBackup', () => {
  const file = (n: number, asks = 10) => ({ id: n, name: `f${n}.json`, at: NOW - (10 - n) * DAY, asks });

  it('keeps the newest files and names the older ones to remove', () => {
    const { status, remove } = recordBackup(
      { files: [file(1), file(2), file(3)], failure: { at: 1, reason: 'x' } },
      file(4),
      3,
    );
    expect(remove).toEqual([file(1)]);
    expect(status).toEqual({ lastAt: file(4).at, lastFile: 'f4.json', files: [file(2), file(3), file(4)] });
  });

  it('never removes a fuller backup to make room for an emptier one', () => {
    const { status, remove } = recordBackup(
      { files: [file(1, 500), file(2, 10), file(3, 10)] },
      file(4, 0),
      3,
    );
    expect(remove).toEqual([]);
    expect(status.files.map((f) => f.id)).toEqual([1, 2, 3, 4]);
    expect(recordBackup({ files: [file(1, 500), file(2, 3)] }, file(3, 5), 1).remove).toEqual([file(2, 3)]);
  });

  it('removes nothing while under the number to keep', () => {
    expect(recordBackup({ files: [] }, file(1), 3).remove).toEqual([]);
  });
});

describe('reading stored values', () => {
  it.each([
    undefined,
    null,
    'weekly',
    { enabled: true, every: 'hourly', keep: 3 },
    { enabled: true, every: 'daily', keep: 0 },
  ])('gives the defaults for %j', (raw) => {
    expect(readAutoBackupSettings(raw)).toEqual(DEFAULT_AUTO_BACKUP);
  });

  it('keeps valid values', () => {
    expect(readAutoBackupSettings(on)).toEqual(on);
    expect(readAutoBackupStatus({ lastAt: 5, files: [{ id: 1, name: 'a', at: 5, asks: 2 }] })).toEqual({
      lastAt: 5,
      files: [{ id: 1, name: 'a', at: 5, asks: 2 }],
    });
    expect(readAutoBackupStatus({ files: 'nope' })).toEqual({ files: [] });
  });
});
