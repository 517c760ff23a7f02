import { dayKey } from '../../../utils/dates';
import type { Attempt } from '../../../utils/db/schema';

const DAY = 86_400_000;

/** An answered ask done `daysAgo` days ago, as the data layer stores it: what new tab tests seed. */
export function seededAttempt(i: number, daysAgo: number, extra: Partial<Attempt>): Attempt {
  const doneAt = Date.now() - daysAgo * DAY;
  return {
    id: `e2e-${i}`,
    askSource: 'catalogue',
    askId: 'feedback_01',
    askTitle: `Seeded ask ${i}`,
    level: 2,
    category: 'feedback',
    state: 'answered',
    outcome: 'yes',
    committedAt: doneAt,
    doneAt,
    doneDay: dayKey(doneAt),
    forecastDiscomfort: 7,
    actualDiscomfort: 3,
    updatedAt: doneAt,
    ...extra,
  };
}

export const PUSHY = "If I ask, they'll think I'm pushy";

/** Six answered asks (this week and the three before), one closed without a reply, one awaiting. */
export const SEEDED_HISTORY: Attempt[] = [
  seededAttempt(1, 0, { belief: PUSHY, expectedAnswer: 'no' }),
  seededAttempt(2, 7, { outcome: 'no', belief: PUSHY, expectedAnswer: 'no' }),
  seededAttempt(3, 8, { outcome: 'partly', belief: `  ${PUSHY} `, expectedAnswer: 'yes' }),
  seededAttempt(4, 14, {}),
  seededAttempt(5, 15, { level: 3 }),
  seededAttempt(6, 21, {}),
  seededAttempt(7, 22, { state: 'closed', outcome: 'noReply' }),
  seededAttempt(8, 2, { state: 'awaiting', outcome: undefined, askTitle: 'Pitch the local paper' }),
];

/**
 * The i-th of a list of asks waiting for a reply, done 20 − i days before `now`, reflected on,
 * whose follow-ups fall due in the order of i (ask 0 first).
 */
export function awaitingAsk(i: number, now: number): Attempt {
  const doneAt = now - (20 - i) * DAY;
  return {
    id: `waiting-${i}`,
    askSource: 'catalogue',
    askId: 'feedback_01',
    askTitle: `Waiting ask ${i}`,
    level: 1,
    category: 'feedback',
    state: 'awaiting',
    committedAt: doneAt,
    forecastDiscomfort: 4,
    expectedAnswer: 'yes',
    doneAt,
    doneDay: dayKey(doneAt),
    actualDiscomfort: 3,
    followUpDueAt: now - 10 * DAY + i * DAY,
    reflection: {
      expected: '',
      happened: 'Sent it',
      thoughtsFeelings: '',
      beliefUpdate: '',
      reflectedAt: doneAt,
    },
    updatedAt: doneAt,
  };
}

/** A reflection as the popup stores it, written when the ask was done. */
function reflected(attempt: Attempt, happened: string): Attempt {
  return {
    ...attempt,
    reflection: {
      expected: 'A polite no.',
      happened,
      thoughtsFeelings: 'Nervous first.',
      beliefUpdate: '',
      reflectedAt: attempt.doneAt ?? attempt.committedAt,
    },
  };
}

/**
 * Four reflected asks for the correction tests: three this week (a no, a yes, one waiting for
 * its reply) and a partly nine days ago, logged without a rating of how it felt. Outcomes:
 * yes 1, partly 1, no 1, waiting 1.
 */
export const CORRECTION_HISTORY: Attempt[] = [
  reflected(
    seededAttempt(1, 0, { askTitle: 'Ask Sam for feedback', outcome: 'no', actualDiscomfort: 5 }),
    'Sam said not now.',
  ),
  reflected(
    seededAttempt(2, 0, { askTitle: 'Pitch the local paper', state: 'awaiting', outcome: undefined }),
    'Sent the pitch.',
  ),
  reflected(seededAttempt(3, 0, { askTitle: 'Ask for a discount', outcome: 'yes' }), 'Ten percent off.'),
  reflected(
    seededAttempt(4, 9, {
      askTitle: 'Ask for a second look',
      outcome: 'partly',
      actualDiscomfort: undefined,
    }),
    'Half of it.',
  ),
];

/** An ask done two days ago, waiting for a reply, whose follow-up falls due at `due`. */
export function askAwaitingReply(id: string, askId: string, title: string, due: number): Attempt {
  const doneAt = Date.now() - 2 * DAY;
  return {
    id,
    askSource: 'catalogue',
    askId,
    askTitle: title,
    level: 1,
    category: 'feedback',
    state: 'awaiting',
    committedAt: doneAt,
    doneAt,
    doneDay: dayKey(doneAt),
    forecastDiscomfort: 4,
    actualDiscomfort: 3,
    followUpDueAt: due,
    updatedAt: doneAt,
  };
}
