import type { AskAnywayDatabase } from '../../../../utils/db/database';
import { saveDraft } from '../../../../utils/db/drafts';
import { commitAttempt, logOutcome, startForecast } from '../../../../utils/db/practice';
import type { Attempt } from '../../../../utils/db/schema';

/**
 * Fills every table with realistic rows through the current code: what a user's database
 * looks like while this schema version is the newest. Used to make tests/fixtures/db/v<N>.json.
 */
export async function seedFixture(db: AskAnywayDatabase): Promise<void> {
  const day = (n: number) => new Date(2026, 9, 5 + n, 18, 0).getTime();
  const asks = [
    { id: 'feedback_04', title: 'Ask a teammate to read one paragraph', outcome: 'yes' },
    { id: 'careers_12', title: 'Apply for a role clearly above your current level', outcome: 'noReply' },
    { id: 'money_04', title: 'Ask your provider to waive a one-off late fee', outcome: 'no' },
  ] as const;
  for (const [i, ask] of asks.entries()) {
    await startForecast(db, ask.id);
    const attempt = await commitAttempt(
      db,
      { id: ask.id, source: 'catalogue', title: ask.title, level: 4, category: ask.id.split('_')[0] ?? '' },
      { forecastDiscomfort: 6, expectedAnswer: 'no', belief: '' },
      day(i),
    );
    await logOutcome(db, attempt.id, { outcome: ask.outcome, actualDiscomfort: 3 }, day(i));
  }
  const full: Attempt = {
    id: '5b0f8a1e-2c1d-4c1b-9b7e-000000000001',
    askSource: 'catalogue',
    askId: 'feedback-03',
    askTitle: 'Ask a peer for one concrete improvement',
    level: 3,
    category: 'feedback',
    state: 'answered',
    committedAt: day(3),
    forecastDiscomfort: 7,
    expectedAnswer: 'no',
    belief: "If I ask, they'll think I'm not good at my job",
    doneAt: day(3) + 3_600_000,
    doneDay: '2026-10-08',
    outcome: 'partly',
    actualDiscomfort: 3,
    answeredAt: day(3) + 7_200_000,
    reflection: {
      expected: 'A polite brush-off',
      happened: 'Two useful suggestions and an offer to look again',
      thoughtsFeelings: 'Nervous before, relieved after',
      beliefUpdate: 'People mostly like being asked',
      reflectedAt: day(4),
    },
    updatedAt: day(4),
  };
  await db.attempts.put(full);
  await db.attempts.put({
    ...full,
    id: '5b0f8a1e-2c1d-4c1b-9b7e-000000000002',
    state: 'committed',
    outcome: undefined,
    doneAt: undefined,
    doneDay: undefined,
    actualDiscomfort: undefined,
    answeredAt: undefined,
    reflection: undefined,
  });
  await db.customAsks.put({
    id: 'custom-0001',
    title: 'Ask my manager for a stretch project',
    whatToDo: 'Send a short message proposing one project and why',
    doneWhen: 'The message is sent',
    level: 6,
    category: 'self-advocacy',
    channel: 'chat',
    minutes: 10,
    awaitsReply: true,
    template: 'Hi {name}, I would like to take on {project}. Could we talk about it?',
    respectNote: 'If the answer is not now, thank them and ask what would make it possible later.',
    createdAt: day(0),
    updatedAt: day(0),
  });
  await saveDraft(db, 'popup:quick-log', { title: 'Half-typed ask', outcome: 'yes' }, day(5));
  await db.cardEvents.bulkAdd([
    { at: day(5), day: '2026-10-10', askId: 'feedback-03', action: 'shown' },
    { at: day(5), day: '2026-10-10', askId: 'feedback-03', action: 'swap' },
  ]);
  await db.ladderEvents.add({ at: day(4), from: 2, to: 3, reason: 'Three easier than expected' });
  await db.safetyEvents.add({ at: day(6), kind: 'feltMuchWorse', attemptId: full.id });
  await db.meta.put({ key: 'ladder', value: { level: 3 } });
}
