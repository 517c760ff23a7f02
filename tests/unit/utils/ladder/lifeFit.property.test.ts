import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LadderAsk, NEED_IDS } from '../../../../utils/catalogue/types';
import { needsMet, unfitAskIds } from '../../../../utils/ladder/lifeFit';
import { pickCard } from '../../../../utils/ladder/pickCard';
import { easierCard, resolveTodayCard, swapCard } from '../../../../utils/ladder/todayCard';
import { askListArbitrary, CATEGORIES, dayArbitrary, idSubset } from './arbitraries';

const RUNS = { numRuns: 1000 };

const withNeeds: fc.Arbitrary<LadderAsk[]> = askListArbitrary.chain((asks) =>
  fc
    .tuple(...asks.map(() => fc.subarray([...NEED_IDS], { maxLength: 2 })))
    .map((needs) => asks.map((ask, i) => ({ ...ask, needs: needs[i] }))),
);

const lifeArbitrary = fc.option(fc.subarray([...NEED_IDS]), { nil: null });

const situation = withNeeds.chain((asks) =>
  fc.record({
    asks: fc.constant(asks),
    life: lifeArbitrary,
    hidden: idSubset(asks),
    level: fc.integer({ min: 1, max: 10 }),
    focus: fc.subarray<string>([...CATEGORIES]),
    day: dayArbitrary,
    recent: idSubset(asks),
    awaiting: idSubset(asks),
    excluded: idSubset(asks),
  }),
);

function fits(
  asks: LadderAsk[],
  id: string | null | undefined,
  life: readonly string[] | null,
  hidden: Set<string>,
) {
  if (id === null || id === undefined) return true;
  const ask = asks.find((a) => a.id === id);
  return ask !== undefined && !hidden.has(id) && needsMet(ask, life as never);
}

describe('a hidden ask, or one whose needs are unmet, is never dealt', () => {
  it('by pickCard', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const unfit = unfitAskIds(s.asks, s.life, s.hidden);
        const picked = pickCard({ ...s, unfit });
        expect(fits(s.asks, picked?.id, s.life, s.hidden)).toBe(true);
      }),
      RUNS,
    );
  });

  it('through a day of dealing, swapping and easier', () => {
    fc.assert(
      fc.property(
        situation,
        fc.array(fc.constantFrom('swap' as const, 'easier' as const), { maxLength: 6 }),
        (s, actions) => {
          const context = { ...s, ladderLevel: s.level, unfit: unfitAskIds(s.asks, s.life, s.hidden) };
          let card = resolveTodayCard(undefined, context);
          expect(fits(s.asks, card.askId, s.life, s.hidden)).toBe(true);
          for (const action of actions) {
            card = action === 'swap' ? swapCard(card, context) : easierCard(card, context);
            expect(fits(s.asks, card.askId, s.life, s.hidden)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it('while a person who has not said anything is dealt from every ask', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const before = pickCard(s);
        const after = pickCard({ ...s, unfit: unfitAskIds(s.asks, null, new Set()) });
        expect(after).toEqual(before);
      }),
      RUNS,
    );
  });
});
