import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LadderAsk } from '../../../../utils/catalogue/types';
import {
  type CardContext,
  easierCard,
  notTodayCard,
  pickSpecificAsk,
  resolveTodayCard,
  swapCard,
} from '../../../../utils/ladder/todayCard';
import { askListArbitrary, dayArbitrary } from './arbitraries';

const ask = (id: string, level: number): LadderAsk => ({
  id,
  level,
  category: 'feedback',
  awaitsReply: false,
});
const asks = [
  ask('a3', 3),
  ask('b3', 3),
  ask('c3', 3),
  ask('a4', 4),
  ask('b4', 4),
  ask('a5', 5),
  ask('a6', 6),
];
const context = (overrides: Partial<CardContext> = {}): CardContext => ({
  asks,
  ladderLevel: 4,
  focus: [],
  day: '2026-11-24',
  recent: new Set(),
  awaiting: new Set(),
  ...overrides,
});

describe('today card', () => {
  it('is picked at the ladder level and kept for the rest of the day', () => {
    const card = resolveTodayCard(undefined, context());
    expect(card.level).toBe(4);
    expect(['a4', 'b4']).toContain(card.askId);
    // Later the same day, history changed (the ask became "recent"), but the card stays.
    expect(resolveTodayCard(card, context({ recent: new Set([card.askId as string]) }))).toBe(card);
  });

  it('is picked afresh the next day', () => {
    const card = notTodayCard(resolveTodayCard(undefined, context()));
    const tomorrow = resolveTodayCard(card, context({ day: '2026-11-25' }));
    expect(tomorrow).toMatchObject({ day: '2026-11-25', notToday: false, easier: false });
    expect(tomorrow.askId).not.toBeNull();
  });

  it('is replaced when its ask starts awaiting a reply', () => {
    const card = resolveTodayCard(undefined, context());
    const next = resolveTodayCard(card, context({ awaiting: new Set([card.askId as string]) }));
    expect(next.askId).not.toBe(card.askId);
    expect(next.level).toBe(4);
  });

  it('swap gives another ask at the same level and does not bring the old one back today', () => {
    let card = resolveTodayCard(undefined, context({ ladderLevel: 3 }));
    const seen = new Set([card.askId]);
    card = swapCard(card, context({ ladderLevel: 3 }));
    seen.add(card.askId);
    card = swapCard(card, context({ ladderLevel: 3 }));
    seen.add(card.askId);
    expect(seen).toEqual(new Set(['a3', 'b3', 'c3']));
    expect(card.level).toBe(3);
  });

  it('easier goes one level down for today only, once', () => {
    const card = easierCard(resolveTodayCard(undefined, context()), context());
    expect(card).toMatchObject({ level: 3, easier: true });
    expect(['a3', 'b3', 'c3']).toContain(card.askId);
    expect(easierCard(card, context())).toBe(card);
    expect(resolveTodayCard(card, context({ day: '2026-11-25' })).level).toBe(4);
  });

  it('easier at level 1 changes nothing: no other card, and not marked easier', () => {
    const one = [ask('x1', 1), ask('y1', 1)];
    const dealt = resolveTodayCard(undefined, context({ asks: one, ladderLevel: 1 }));
    const card = easierCard(dealt, context({ asks: one, ladderLevel: 1 }));
    expect(card).toBe(dealt);
    expect(card).toMatchObject({ level: 1, easier: false });
  });

  it('not today shows nothing until tomorrow, and survives reopening', () => {
    const card = notTodayCard(resolveTodayCard(undefined, context()));
    expect(card.askId).toBeNull();
    expect(resolveTodayCard(card, context())).toEqual(card);
  });

  it('a specific ask can be picked up to one level above the ladder', () => {
    const card = resolveTodayCard(undefined, context());
    expect(pickSpecificAsk(card, ask('a5', 5), 4)).toMatchObject({
      ok: true,
      card: { askId: 'a5', level: 5 },
    });
    expect(pickSpecificAsk(card, ask('a3', 3), 4)).toMatchObject({ ok: true });
    expect(pickSpecificAsk(card, ask('a6', 6), 4)).toEqual({ ok: false, reason: 'tooHigh', maxLevel: 5 });
  });

  it('never strays more than one level from the ladder, whatever the user does', () => {
    const action = fc.constantFrom('swap', 'easier', 'reopen');
    fc.assert(
      fc.property(
        askListArbitrary,
        fc.integer({ min: 1, max: 10 }),
        dayArbitrary,
        fc.array(action, { maxLength: 12 }),
        (list, level, day, actions) => {
          const ctx = context({ asks: list, ladderLevel: level, day });
          let card = resolveTodayCard(undefined, ctx);
          for (const a of actions) {
            card =
              a === 'swap'
                ? swapCard(card, ctx)
                : a === 'easier'
                  ? easierCard(card, ctx)
                  : resolveTodayCard(card, ctx);
            expect(level - card.level).toBeGreaterThanOrEqual(0);
            expect(level - card.level).toBeLessThanOrEqual(1);
            const shown = list.find((x) => x.id === card.askId);
            if (shown) expect(card.level - shown.level).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('today card follows the ladder within the day', () => {
  it('is dealt again from the new level once the ladder steps down', () => {
    const first = resolveTodayCard(undefined, context({ ladderLevel: 4 }));
    expect(first.level).toBe(4);
    const after = resolveTodayCard(first, context({ ladderLevel: 3 }));
    expect(after).toMatchObject({ level: 3, forLevel: 3, easier: false });
    expect(asks.find((a) => a.id === after.askId)?.level).toBe(3);
    const swapped = swapCard(after, context({ ladderLevel: 3 }));
    expect(asks.find((a) => a.id === swapped.askId)?.level).toBe(3);
  });

  it('keeps a card done today as done when its rating moved the ladder', () => {
    const done = resolveTodayCard(undefined, context({ ladderLevel: 4 }));
    const after = resolveTodayCard(
      done,
      context({ ladderLevel: 3, doneToday: new Set([done.askId as string]) }),
    );
    expect(after).toMatchObject({ askId: done.askId, forLevel: 3 });
    const another = swapCard(after, context({ ladderLevel: 3 }));
    expect(asks.find((a) => a.id === another.askId)?.level).toBe(3);
  });

  it('keeps "not today" for the day even when the ladder moves', () => {
    const skipped = notTodayCard(resolveTodayCard(undefined, context({ ladderLevel: 4 })));
    expect(resolveTodayCard(skipped, context({ ladderLevel: 3 }))).toMatchObject({
      notToday: true,
      askId: null,
    });
  });

  it('swaps a card picked above the ladder for one at the ladder’s own level', () => {
    const card = resolveTodayCard(undefined, context({ ladderLevel: 4 }));
    const picked = pickSpecificAsk(card, ask('a5', 5), 4);
    if (!picked.ok) throw new Error('pick refused');
    const swapped = swapCard(picked.card, context({ ladderLevel: 4 }));
    expect(asks.find((a) => a.id === swapped.askId)?.level).toBe(4);
  });

  it('reads a card stored before it said its level', () => {
    const { forLevel: _none, ...old } = resolveTodayCard(undefined, context({ ladderLevel: 4 }));
    expect(resolveTodayCard(old, context({ ladderLevel: 4 }))).toBe(old);
  });

  type Step =
    | { kind: 'swap' | 'easier' | 'notToday' | 'resolve' }
    | { kind: 'level'; by: -1 | 1 }
    | { kind: 'pick'; index: number };

  it('never deals an ask above the ladder, nor lets one be picked more than one above, over any day', () => {
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.constantFrom<Step>({ kind: 'swap' }, { kind: 'easier' }, { kind: 'notToday' }, { kind: 'resolve' }),
      fc.constantFrom<Step>({ kind: 'level', by: -1 }, { kind: 'level', by: 1 }),
      fc.nat().map((index): Step => ({ kind: 'pick', index })),
    );
    fc.assert(
      fc.property(
        askListArbitrary,
        dayArbitrary,
        fc.integer({ min: 1, max: 10 }),
        fc.array(step, { maxLength: 25 }),
        (pool, day, startLevel, steps) => {
          let ladder = startLevel;
          const ctx = () => context({ asks: pool, day, ladderLevel: ladder });
          let card = resolveTodayCard(undefined, ctx());
          let picked = false;
          const levelOf = (id: string | null) => pool.find((a) => a.id === id)?.level;
          for (const s of steps) {
            if (s.kind === 'level') {
              const next = Math.min(10, Math.max(1, ladder + s.by));
              if (next !== ladder) picked = false;
              ladder = next;
            } else if (s.kind === 'swap') {
              const before = resolveTodayCard(card, ctx());
              card = swapCard(before, ctx());
              // With nothing else to deal, a swap keeps the card: a picked one stays picked.
              picked = picked && card.askId === before.askId;
            } else if (s.kind === 'easier') card = easierCard(resolveTodayCard(card, ctx()), ctx());
            else if (s.kind === 'notToday') card = notTodayCard(resolveTodayCard(card, ctx()));
            else if (s.kind === 'pick' && pool.length > 0) {
              const result = pickSpecificAsk(
                resolveTodayCard(card, ctx()),
                pool[s.index % pool.length] as LadderAsk,
                ladder,
              );
              if (result.ok) {
                card = result.card;
                picked = true;
              }
            }
            // What the person sees now: the card as the popup resolves (and stores) it.
            const shown = resolveTodayCard(card, ctx());
            card = shown;
            const level = levelOf(shown.askId);
            if (level === undefined) continue;
            expect(level).toBeLessThanOrEqual(ladder + 1);
            if (!picked) expect(level).toBeLessThanOrEqual(ladder);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
