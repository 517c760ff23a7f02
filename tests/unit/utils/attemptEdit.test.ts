import { describe, expect, it } from 'vitest';
import { applyAttemptEdit, changesAttempt, editFieldsOf, readAttemptEdit } from '../../../utils/attemptEdit';
import type { Attempt } from '../../../utils/db/schema';

const answered: Attempt = {
  id: 'a1',
  askSource: 'catalogue',
  askId: 'feedback_01',
  askTitle: 'Ask for feedback',
  level: 3,
  category: 'feedback',
  state: 'answered',
  committedAt: 0,
  forecastDiscomfort: 7,
  expectedAnswer: 'no',
  doneAt: 10,
  doneDay: '2026-11-25',
  outcome: 'no',
  actualDiscomfort: 4,
  answeredAt: 10,
  reflection: { expected: 'A no', happened: 'A no', thoughtsFeelings: '', beliefUpdate: '', reflectedAt: 11 },
  updatedAt: 11,
};
const awaiting: Attempt = { ...answered, state: 'awaiting', outcome: undefined, answeredAt: undefined };

describe('readAttemptEdit', () => {
  it('starts from what is stored, and reads it back unchanged', () => {
    const { edit } = readAttemptEdit(answered, editFieldsOf(answered));
    expect(edit).toEqual({
      outcome: 'no',
      actualDiscomfort: 4,
      reflection: { expected: 'A no', happened: 'A no', thoughtsFeelings: '', beliefUpdate: '' },
    });
    if (!edit) throw new Error('no edit');
    expect(changesAttempt(answered, applyAttemptEdit(answered, edit, 99))).toBe(false);
  });

  it.each([
    [{ actual: '' }, ['ratingMissing']],
    [{ actual: '11' }, ['ratingMissing']],
    [{ actual: '2.5' }, ['ratingMissing']],
    [{ outcome: 'maybe' }, ['outcomeMissing']],
    [{ outcome: '', actual: '' }, ['outcomeMissing', 'ratingMissing']],
  ])('says what is missing in %j', (patch, problems) => {
    expect(readAttemptEdit(answered, { ...editFieldsOf(answered), ...patch }).problems).toEqual(problems);
  });

  it('asks no answer of an ask still waiting for one, and takes none from it', () => {
    const read = readAttemptEdit(awaiting, { ...editFieldsOf(awaiting), outcome: 'yes', actual: '2' });
    expect(read.problems).toEqual([]);
    expect(read.edit?.outcome).toBeUndefined();
  });
});

describe('applyAttemptEdit', () => {
  const words = { expected: '', happened: 'A yes after all', thoughtsFeelings: '', beliefUpdate: '' };

  it('corrects the answer, the rating and the words; keeps the rest as recorded', () => {
    const after = applyAttemptEdit(answered, { outcome: 'yes', actualDiscomfort: 1, reflection: words }, 99);
    expect(after).toEqual({
      ...answered,
      outcome: 'yes',
      actualDiscomfort: 1,
      reflection: { ...words, reflectedAt: 11 },
      updatedAt: 99,
    });
  });

  it('closes as no reply, and opens again to an answer', () => {
    const closed = applyAttemptEdit(
      answered,
      { outcome: 'noReply', actualDiscomfort: 4, reflection: words },
      99,
    );
    expect(closed).toMatchObject({ state: 'closed', outcome: 'noReply' });
    const back = applyAttemptEdit(closed, { outcome: 'partly', actualDiscomfort: 4, reflection: words }, 100);
    expect(back).toMatchObject({ state: 'answered', outcome: 'partly' });
  });

  it('dates a first reflection now, and drops one left without a word', () => {
    const { reflection: _r, ...bare } = awaiting;
    expect(
      applyAttemptEdit(bare, { actualDiscomfort: 4, reflection: words }, 99).reflection?.reflectedAt,
    ).toBe(99);
    const empty = { expected: ' ', happened: '', thoughtsFeelings: '\n', beliefUpdate: '' };
    expect(
      applyAttemptEdit(answered, { outcome: 'no', actualDiscomfort: 4, reflection: empty }, 99),
    ).not.toHaveProperty('reflection');
  });
});
