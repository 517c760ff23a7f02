import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideLevel, manualLevelChange, type RatedAttempt } from '../../../../utils/ladder/progression';
import { NOW, ratedAttemptArbitrary, skipArbitrary } from './arbitraries';

const DAY = 86_400_000;
const done = (daysAgo: number, level: number, actual: number, forecast?: number): RatedAttempt => ({
  doneAt: NOW - daysAgo * DAY,
  level,
  actual,
  ...(forecast !== undefined && { forecast }),
});
const decide = (
  level: number,
  attempts: RatedAttempt[],
  skips = [] as { at: number; action: 'easier' | 'notToday' }[],
) => decideLevel({ level, levelSince: 0, attempts, skips, now: NOW });

describe('stepping up', () => {
  it('goes up one level after three asks at this level that felt easy (3 or less)', () => {
    expect(decide(3, [done(5, 3, 2), done(3, 3, 3), done(1, 3, 1)])).toEqual({
      from: 3,
      to: 4,
      reason: { code: 'upEasy', count: 3 },
    });
  });

  it('counts an ask as easy when it felt at least 3 points better than forecast', () => {
    expect(decide(3, [done(5, 3, 5, 8), done(3, 3, 4, 7), done(1, 3, 6, 9)]).to).toBe(4);
    expect(decide(3, [done(5, 3, 5, 7), done(3, 3, 4, 7), done(1, 3, 6, 9)]).to).toBe(3);
  });

  it('needs three: two easy asks say how far along the user is', () => {
    expect(decide(3, [done(3, 3, 2), done(1, 3, 1)])).toEqual({
      from: 3,
      to: 3,
      reason: { code: 'stayProgress', easy: 2, needed: 3 },
    });
  });

  it('only counts asks at the current level', () => {
    expect(decide(3, [done(5, 2, 1), done(3, 2, 1), done(1, 3, 1)]).to).toBe(3);
  });

  it('only counts what happened since the level last changed', () => {
    const attempts = [done(5, 3, 1), done(3, 3, 1), done(1, 3, 1)];
    expect(decideLevel({ level: 3, levelSince: NOW - 2 * DAY, attempts, skips: [], now: NOW }).to).toBe(3);
  });

  it('stays at 10 at the top', () => {
    expect(decide(10, [done(5, 10, 1), done(3, 10, 1), done(1, 10, 1)])).toMatchObject({
      to: 10,
      reason: { code: 'stayTop' },
    });
  });
});

describe('stepping down', () => {
  it('goes down after an ask that felt 9 or 10', () => {
    expect(decide(5, [done(1, 5, 9)])).toEqual({
      from: 5,
      to: 4,
      reason: { code: 'downVeryHard', actual: 9 },
    });
  });

  it('goes down after two asks in a row at 7 or more', () => {
    expect(decide(5, [done(2, 5, 7), done(1, 5, 8)])).toMatchObject({
      to: 4,
      reason: { code: 'downTwoHard' },
    });
    expect(decide(5, [done(3, 5, 7), done(2, 5, 2), done(1, 5, 8)]).to).toBe(5);
  });

  it('goes down when avoidance shows: four easier / not today and no attempt in 14 days', () => {
    const skips = [1, 2, 4, 6].map((d) => ({ at: NOW - d * DAY, action: 'notToday' as const }));
    expect(decide(5, [done(20, 5, 4)], skips)).toMatchObject({
      to: 4,
      reason: { code: 'downAvoidance', skips: 4 },
    });
    expect(decide(5, [done(3, 5, 4)], skips).to).toBe(5);
    expect(decide(5, [], skips.slice(1)).to).toBe(5);
  });

  it('puts stepping down before stepping up', () => {
    expect(decide(5, [done(4, 5, 1), done(3, 5, 1), done(2, 5, 1), done(1, 5, 10)]).to).toBe(4);
  });

  it('stays at 1 at the bottom', () => {
    expect(decide(1, [done(1, 1, 10)])).toMatchObject({ to: 1, reason: { code: 'stayBottom' } });
  });
});

describe('the answer plays no part', () => {
  it('has no outcome in its input at all, so yes, no and partly step up alike', () => {
    // RatedAttempt carries ratings only; an attempt object with an outcome is reduced to them.
    const withOutcome = (outcome: string, a: RatedAttempt) => ({ ...a, outcome });
    const attempts = [done(3, 4, 2), done(2, 4, 2), done(1, 4, 2)];
    for (const outcome of ['yes', 'no', 'partly']) {
      expect(
        decide(
          4,
          attempts.map((a) => withOutcome(outcome, a)),
        ).to,
      ).toBe(5);
    }
  });
});

describe('ladder invariants', () => {
  const input = fc.record({
    level: fc.integer({ min: 1, max: 10 }),
    levelSince: fc.integer({ min: 0, max: NOW }),
    attempts: fc.array(ratedAttemptArbitrary, { maxLength: 12 }),
    skips: fc.array(skipArbitrary, { maxLength: 8 }),
  });

  it('never moves more than one level and never leaves 1–10', () => {
    fc.assert(
      fc.property(input, (i) => {
        const decision = decideLevel({ ...i, now: NOW });
        expect(Math.abs(decision.to - decision.from)).toBeLessThanOrEqual(1);
        expect(decision.to).toBeGreaterThanOrEqual(1);
        expect(decision.to).toBeLessThanOrEqual(10);
        expect(decision.from).toBe(i.level);
      }),
      { numRuns: 1000 },
    );
  });

  it('never moves more than one level per step over a whole practice history', () => {
    fc.assert(
      fc.property(
        fc.array(ratedAttemptArbitrary, { maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (attempts, start) => {
          let level = start;
          let since = 0;
          const sorted = [...attempts].sort((a, b) => a.doneAt - b.doneAt);
          for (let i = 0; i < sorted.length; i++) {
            const now = (sorted[i] as RatedAttempt).doneAt;
            const decision = decideLevel({
              level,
              levelSince: since,
              attempts: sorted.slice(0, i + 1),
              skips: [],
              now,
            });
            expect(Math.abs(decision.to - level)).toBeLessThanOrEqual(1);
            if (decision.to !== level) since = now; // as evaluateLadder stores it
            level = decision.to;
            expect(level >= 1 && level <= 10).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('manual level change', () => {
  it.each([
    [3, 4, false],
    [3, 2, false],
    [3, 3, false],
    [3, 5, true],
    [6, 1, true],
  ])('from %i to %i needs confirmation: %s', (from, to, confirm) => {
    expect(manualLevelChange(from, to)).toEqual({ to, needsConfirmation: confirm });
  });

  it('keeps requests inside 1–10', () => {
    expect(manualLevelChange(9, 14).to).toBe(10);
    expect(manualLevelChange(2, -3).to).toBe(1);
  });
});
