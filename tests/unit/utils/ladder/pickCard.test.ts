import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LadderAsk } from '../../../../utils/catalogue/types';
import { pickCard } from '../../../../utils/ladder/pickCard';
import { askListArbitrary, CATEGORIES, dayArbitrary, idSubset } from './arbitraries';

const RUNS = { numRuns: 1000 };
const ask = (id: string, level: number, category = 'feedback'): LadderAsk => ({
  id,
  level,
  category,
  awaitsReply: false,
});
const none = new Set<string>();
const base = { focus: [] as string[], day: '2026-11-24', recent: none, awaiting: none, excluded: none };

const pickInput = fc
  .record({
    asks: askListArbitrary,
    level: fc.integer({ min: 1, max: 10 }),
    focus: fc.subarray<string>([...CATEGORIES]),
    day: dayArbitrary,
  })
  .chain((input) =>
    fc.record({
      asks: fc.constant(input.asks),
      level: fc.constant(input.level),
      focus: fc.constant(input.focus),
      day: fc.constant(input.day),
      recent: idSubset(input.asks),
      awaiting: idSubset(input.asks),
      excluded: idSubset(input.asks),
    }),
  );

describe('pickCard examples', () => {
  it('picks at the current level', () => {
    const asks = [ask('a', 2), ask('b', 3), ask('c', 4)];
    expect(pickCard({ ...base, asks, level: 3 })?.id).toBe('b');
  });

  it('falls back one level below, never two', () => {
    expect(pickCard({ ...base, asks: [ask('a', 2), ask('b', 4)], level: 3 })?.id).toBe('a');
    expect(pickCard({ ...base, asks: [ask('a', 1), ask('b', 4)], level: 3 })).toBeNull();
  });

  it('keeps to the focus categories when they have something', () => {
    const asks = [ask('a', 3, 'money'), ask('b', 3, 'feedback'), ask('c', 3, 'careers')];
    expect(pickCard({ ...base, asks, level: 3, focus: ['careers'] })?.id).toBe('c');
    expect(pickCard({ ...base, asks, level: 3, focus: ['learning'] })).not.toBeNull();
  });

  it('skips asks used in the last 14 days while others exist, and repeats only when none do', () => {
    const asks = [ask('a', 3), ask('b', 3)];
    expect(pickCard({ ...base, asks, level: 3, recent: new Set(['a']) })?.id).toBe('b');
    expect(pickCard({ ...base, asks, level: 3, recent: new Set(['a', 'b']) })).not.toBeNull();
  });

  it('never offers an ask awaiting a reply', () => {
    const asks = [ask('a', 3)];
    expect(pickCard({ ...base, asks, level: 3, awaiting: new Set(['a']) })).toBeNull();
  });

  it('varies from day to day', () => {
    const asks = Array.from({ length: 10 }, (_, i) => ask(`a${i}`, 5));
    const days = Array.from({ length: 10 }, (_, i) => `2026-11-${String(10 + i)}`);
    const picks = new Set(days.map((day) => pickCard({ ...base, asks, level: 5, day })?.id));
    expect(picks.size).toBeGreaterThan(3);
  });
});

describe('pickCard invariants', () => {
  it('same day and same history give the same card, whatever the order of the asks', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const reversed = { ...input, asks: [...input.asks].reverse() };
        expect(pickCard(reversed)?.id).toBe(pickCard(input)?.id);
      }),
      RUNS,
    );
  });

  it('picks at the level or one below, never awaiting or swapped away', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const picked = pickCard(input);
        if (!picked) return;
        expect([input.level, input.level - 1]).toContain(picked.level);
        expect(input.awaiting.has(picked.id)).toBe(false);
        expect(input.excluded.has(picked.id)).toBe(false);
      }),
      RUNS,
    );
  });

  it('finds a card whenever one is allowed', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const allowed = input.asks.some(
          (a) =>
            (a.level === input.level || a.level === input.level - 1) &&
            !input.awaiting.has(a.id) &&
            !input.excluded.has(a.id),
        );
        expect(pickCard(input) !== null).toBe(allowed);
      }),
      RUNS,
    );
  });

  it('does not repeat an ask from the last 14 days when a fresh one fits the same focus', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const picked = pickCard(input);
        if (!picked) return;
        const fits = (a: LadderAsk) =>
          (a.level === input.level || a.level === input.level - 1) &&
          !input.awaiting.has(a.id) &&
          !input.excluded.has(a.id) &&
          (input.focus.length === 0 ||
            input.focus.includes(a.category) ||
            !input.focus.includes(picked.category));
        const freshAlternative = input.asks.some((a) => fits(a) && !input.recent.has(a.id));
        if (freshAlternative) expect(input.recent.has(picked.id)).toBe(false);
      }),
      RUNS,
    );
  });

  it('stays inside the focus categories whenever they offer anything', () => {
    fc.assert(
      fc.property(pickInput, (input) => {
        const picked = pickCard(input);
        if (!picked || input.focus.length === 0) return;
        const focusAvailable = input.asks.some(
          (a) =>
            (a.level === input.level || a.level === input.level - 1) &&
            input.focus.includes(a.category) &&
            !input.awaiting.has(a.id) &&
            !input.excluded.has(a.id),
        );
        if (focusAvailable) expect(input.focus).toContain(picked.category);
      }),
      RUNS,
    );
  });
});
