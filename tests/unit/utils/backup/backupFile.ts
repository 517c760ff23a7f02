import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  countRows,
} from '../../../../utils/backup/backupFormat';
import type { Attempt } from '../../../../utils/db/schema';

export const NOW = Date.UTC(2026, 10, 30, 12);
const DAY = 86_400_000;

/** A done, reflected ask `daysAgo` days before NOW. */
export function attempt(n: number, daysAgo = n, overrides: Partial<Attempt> = {}): Attempt {
  const at = NOW - daysAgo * DAY;
  const day = new Date(at).toISOString().slice(0, 10);
  return {
    id: `attempt-${n}`,
    askSource: 'catalogue',
    askId: 'feedback_01',
    askTitle: `Ask number ${n}`,
    level: 2,
    category: 'feedback',
    state: 'answered',
    committedAt: at - 3_600_000,
    forecastDiscomfort: 6,
    expectedAnswer: 'no',
    belief: 'They will think less of me',
    doneAt: at,
    doneDay: day,
    outcome: 'yes',
    actualDiscomfort: 3,
    answeredAt: at,
    reflection: {
      expected: 'A no',
      happened: 'A yes',
      thoughtsFeelings: 'Nervous, then fine',
      beliefUpdate: 'People like being asked',
      reflectedAt: at + 60_000,
    },
    updatedAt: at + 60_000,
    ...overrides,
  };
}

/** A small valid backup, built by hand so parser tests do not depend on the database. */
export function backupFile(attempts: Attempt[] = [attempt(1), attempt(2)]): BackupFile {
  const stores: BackupFile['stores'] = {
    attempts,
    customAsks: [
      {
        id: 'custom-1',
        title: 'Ask my manager for a stretch project',
        whatToDo: 'Send a short message',
        doneWhen: 'It is sent',
        level: 5,
        category: 'advocacy',
        channel: 'chat',
        minutes: 10,
        awaitsReply: true,
        template: '',
        respectNote: '',
        createdAt: NOW - 30 * DAY,
        updatedAt: NOW - 30 * DAY,
      },
    ],
    ladderEvents: [{ id: 1, at: NOW - 10 * DAY, from: 1, to: 2, reason: 'easierThanExpected' }],
    cardEvents: [{ id: 1, at: NOW - DAY, day: '2026-11-29', askId: 'feedback_01', action: 'swap' }],
    safetyEvents: [
      {
        id: 1,
        at: NOW - DAY,
        kind: 'feltMuchWorse',
        attemptId: 'attempt-1',
        actual: 10,
        forecast: 5,
        level: 3,
        choice: 'stepDown',
        choiceAt: NOW - DAY + 60_000,
      },
      { id: 2, at: NOW - 2 * DAY, kind: 'risingDiscomfort', recentMean: 6.2, earlierMean: 3.8, level: 4 },
      { id: 3, at: NOW - 3 * DAY, kind: 'distressAtBottom', because: 'risingDiscomfort', level: 1 },
      {
        id: 4,
        at: NOW - 4 * DAY,
        kind: 'avoidance',
        skips: 5,
        level: 2,
        choice: 'carryOn',
        choiceAt: NOW - 4 * DAY,
      },
    ],
    drafts: [{ key: 'popup:reflect', fields: { happened: 'half typed' }, updatedAt: NOW - DAY }],
    meta: [
      { key: 'ladder', value: { level: 2, since: NOW - 10 * DAY } },
      { key: 'popupFlow', value: { step: 'card' } },
    ],
  };
  return {
    app: BACKUP_APP,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: 1,
    exportedAt: new Date(NOW).toISOString(),
    counts: countRows(stores),
    settings: { weeklyGoal: 4 },
    stores,
  };
}

export const bytesOf = (value: unknown): Uint8Array =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
