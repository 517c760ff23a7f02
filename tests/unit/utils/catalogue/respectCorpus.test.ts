import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESPECT_CONCERNS, type RespectConcern, respectConcerns } from '../../../../utils/catalogue/respect';

// The respect check against the labelled corpus. The parts the rules were written against
// (`tuning`, then `dev`, `dev2` and `dev3`, sets of new phrasings each scored before the rules
// were broadened to them) must meet the gate. The held-out parts were never read while
// writing the rules, so their score is the honest one: it is printed every run, and guarded
// only against falling below what the rules reached when they were last changed.
// Multi-label: for each concern, a true positive is a case labelled with it and flagged with it.

interface Case {
  text: string;
  concerns: string[];
}

interface Row {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const PRECISION = 0.95;
const RECALL = 0.9;
const RECALL_PER_CONCERN = 0.8;

const TUNED = ['tuning', 'dev', 'dev2', 'dev3'];
// What the held-out parts scored at the last change to the rules, less about 0.02: a guard
// against a rule that breaks unseen wording, not the target (0.95 / 0.90), which rules
// have not reached on it. The margin is there so that nobody tunes rules against these parts
// to keep a guard green; a change that trips it is too broad and is undone, not bisected here.
const HELD_OUT_FLOOR: Record<string, { precision: number; recall: number }> = {
  heldout: { precision: 0.84, recall: 0.74 },
  heldout2: { precision: 0.88, recall: 0.63 },
  heldout3: { precision: 0.93, recall: 0.78 },
};

const fixtures = join(import.meta.dirname, '../../../fixtures/respect');
const read = (name: string): Case[] => JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8'));
const ratio = (hit: number, miss: number) => (hit + miss === 0 ? 1 : hit / (hit + miss));

function score(cases: readonly Case[]): Record<RespectConcern, Row> {
  const rows = Object.fromEntries(RESPECT_CONCERNS.map((c) => [c, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<
    RespectConcern,
    Row
  >;
  for (const { text, concerns } of cases) {
    const found = respectConcerns(text);
    for (const concern of RESPECT_CONCERNS) {
      const labelled = concerns.includes(concern);
      const flagged = found.includes(concern);
      const row = rows[concern];
      if (labelled && flagged) row.tp++;
      else if (flagged) row.fp++;
      else if (labelled) row.fn++;
      else row.tn++;
    }
  }
  return rows;
}

function table(part: string, rows: Record<RespectConcern, Row>, micro: Row): string {
  const line = (name: string, r: Row) =>
    [
      name.padEnd(16),
      ...[r.tp, r.fp, r.fn, r.tn].map((n) => String(n).padStart(4)),
      ratio(r.tp, r.fp).toFixed(3).padStart(10),
      ratio(r.tp, r.fn).toFixed(3).padStart(7),
    ].join(' ');
  return [
    `respect check, ${part}`,
    `${'concern'.padEnd(16)}   TP   FP   FN   TN  precision  recall`,
    ...RESPECT_CONCERNS.map((c) => line(c, rows[c])),
    line('micro-average', micro),
  ].join('\n');
}

function measure(part: string) {
  const cases = read(part);
  const rows = score(cases);
  const micro = Object.values(rows).reduce(
    (sum, r) => ({ tp: sum.tp + r.tp, fp: sum.fp + r.fp, fn: sum.fn + r.fn, tn: sum.tn + r.tn }),
    { tp: 0, fp: 0, fn: 0, tn: 0 },
  );
  console.log(table(`${part} (${cases.length} cases)`, rows, micro));
  return { rows, micro };
}

describe.each(TUNED)('respect check on the %s corpus, which its rules were written against', (part) => {
  const { rows, micro } = measure(part);

  it(`is right at least ${PRECISION} of the times it speaks, and finds at least ${RECALL} of the concerns`, () => {
    expect(ratio(micro.tp, micro.fp)).toBeGreaterThanOrEqual(PRECISION);
    expect(ratio(micro.tp, micro.fn)).toBeGreaterThanOrEqual(RECALL);
  });

  it.each(RESPECT_CONCERNS)(`finds at least ${RECALL_PER_CONCERN} of the %s concerns`, (concern) => {
    expect(ratio(rows[concern].tp, rows[concern].fn)).toBeGreaterThanOrEqual(RECALL_PER_CONCERN);
  });
});

describe.each(Object.entries(HELD_OUT_FLOOR))('respect check on the never-read %s corpus', (part, floor) => {
  const { micro } = measure(part);

  it('does not fall below what the rules reached when last changed', () => {
    expect(ratio(micro.tp, micro.fp)).toBeGreaterThanOrEqual(floor.precision);
    expect(ratio(micro.tp, micro.fn)).toBeGreaterThanOrEqual(floor.recall);
  });
});
