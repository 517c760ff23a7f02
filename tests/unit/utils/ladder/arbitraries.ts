import fc from 'fast-check';
import type { LadderAsk } from '../../../../utils/catalogue/types';
import type { RatedAttempt, SkipEvent } from '../../../../utils/ladder/progression';

export const CATEGORIES = ['feedback', 'careers', 'money', 'service'] as const;

export const askListArbitrary: fc.Arbitrary<LadderAsk[]> = fc
  .uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z]{1,6}_\d{1,2}$/),
      level: fc.integer({ min: 1, max: 10 }),
      category: fc.constantFrom(...CATEGORIES),
      awaitsReply: fc.boolean(),
    }),
    { selector: (ask) => ask.id, minLength: 0, maxLength: 40 },
  )
  .map((asks) => asks);

export const dayArbitrary = fc
  .integer({ min: 0, max: 3000 })
  .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

/** A subset of the given asks' ids. */
export function idSubset(asks: LadderAsk[]): fc.Arbitrary<Set<string>> {
  return fc.subarray(asks.map((a) => a.id)).map((ids) => new Set(ids));
}

const NOW = Date.UTC(2026, 10, 24, 12);

export const ratedAttemptArbitrary: fc.Arbitrary<RatedAttempt> = fc.record(
  {
    doneAt: fc.integer({ min: NOW - 60 * 86_400_000, max: NOW }),
    level: fc.integer({ min: 1, max: 10 }),
    forecast: fc.integer({ min: 0, max: 10 }),
    actual: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ['doneAt', 'level', 'actual'] },
);

export const skipArbitrary: fc.Arbitrary<SkipEvent> = fc.record({
  at: fc.integer({ min: NOW - 30 * 86_400_000, max: NOW }),
  action: fc.constantFrom('easier' as const, 'notToday' as const),
});

export { NOW };
