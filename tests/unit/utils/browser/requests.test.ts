import { describe, expect, it } from 'vitest';
import { isBackgroundRequest } from '../../../../utils/browser/requests';

describe('isBackgroundRequest', () => {
  it.each([
    { type: 'noticeConcern' },
    { type: 'answerConcern', eventId: 3, choice: 'stepDown' },
    { type: 'answerConcern', eventId: 1, choice: 'pause' },
    { type: 'answerConcern', eventId: 12, choice: 'carryOn' },
    { type: 'verifyStats' },
    { type: 'startForecast', askId: 'feedback_01' },
  ])('takes %j', (request) => {
    expect(isBackgroundRequest(request)).toBe(true);
  });

  it.each([
    { type: 'answerConcern', eventId: 0, choice: 'carryOn' },
    { type: 'answerConcern', eventId: 1.5, choice: 'carryOn' },
    { type: 'answerConcern', eventId: '3', choice: 'carryOn' },
    { type: 'answerConcern', eventId: 3, choice: 'giveUp' },
    { type: 'answerConcern', eventId: 3 },
    { type: 'startForecast', askId: '' },
    { type: 'deleteEverything' },
    null,
    'noticeConcern',
  ])('refuses %j', (request) => {
    expect(isBackgroundRequest(request)).toBe(false);
  });
});
