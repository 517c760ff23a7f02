import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS } from '../../../../utils/backup/backupFormat';
import { describeProblem, type ImportProblem } from '../../../../utils/backup/importProblems';
import { PROBLEMS_SHOWN, parseBackup } from '../../../../utils/backup/parseBackup';
import { upgradeBackup } from '../../../../utils/backup/upgradeBackup';
import { englishT } from '../../englishMessages';
import { attempt, backupFile, bytesOf, NOW } from './backupFile';

async function problemsOf(value: unknown): Promise<string[]> {
  const result = await parseBackup(bytesOf(value), { now: NOW });
  if (result.ok) throw new Error('the file was accepted');
  return result.problems.map((problem: ImportProblem) => describeProblem(problem, englishT));
}

describe('parseBackup', () => {
  it('accepts a valid backup and gives back every row', async () => {
    const file = backupFile();
    const result = await parseBackup(bytesOf(file), { now: NOW });
    expect(result).toEqual({ ok: true, backup: file });
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const result = await parseBackup(bytesOf(`\uFEFF${JSON.stringify(backupFile())}`), { now: NOW });
    expect(result.ok).toBe(true);
  });

  it('names the row and the rule in words', async () => {
    const file = backupFile([attempt(1), attempt(2), attempt(3, 3, { forecastDiscomfort: 11 })]);
    expect(await problemsOf(file)).toEqual(['Ask 3: the forecast must be a whole number from 0 to 10.']);
  });

  it.each([
    [{ level: 0 }, 'Ask 1: the level must be a whole number from 1 to 10.'],
    [{ outcome: 'maybe' }, 'Ask 1: the answer must be one of: yes, partly, no, noReply.'],
    [{ committedAt: Date.UTC(1900, 0, 1) }, 'Ask 1: the date must be between 1 January 2010 and today.'],
    [
      { doneDay: '2026-02-30' },
      'Ask 1: the date must be a day written as YYYY-MM-DD, between 2010 and today.',
    ],
    [{ askTitle: 'x'.repeat(501) }, 'Ask 1: the title must be text of at most 500 characters.'],
    [{ mood: 'great' }, 'Ask 1: “mood” is not something Ask Anyway keeps.'],
    [{ id: undefined }, 'Ask 1: the id is missing.'],
    [
      { state: 'committed' },
      'Ask 1: its state does not match the date (an answered ask needs an answer, a planned one none).',
    ],
    [
      { state: 'awaiting', outcome: undefined, answeredAt: undefined },
      'Ask 1: its state does not match “followUpDueAt” (an answered ask needs an answer, a planned one none).',
    ],
  ])('refuses %o with a plain message', async (change, message) => {
    expect(await problemsOf(backupFile([attempt(1, 1, change as never)]))).toEqual([message]);
  });

  it('refuses a draft whose fields are a list, instead of importing it as an empty draft', async () => {
    const file = backupFile();
    const drafts = [{ ...file.stores.drafts[0], fields: [] }];
    const problems = await problemsOf({ ...file, stores: { ...file.stores, drafts } });
    expect(problems).toEqual(['Unsaved text 1: “fields” must be a set of named texts.']);
  });

  it('refuses a second row with the same id', async () => {
    const file = backupFile([attempt(1), attempt(1, 2)]);
    expect(await problemsOf(file)).toEqual([
      'Ask 2: it has the same id as a row before it. Each row needs its own.',
    ]);
  });

  it(`shows the first ${PROBLEMS_SHOWN} problems and counts them all`, async () => {
    const bad = Array.from({ length: 12 }, (_, i) => attempt(i + 1, i + 1, { level: 99 }));
    const result = await parseBackup(bytesOf(backupFile(bad)), { now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(PROBLEMS_SHOWN);
    expect(result.total).toBe(12);
  });

  it('refuses a file larger than the limit before reading it', async () => {
    const result = await parseBackup(new Uint8Array(BACKUP_LIMITS.fileBytes + 1), { now: NOW });
    expect(result.ok || describeProblem(result.problems[0] as ImportProblem, englishT)).toMatch(
      /at most 50 MB/,
    );
  });

  it('refuses a header count that does not match the rows', async () => {
    const file = backupFile();
    file.counts.attempts = 3;
    expect(await problemsOf(file)).toEqual([
      'The header says 3 asks, but the file holds 2. It may be incomplete: try exporting it again.',
    ]);
  });

  it('reports progress and ends at 1', async () => {
    const many = Array.from({ length: 4_500 }, (_, i) => attempt(i, i % 300));
    const seen: number[] = [];
    const result = await parseBackup(bytesOf(backupFile(many)), {
      now: NOW,
      onProgress: (s) => void seen.push(s),
    });
    expect(result.ok).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });
});

describe('meta rows', () => {
  it('accepts the hidden asks ("doesn\'t fit my life"), so a backup that has them imports', async () => {
    const file = backupFile();
    file.stores.meta.push({ key: 'hiddenAsks', value: [{ askId: 'money_09', at: NOW - 1000 }] });
    file.counts.meta += 1;
    const result = await parseBackup(bytesOf(file), { now: NOW });
    expect(result.ok).toBe(true);
  });

  it.each([
    [{ key: 'popupFlow', value: { step: 'summary', attemptId: 'a', decision: { from: 1, to: 2 } } }],
    [{ key: 'popupFlow', value: { step: 'teleport' } }],
    [{ key: 'todayCard', value: { day: '2026-11-29', level: 2, askId: null, easier: 'no' } }],
    [{ key: 'decision:attempt-1', value: { from: 1, to: 2, reason: { code: 'because' } } }],
    [{ key: 'hiddenAsks', value: ['money_09'] }],
    [{ key: 'hiddenAsks', value: [{ askId: 'money_09', at: 'yesterday' }] }],
  ])('refuses %o, which its reader could not use', async (row) => {
    const file = backupFile();
    file.stores.meta.push(row);
    file.counts.meta += 1;
    expect(await problemsOf(file)).toEqual([
      'Saved place 3: it is not a record Ask Anyway keeps, or its value is wrong.',
    ]);
  });
});

describe('upgradeBackup', () => {
  it('runs every step from an older format to the current one, in order', () => {
    const steps = {
      1: (file: { formatVersion: number } & Record<string, unknown>) => ({ ...file, renamed: file.old }),
      2: (file: { formatVersion: number } & Record<string, unknown>) => ({ ...file, third: true }),
    };
    expect(upgradeBackup({ formatVersion: 1, old: 'x' }, steps, 3)).toEqual({
      formatVersion: 3,
      old: 'x',
      renamed: 'x',
      third: true,
    });
  });

  it('leaves a current file as it is', () => {
    const file = { formatVersion: 1, a: 1 };
    expect(upgradeBackup(file)).toBe(file);
  });

  it('fails loudly when a step is missing', () => {
    expect(() => upgradeBackup({ formatVersion: 1 }, {}, 2)).toThrow(/no upgrade from backup format 1/);
  });
});
