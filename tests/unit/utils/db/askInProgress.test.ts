import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LadderAsk } from '../../../../utils/catalogue/types';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { flowInProgress, getFlow, type PopupFlow, setFlow } from '../../../../utils/db/flow';
import { getTodayCard, pickTodayCard } from '../../../../utils/db/ladder';
import {
  type AskRef,
  backToDoing,
  closeAsNoReply,
  commitAttempt,
  logOutcome,
  openOutcome,
  PracticeError,
  recentlyClosed,
  reopenAwaiting,
  startForecast,
  UNDO_CLOSE_FOR_MS,
} from '../../../../utils/db/practice';

const DAY = 86_400_000;
const now = new Date(2026, 10, 25, 18).getTime();
const catalogue: LadderAsk[] = [1, 2, 3].flatMap((level) =>
  ['a', 'b'].map((x) => ({ id: `${x}${level}`, level, category: 'feedback', awaitsReply: true })),
);
const ref = (id: string): AskRef => ({
  id,
  source: 'catalogue',
  title: `Ask ${id}`,
  level: 1,
  category: 'feedback',
});
const forecast = { forecastDiscomfort: 5, expectedAnswer: 'yes' as const, belief: '' };
let db: AskAnywayDatabase;

beforeEach(() => {
  db = new AskAnywayDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

async function committed(id: string) {
  await startForecast(db, id);
  return commitAttempt(db, ref(id), forecast, now);
}

describe('what the popup is in the middle of', () => {
  it('is nothing on the card or a finished summary; can be let go before the ask is done, not after', () => {
    const cases: [PopupFlow, ReturnType<typeof flowInProgress>][] = [
      [{ step: 'card' }, null],
      [{ step: 'summary', attemptId: 'x', decision: null }, null],
      [
        { step: 'forecast', askId: 'a1' },
        { askId: 'a1', canLetGo: true },
      ],
      [
        { step: 'doing', attemptId: 'x' },
        { attemptId: 'x', canLetGo: true },
      ],
      [
        { step: 'answer', attemptId: 'x' },
        { attemptId: 'x', canLetGo: true },
      ],
      [
        { step: 'followUp', attemptId: 'x' },
        { attemptId: 'x', canLetGo: true },
      ],
      [
        { step: 'outcome', attemptId: 'x' },
        { attemptId: 'x', canLetGo: false },
      ],
      [
        { step: 'reflect', attemptId: 'x' },
        { attemptId: 'x', canLetGo: false },
      ],
    ];
    for (const [flow, expected] of cases) expect(flowInProgress(flow), flow.step).toEqual(expected);
  });
});

describe('making an ask today’s while another is in progress', () => {
  it('changes nothing and names the ask in progress, unless the person lets it go', async () => {
    await getTodayCard(db, catalogue, [], now);
    await setFlow(db, { step: 'forecast', askId: 'a1' });
    const before = await db.meta.get('todayCard');
    const result = await pickTodayCard(db, catalogue[1] as LadderAsk, catalogue, [], now);
    expect(result).toEqual({ ok: false, reason: 'inProgress', askId: 'a1', askTitle: null, canLetGo: true });
    expect(await getFlow(db)).toEqual({ step: 'forecast', askId: 'a1' });
    expect(await db.meta.get('todayCard')).toEqual(before);

    const chosen = await pickTodayCard(db, catalogue[1] as LadderAsk, catalogue, [], now, true);
    expect(chosen).toMatchObject({ ok: true, card: { askId: 'b1' } });
    expect(await getFlow(db)).toEqual({ step: 'card' });
  });

  it('lets a commitment not yet done go without a trace; the same ask is no conflict', async () => {
    const attempt = await committed('a1');
    const refused = await pickTodayCard(db, catalogue[1] as LadderAsk, catalogue, [], now);
    expect(refused).toMatchObject({ reason: 'inProgress', askId: 'a1', askTitle: 'Ask a1', canLetGo: true });
    expect(await db.attempts.get(attempt.id)).toBeDefined();

    await pickTodayCard(db, catalogue[1] as LadderAsk, catalogue, [], now, true);
    expect(await db.attempts.get(attempt.id)).toBeUndefined();
    expect(await db.stats.count()).toBe(0);
    expect(await getFlow(db)).toEqual({ step: 'card' });

    await setFlow(db, { step: 'forecast', askId: 'a2' });
    expect(await pickTodayCard(db, catalogue[2] as LadderAsk, catalogue, [], now)).toMatchObject({
      ok: true,
    });
    expect(await getFlow(db)).toEqual({ step: 'forecast', askId: 'a2' });
  });

  it('never lets go of an ask already done and waiting to be logged', async () => {
    const attempt = await committed('a1');
    await openOutcome(db, attempt.id);
    const result = await pickTodayCard(db, catalogue[1] as LadderAsk, catalogue, [], now, true);
    expect(result).toMatchObject({ ok: false, reason: 'inProgress', canLetGo: false });
    expect(await getFlow(db)).toEqual({ step: 'outcome', attemptId: attempt.id });
    expect(await db.attempts.get(attempt.id)).toBeDefined();
  });
});

describe('back from "How did it go?"', () => {
  it('returns to the ask while nothing is logged, and refuses once it is', async () => {
    const attempt = await committed('a1');
    await openOutcome(db, attempt.id);
    await backToDoing(db, attempt.id);
    expect(await getFlow(db)).toEqual({ step: 'doing', attemptId: attempt.id });
    await openOutcome(db, attempt.id);
    await logOutcome(db, attempt.id, { outcome: 'yes', actualDiscomfort: 3 }, now);
    await expect(backToDoing(db, attempt.id)).rejects.toBeInstanceOf(PracticeError);
  });
});

describe('the Undo of "close as no reply"', () => {
  async function awaiting(id: string) {
    const attempt = await committed(id);
    await openOutcome(db, attempt.id);
    await logOutcome(db, attempt.id, { outcome: 'noReply', actualDiscomfort: 3 }, now);
    return attempt;
  }

  it('stays on offer for a day after closing, for the last ask closed only', async () => {
    const first = await awaiting('a1');
    const second = await awaiting('a2');
    expect(await recentlyClosed(db, now)).toBeNull();
    await closeAsNoReply(db, first.id, now + DAY);
    expect(await recentlyClosed(db, now + DAY + 60_000)).toEqual({ attemptId: first.id, title: 'Ask a1' });
    await closeAsNoReply(db, second.id, now + DAY + 120_000);
    expect(await recentlyClosed(db, now + DAY + 180_000)).toEqual({ attemptId: second.id, title: 'Ask a2' });
    expect(await recentlyClosed(db, now + DAY + 120_000 + UNDO_CLOSE_FOR_MS)).not.toBeNull();
    expect(await recentlyClosed(db, now + DAY + 120_001 + UNDO_CLOSE_FOR_MS)).toBeNull();
  });

  it('is gone once undone, here or on another page', async () => {
    const attempt = await awaiting('a1');
    await closeAsNoReply(db, attempt.id, now + DAY);
    await reopenAwaiting(db, attempt.id, now + DAY + 1000);
    expect(await recentlyClosed(db, now + DAY + 2000)).toBeNull();
    expect(await db.meta.get('lastClosedNoReply')).toBeUndefined();
    // Reopened some other way (a restore, say): nothing to undo, even with the record left.
    await closeAsNoReply(db, attempt.id, now + DAY + 3000);
    await db.attempts.update(attempt.id, { state: 'awaiting' });
    expect(await recentlyClosed(db, now + DAY + 4000)).toBeNull();
  });
});
