import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { attemptsToCsv, UTF8_BOM } from '../../../../utils/backup/attemptsCsv';
import { englishT } from '../../englishMessages';
import { attempt } from './backupFile';

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { skipEmptyLines: true }).data;

describe('attemptsToCsv', () => {
  it('starts with a UTF-8 byte order mark and has human column names', () => {
    const csv = attemptsToCsv([attempt(1)], englishT);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parse(csv)[0]).toEqual([
      'Date',
      'Ask',
      'Category',
      'Level',
      'Status',
      'Forecast discomfort (0-10)',
      'Felt discomfort (0-10)',
      'Expected answer',
      'Answer',
      'Belief tested',
      'What I expected',
      'What happened',
      'What I thought and felt',
      'What it says about the belief',
    ]);
  });

  it('writes one row an ask, oldest first, in words people read', () => {
    const rows = parse(
      attemptsToCsv([attempt(1), attempt(5, 5, { state: 'awaiting', outcome: undefined })], englishT),
    );
    expect(rows).toHaveLength(3);
    expect(rows[1]?.slice(0, 9)).toEqual([
      new Date(attempt(5).doneAt ?? 0).toISOString().slice(0, 10),
      'Ask number 5',
      'Asking for feedback',
      '2',
      'Waiting for a reply',
      '6',
      '3',
      'No',
      '',
    ]);
    expect(rows[2]?.[8]).toBe('Yes');
    expect(rows[2]?.[11]).toBe('A yes');
  });

  it('keeps accents, quotes, commas and line breaks intact', () => {
    const text = 'Café, “quoted” and "straight",\nsecond line — ünïcödé 🙂';
    const rows = parse(attemptsToCsv([attempt(1, 1, { askTitle: text })], englishT));
    expect(rows[1]?.[1]).toBe(text);
  });

  it.each(['=SUM(A1:A9)', '+1 555 0100', '-2+3', '@cmd', '\tpadded', '\rreturn', '=1+1\nsecond line'])(
    'escapes %j so a spreadsheet shows it as text, never runs it',
    (dangerous) => {
      const rows = parse(
        attemptsToCsv(
          [
            attempt(1, 1, {
              askTitle: dangerous,
              belief: dangerous,
              reflection: { expected: dangerous, happened: '', thoughtsFeelings: '', beliefUpdate: '' },
            }),
          ],
          englishT,
        ),
      );
      const [, row] = rows;
      for (const cell of [row?.[1], row?.[9], row?.[10]]) expect(cell).toBe(`'${dangerous}`);
    },
  );

  it('leaves numbers as numbers and harmless text as it is', () => {
    const rows = parse(attemptsToCsv([attempt(1, 1, { askTitle: 'Ask for a 10% discount' })], englishT));
    expect(rows[1]?.[1]).toBe('Ask for a 10% discount');
    expect(rows[1]?.[3]).toBe('2');
  });
});
