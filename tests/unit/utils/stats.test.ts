import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attempt, StatRow } from '../../../utils/db/schema';
import { applyAttemptChange, countersFor, rebuildStats, statKeysFor } from '../../../utils/stats';
import { attemptArbitrary } from './attemptArbitrary';

const base: Attempt = {
  id: 'a1',
  askSource: 'catalogue',
  askId: 'feedback-01',
  askTitle: 'Ask for feedback',
  level: 3,
  category: 'feedback',
  state: 'answered',
  committedAt: 0,
  doneAt: 0,
  doneDay: '2026-11-25',
  outcome: 'no',
  forecastDiscomfort: 7,
  actualDiscomfort: 3,
  updatedAt: 0,
};

describe('statKeysFor', () => {
  it('files a done attempt under the total, its week, its day and its level', () => {
    expect(statKeysFor(base)).toEqual(['all', 'week:2026-11-23', 'day:2026-11-25', 'level:3']);
  });

  it('does not count a commitment that was never done', () => {
    expect(statKeysFor({ ...base, state: 'committed', doneDay: undefined })).toEqual([]);
  });

  it('leaves quick logs (level 0) out of the ladder levels', () => {
    expect(statKeysFor({ ...base, level: 0 })).not.toContain('level:0');
  });
});

describe('countersFor', () => {
  it('counts a no exactly like a yes: one attempt', () => {
    expect(countersFor(base).attempts).toBe(countersFor({ ...base, outcome: 'yes' }).attempts);
  });

  it('sums forecast and actual only when both were rated', () => {
    expect(countersFor(base)).toMatchObject({ rated: 1, forecastSum: 7, actualSum: 3 });
    const unrated = { ...base, actualDiscomfort: undefined };
    expect(countersFor(unrated)).toMatchObject({ rated: 0, forecastSum: 0, actualSum: 0 });
  });

  it('counts an attempt awaiting a reply as awaiting, not as an outcome', () => {
    const awaiting = countersFor({ ...base, state: 'awaiting', outcome: undefined });
    expect(awaiting).toMatchObject({ attempts: 1, awaiting: 1, yes: 0, no: 0, partly: 0, noReply: 0 });
  });
});

function sortedRows(rows: Map<string, StatRow>): StatRow[] {
  return [...rows.values()]
    .filter((row) => Object.entries(row).some(([k, v]) => k !== 'key' && v !== 0))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The counters for the total, each day and each level, counted plainly from the attempts. */
function countedByHand(history: Attempt[]): Map<string, Record<string, number>> {
  const done = history.filter((a) => a.state !== 'committed' && a.doneDay);
  const groups = new Map<string, Attempt[]>();
  const add = (key: string, a: Attempt) => groups.set(key, [...(groups.get(key) ?? []), a]);
  for (const a of done) {
    add('all', a);
    add(`day:${a.doneDay}`, a);
    if (a.level >= 1) add(`level:${a.level}`, a);
  }
  const answered = (a: Attempt) => a.outcome === 'yes' || a.outcome === 'partly' || a.outcome === 'no';
  const counts = new Map<string, Record<string, number>>();
  for (const [key, group] of groups) {
    const settled = group.filter((a) => a.state !== 'awaiting');
    const rated = group.filter((a) => a.forecastDiscomfort !== undefined && a.actualDiscomfort !== undefined);
    const expected = group.filter((a) => a.expectedAnswer && answered(a));
    counts.set(key, {
      attempts: group.length,
      awaiting: group.length - settled.length,
      yes: settled.filter((a) => a.outcome === 'yes').length,
      partly: settled.filter((a) => a.outcome === 'partly').length,
      no: settled.filter((a) => a.outcome === 'no').length,
      noReply: settled.filter((a) => a.outcome === 'noReply').length,
      rated: rated.length,
      forecastSum: rated.reduce((sum, a) => sum + (a.forecastDiscomfort ?? 0), 0),
      actualSum: rated.reduce((sum, a) => sum + (a.actualDiscomfort ?? 0), 0),
      expected: expected.length,
      expectedMet: expected.filter((a) => a.outcome === a.expectedAnswer).length,
    });
  }
  return counts;
}

describe('incremental aggregates', () => {
  it('equal a rebuild from history for any sequence of inserts and edits', () => {
    fc.assert(
      fc.property(
        fc.array(attemptArbitrary, { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), attemptArbitrary), { maxLength: 20 }),
        (inserts, edits) => {
          const history = new Map<string, Attempt>();
          const incremental = new Map<string, StatRow>();
          for (const attempt of inserts) {
            applyAttemptChange(incremental, history.get(attempt.id), attempt);
            history.set(attempt.id, attempt);
          }
          const ids = [...history.keys()];
          for (const [pick, change] of edits) {
            if (ids.length === 0) break;
            const id = ids[pick % ids.length] as string;
            const edited = { ...change, id };
            applyAttemptChange(incremental, history.get(id), edited);
            history.set(id, edited);
          }
          expect(sortedRows(incremental)).toEqual(sortedRows(rebuildStats(history.values())));
          // And against a count by hand over the raw history, sharing no code with either.
          for (const [key, counted] of countedByHand([...history.values()]))
            expect(incremental.get(key), key).toMatchObject(counted);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
