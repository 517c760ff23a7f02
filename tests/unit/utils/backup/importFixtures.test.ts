import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS } from '../../../../utils/backup/backupFormat';
import { describeProblem } from '../../../../utils/backup/importProblems';
import { parseBackup } from '../../../../utils/backup/parseBackup';
import { englishT } from '../../englishMessages';
import { attempt, backupFile, bytesOf, NOW } from './backupFile';

// Malformed and hostile files, each with the words a person must see (expected.json).
// Two more are made here rather than kept in the repository: a 60 MB file and a 1 MB string.

type Expected = { accepted: true } | { messages: string[]; total?: number };

const dir = join(import.meta.dirname, '../../../fixtures/import');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const files = readdirSync(dir).filter((name) => name !== 'expected.json');

async function outcome(bytes: Uint8Array): Promise<Expected> {
  const result = await parseBackup(bytes, { now: NOW });
  if (result.ok) return { accepted: true };
  const messages = result.problems.map((problem) => describeProblem(problem, englishT));
  return result.total > messages.length ? { messages, total: result.total } : { messages };
}

describe('import fixtures', () => {
  it('has at least 25 hostile files, each with its expected outcome', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s', async (name) => {
    expect(await outcome(new Uint8Array(readFileSync(join(dir, name))))).toEqual(expected[name]);
  });

  it('keeps markup in text fields as the very same text (it is shown as text, never run)', async () => {
    const result = await parseBackup(
      new Uint8Array(readFileSync(join(dir, 'html-and-script-in-text.json'))),
      {
        now: NOW,
      },
    );
    if (!result.ok) throw new Error('refused');
    const [, second] = result.backup.stores.attempts;
    expect(second?.belief).toBe('<script>alert("hi")</script>');
    expect(second?.askTitle).toBe('<img src=x onerror=alert(1)>Ask <b>boldly</b>');
  });

  it('a 60 MB file', async () => {
    const padding = ' '.repeat(60 * 1024 * 1024);
    const bytes = bytesOf(`${JSON.stringify(backupFile()).slice(0, -1)}, "padding": "x"${padding}}`);
    expect(bytes.byteLength).toBeGreaterThan(BACKUP_LIMITS.fileBytes);
    expect(await outcome(bytes)).toEqual({
      messages: [
        'The file is 60 MB; a backup can be at most 50 MB. Choose the file Ask Anyway made (ask-anyway-backup-….json).',
      ],
    });
  });

  it('a 1 MB string in a reflection', async () => {
    const long = attempt(1, 1, {
      reflection: { expected: 'x'.repeat(1024 * 1024), happened: '', thoughtsFeelings: '', beliefUpdate: '' },
    });
    expect(await outcome(bytesOf(backupFile([long])))).toEqual({
      messages: ['Ask 1: “reflection.expected” must be text of at most 10000 characters.'],
    });
  });
});
