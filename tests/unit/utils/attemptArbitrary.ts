import fc from 'fast-check';
import type { Attempt, AttemptState, ExpectedAnswer, Outcome } from '../../../utils/db/schema';

const rating = fc.integer({ min: 0, max: 10 });

/** Any attempt the data layer may hold, in any state. */
export const attemptArbitrary: fc.Arbitrary<Attempt> = fc
  .record({
    id: fc.uuid(),
    state: fc.constantFrom<AttemptState>('committed', 'awaiting', 'answered', 'closed'),
    level: fc.integer({ min: 0, max: 10 }),
    day: fc.integer({ min: 0, max: 900 }),
    forecast: fc.option(rating, { nil: undefined }),
    actual: fc.option(rating, { nil: undefined }),
    outcome: fc.constantFrom<Outcome>('yes', 'partly', 'no'),
    expectedAnswer: fc.option(fc.constantFrom<ExpectedAnswer>('yes', 'partly', 'no'), { nil: undefined }),
    // The same belief typed with different spacing, and an empty one.
    belief: fc.option(
      fc.constantFrom("They'll think I'm pushy", "  They'll think   I'm pushy ", 'I will be ignored', '  '),
      {
        nil: undefined,
      },
    ),
  })
  .map(({ id, state, level, day, forecast, actual, outcome, expectedAnswer, belief }) => {
    const doneAt = Date.UTC(2024, 0, 1, 12) + day * 86_400_000;
    const done = state !== 'committed';
    const attempt: Attempt = {
      id,
      askSource: 'catalogue',
      askId: `ask-${level}`,
      askTitle: 'An ask',
      level,
      category: 'feedback',
      state,
      committedAt: doneAt,
      updatedAt: doneAt,
      ...(forecast !== undefined && { forecastDiscomfort: forecast }),
      ...(expectedAnswer !== undefined && { expectedAnswer }),
      ...(belief !== undefined && { belief }),
      ...(done && { doneAt, doneDay: new Date(doneAt).toISOString().slice(0, 10) }),
      ...(done && actual !== undefined && { actualDiscomfort: actual }),
      ...(state === 'answered' && { outcome }),
      ...(state === 'closed' && { outcome: 'noReply' as const }),
    };
    return attempt;
  });
