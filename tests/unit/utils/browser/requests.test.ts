import { describe, expect, it } from 'vitest';
import { isBackgroundRequest } from '../../../../utils/browser/requests';

describe('isBackgroundRequest', () => {
  it.each([
    { type: 'noticeConcern' },
    { type: 'verifyStats' },
    { type: 'refreshReminders' },
    { type: 'deleteEverything', everywhere: false },
    { type: 'reminderAction', kind: 'followUp', action: 'hour' },
  ])('takes %j', (request) => {
    expect(isBackgroundRequest(request)).toBe(true);
  });

  it.each([
    // Pages write their own data: the background no longer moves the popup's flow for them.
    { type: 'startForecast', askId: 'feedback_01' },
    { type: 'answerConcern', eventId: 3, choice: 'stepDown' },
    { type: 'deleteEverything' },
    { type: 'deleteEverything', everywhere: 'yes' },
    { type: 'reminderAction', kind: 'birthday', action: 'hour' },
    { type: 'reminderAction', kind: 'practice', action: 'never' },
    { type: 'verifyStats', extra: true },
    null,
    'noticeConcern',
  ])('refuses %j', (request) => {
    expect(isBackgroundRequest(request)).toBe(false);
  });
});
