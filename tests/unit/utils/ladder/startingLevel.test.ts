import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allAnswered,
  FEELINGS,
  type Feeling,
  STARTING_QUESTIONS,
  suggestStartingLevel,
} from '../../../../utils/ladder/startingLevel';

const answers = (feedback: Feeling, coldEmail: Feeling, stretchJob: Feeling) => ({
  feedback,
  coldEmail,
  stretchJob,
});
const feeling = fc.constantFrom(...FEELINGS);
const allThree = fc.record({ feedback: feeling, coldEmail: feeling, stretchJob: feeling });

describe('suggestStartingLevel', () => {
  it.each([
    [answers('easy', 'easy', 'easy'), 4],
    [answers('easy', 'nervous', 'nervous'), 4],
    [answers('nervous', 'nervous', 'nervous'), 3],
    [answers('easy', 'hard', 'hard'), 3],
    [answers('nervous', 'hard', 'hard'), 2],
    [answers('hard', 'hard', 'hard'), 2],
    [answers('hard', 'hard', 'avoid'), 1],
    [answers('avoid', 'avoid', 'avoid'), 1],
  ])('%j → level %i', (given, level) => {
    expect(suggestStartingLevel(given)).toBe(level);
  });

  it('always suggests a level from 1 to 4', () => {
    fc.assert(
      fc.property(allThree, (a) => {
        const level = suggestStartingLevel(a);
        expect(level).toBeGreaterThanOrEqual(1);
        expect(level).toBeLessThanOrEqual(4);
      }),
      { numRuns: 1_000 },
    );
  });

  it('never suggests a higher level when any ask feels harder', () => {
    fc.assert(
      fc.property(allThree, fc.constantFrom(...STARTING_QUESTIONS), (a, question) => {
        const index = FEELINGS.indexOf(a[question]);
        const harder = FEELINGS[Math.min(FEELINGS.length - 1, index + 1)] as Feeling;
        expect(suggestStartingLevel({ ...a, [question]: harder })).toBeLessThanOrEqual(
          suggestStartingLevel(a),
        );
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('allAnswered', () => {
  it('needs all three answers', () => {
    expect(allAnswered({})).toBe(false);
    expect(allAnswered({ feedback: 'easy', coldEmail: 'easy' })).toBe(false);
    expect(allAnswered(answers('easy', 'hard', 'avoid'))).toBe(true);
  });
});
