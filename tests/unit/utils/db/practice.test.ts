import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../utils/catalogue/asks';
import { getWeekStats } from '../../../../utils/db/attempts';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { loadDraft, saveDraft } from '../../../../utils/db/drafts';
import { getFlow } from '../../../../utils/db/flow';
import { actOnTodayCard, getLadderPosition, setLadderLevel } from '../../../../utils/db/ladder';
import {
  type AskRef,
  abandonAttempt,
  answerAwaiting,
  closeAsNoReply,
  commitAttempt,
  finishReflection,
  listAwaiting,
  listAwaitingFirst,
  listUnreflected,
  logOutcome,
  PracticeError,
  recordFollowUp,
  reopenAwaiting,
  startForecast,
} from '../../../../utils/db/practice';

const DAY = 86_400_000;
const now = new Date(2026, 10, 25, 18).getTime();
const ask: AskRef = {
  id: 'feedback_07',
  source: 'catalogue',
  title: 'Ask for one improvement',
  level: 3,
  category: 'feedback',
};
const forecast = {
  forecastDiscomfort: 7,
  expectedAnswer: 'no' as const,
  belief: " They'll think I'm not good enough ",
};
let db: AskAnywayDatabase;

beforeEach(() => {
  db = new AskAnywayDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('the practice loop', () => {
  it('commit → outcome → reflect → summary, with stats, flow and draft kept in step', async () => {
    await saveDraft(db, 'forecast', { belief: 'x' }, now);
    await startForecast(db, ask.id);
    const attempt = await commitAttempt(db, ask, forecast, now, 'forecast');
    expect(attempt).toMatchObject({
      state: 'committed',
      forecastDiscomfort: 7,
      belief: "They'll think I'm not good enough",
    });
    expect(await getFlow(db)).toEqual({ step: 'doing', attemptId: attempt.id });
    expect((await loadDraft(db, 'forecast')).fields).toEqual({});
    expect(await getWeekStats(db, now)).toBeUndefined(); // a commitment alone does not count

    const { attempt: done } = await logOutcome(
      db,
      attempt.id,
      { outcome: 'no', actualDiscomfort: 3 },
      now + 3_600_000,
    );
    expect(done).toMatchObject({
      state: 'answered',
      outcome: 'no',
      actualDiscomfort: 3,
      doneDay: '2026-11-25',
    });
    expect(await getWeekStats(db, now)).toMatchObject({
      attempts: 1,
      no: 1,
      rated: 1,
      forecastSum: 7,
      actualSum: 3,
    });
    expect(await getFlow(db)).toEqual({ step: 'reflect', attemptId: attempt.id });

    const reflection = {
      expected: 'A flat no',
      happened: 'A kind no',
      thoughtsFeelings: 'Shaky, then fine',
      beliefUpdate: 'Not so bad',
    };
    await finishReflection(db, attempt.id, reflection, now + 7_200_000);
    expect((await db.attempts.get(attempt.id))?.reflection).toMatchObject(reflection);
    expect(await getFlow(db)).toMatchObject({ step: 'summary', attemptId: attempt.id, decision: null });
  });

  it('refuses a forecast or rating outside 0–10', async () => {
    await expect(commitAttempt(db, ask, { ...forecast, forecastDiscomfort: 11 }, now)).rejects.toThrow(
      PracticeError,
    );
    await startForecast(db, ask.id);
    const attempt = await commitAttempt(db, ask, forecast, now);
    await expect(logOutcome(db, attempt.id, { outcome: 'yes', actualDiscomfort: -1 }, now)).rejects.toThrow(
      PracticeError,
    );
    expect((await db.attempts.get(attempt.id))?.state).toBe('committed');
  });

  it('logs an outcome only once', async () => {
    await startForecast(db, ask.id);
    const attempt = await commitAttempt(db, ask, forecast, now);
    await logOutcome(db, attempt.id, { outcome: 'yes', actualDiscomfort: 2 }, now);
    await expect(logOutcome(db, attempt.id, { outcome: 'no', actualDiscomfort: 2 }, now)).rejects.toThrow(
      PracticeError,
    );
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 1, yes: 1, no: 0 });
  });

  it('"later" leaves the reflection empty and the draft in place', async () => {
    await startForecast(db, ask.id);
    const attempt = await commitAttempt(db, ask, forecast, now);
    await logOutcome(db, attempt.id, { outcome: 'partly', actualDiscomfort: 4 }, now);
    await saveDraft(db, `reflect:${attempt.id}`, { happened: 'half-typed' }, now);
    await finishReflection(db, attempt.id, null, now, `reflect:${attempt.id}`);
    expect((await db.attempts.get(attempt.id))?.reflection).toBeUndefined();
    expect((await loadDraft(db, `reflect:${attempt.id}`)).fields).toEqual({ happened: 'half-typed' });
    expect((await listUnreflected(db, now)).map((a) => a.id)).toEqual([attempt.id]);
  });

  it('steps up after the third easy ask and reports it in the summary', async () => {
    await setLadderLevel(db, 3, now - 10 * DAY);
    for (let i = 0; i < 3; i++) {
      await startForecast(db, ask.id);
      const attempt = await commitAttempt(db, ask, forecast, now + i);
      const { decision } = await logOutcome(
        db,
        attempt.id,
        { outcome: i === 1 ? 'no' : 'yes', actualDiscomfort: 2 },
        now + i,
      );
      if (i < 2) expect(decision).toBeNull();
      else expect(decision).toMatchObject({ from: 3, to: 4, reason: { code: 'upEasy' } });
      await finishReflection(db, attempt.id, null, now + i);
    }
    expect((await getLadderPosition(db)).level).toBe(4);
    expect(await getFlow(db)).toMatchObject({ step: 'summary', decision: { to: 4 } });
  });

  it('holds the ladder for an ask logged while paused, then and after practice resumes', async () => {
    await setLadderLevel(db, 3, now - 10 * DAY);
    await startForecast(db, ask.id);
    const held = await commitAttempt(db, ask, forecast, now);
    const { decision } = await logOutcome(
      db,
      held.id,
      { outcome: 'no', actualDiscomfort: 10 },
      now,
      5,
      undefined,
      true,
    );
    expect(decision).toBeNull();
    expect(await getLadderPosition(db)).toEqual({ level: 3, since: now });
    await finishReflection(db, held.id, null, now);
    // Resumed: the first card action re-reads the ladder's rules, and the held 10 plays no part.
    const swapped = await actOnTodayCard(db, 'swap', CATALOGUE, [], now + DAY);
    expect(swapped.decision).toBeNull();
    expect((await getLadderPosition(db)).level).toBe(3);
  });
});

describe('awaiting a reply', () => {
  async function awaiting() {
    await startForecast(db, ask.id);
    const attempt = await commitAttempt(db, ask, forecast, now);
    return (await logOutcome(db, attempt.id, { outcome: 'noReply', actualDiscomfort: 5 }, now, 5)).attempt;
  }

  it('files "no reply yet" as awaiting with a follow-up day, and counts it', async () => {
    const attempt = await awaiting();
    expect(attempt).toMatchObject({ state: 'awaiting', followUpDueAt: now + 5 * DAY });
    expect(attempt.outcome).toBeUndefined();
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 1, awaiting: 1 });
    expect((await listAwaiting(db)).map((a) => a.id)).toEqual([attempt.id]);
  });

  it('takes a late answer, counted on the day of the ask', async () => {
    const attempt = await awaiting();
    await answerAwaiting(db, attempt.id, 'yes', now + 8 * DAY);
    expect(await db.attempts.get(attempt.id)).toMatchObject({
      state: 'answered',
      outcome: 'yes',
      doneDay: '2026-11-25',
    });
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 1, awaiting: 0, yes: 1 });
    expect(await getFlow(db)).toEqual({ step: 'reflect', attemptId: attempt.id });
    expect(await listAwaiting(db)).toEqual([]);
  });

  it('records one follow-up, then closes as no reply and still counts', async () => {
    const attempt = await awaiting();
    await recordFollowUp(db, attempt.id, now + 5 * DAY);
    await recordFollowUp(db, attempt.id, now + 6 * DAY);
    expect((await db.attempts.get(attempt.id))?.followUpSentAt).toBe(now + 5 * DAY);
    await closeAsNoReply(db, attempt.id, now + 12 * DAY);
    expect(await db.attempts.get(attempt.id)).toMatchObject({ state: 'closed', outcome: 'noReply' });
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 1, awaiting: 0, noReply: 1 });
    await expect(answerAwaiting(db, attempt.id, 'yes', now)).rejects.toThrow(PracticeError);
  });

  it('keeps several asks open at once', async () => {
    const a = await awaiting();
    const b = await awaiting();
    expect((await listAwaiting(db)).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('cannot be submitted twice: a second commit or reflection is refused', async () => {
    await startForecast(db, ask.id);
    const attempt = await commitAttempt(db, ask, forecast, now);
    await expect(commitAttempt(db, ask, forecast, now)).rejects.toThrow(PracticeError);
    expect(await db.attempts.count()).toBe(1);
    await logOutcome(db, attempt.id, { outcome: 'yes', actualDiscomfort: 1 }, now);
    await finishReflection(db, attempt.id, null, now);
    await expect(finishReflection(db, attempt.id, null, now)).rejects.toThrow(PracticeError);
  });

  it('lets an unfinished commitment go, and only that', async () => {
    await startForecast(db, ask.id);
    const attempt = await commitAttempt(db, ask, forecast, now);
    await abandonAttempt(db, attempt.id);
    expect(await db.attempts.count()).toBe(0);
    expect(await getFlow(db)).toEqual({ step: 'card' });
    await startForecast(db, ask.id);
    const done = await commitAttempt(db, ask, forecast, now);
    await logOutcome(db, done.id, { outcome: 'no', actualDiscomfort: 4 }, now);
    await expect(abandonAttempt(db, done.id)).rejects.toThrow(PracticeError);
  });

  it('undoes "close as no reply"', async () => {
    await startForecast(db, ask.id);
    const attempt = await commitAttempt(db, ask, forecast, now);
    await logOutcome(db, attempt.id, { outcome: 'noReply', actualDiscomfort: 4 }, now);
    await closeAsNoReply(db, attempt.id, now + DAY);
    await reopenAwaiting(db, attempt.id, now + DAY);
    expect(await db.attempts.get(attempt.id)).toMatchObject({
      state: 'awaiting',
      followUpDueAt: now + 5 * DAY,
    });
    expect((await db.attempts.get(attempt.id))?.outcome).toBeUndefined();
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 1, awaiting: 1, noReply: 0 });
  });
});

describe('listAwaitingFirst', () => {
  const waiting = (id: string, followUpDueAt?: number) => ({
    id,
    askSource: 'catalogue' as const,
    askId: 'feedback_01',
    askTitle: id,
    level: 1,
    category: 'feedback',
    state: 'awaiting' as const,
    committedAt: now,
    doneAt: now,
    doneDay: '2026-11-25',
    ...(followUpDueAt !== undefined && { followUpDueAt }),
    updatedAt: now,
  });

  it('reads the few due first, and counts them all', async () => {
    await db.attempts.bulkPut([8, 3, 6, 1, 7, 2, 5, 4].map((d) => waiting(`due-${d}`, now + d * DAY)));
    const { first, total } = await listAwaitingFirst(db, 3);
    expect(first.map((a) => a.id)).toEqual(['due-1', 'due-2', 'due-3']);
    expect(total).toBe(8);
    expect((await listAwaiting(db)).map((a) => a.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((d) => `due-${d}`),
    );
  });

  it('still lists an ask with no follow-up day (an old backup), last', async () => {
    await db.attempts.bulkPut([waiting('no-day'), waiting('due-1', now + DAY)]);
    const { first, total } = await listAwaitingFirst(db, 5);
    expect(first.map((a) => a.id)).toEqual(['due-1', 'no-day']);
    expect(total).toBe(2);
  });
});
