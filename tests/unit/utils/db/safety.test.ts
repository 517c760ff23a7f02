import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayKey } from '../../../../utils/dates';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { getLadderPosition, setLadderLevel } from '../../../../utils/db/ladder';
import { answerConcern, noticeConcern, readOpenConcern } from '../../../../utils/db/safety';
import type { Attempt, CardAction, CardEvent, SafetyEvent } from '../../../../utils/db/schema';
import { concernOf, OPEN_FOR_MS } from '../../../../utils/safety/concernRows';

const DAY = 86_400_000;
const now = new Date(2026, 10, 24, 9).getTime();
let db: AskAnywayDatabase;

beforeEach(() => {
  db = new AskAnywayDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function rated(
  actual: number | undefined,
  at: number,
  forecast?: number,
  id: string = crypto.randomUUID(),
): Attempt {
  return {
    id,
    askSource: 'catalogue',
    askId: 'a3',
    askTitle: 'An ask',
    level: 3,
    category: 'feedback',
    state: 'answered',
    outcome: 'no',
    committedAt: at,
    doneAt: at,
    doneDay: dayKey(at),
    ...(actual !== undefined && { actualDiscomfort: actual }),
    ...(forecast !== undefined && { forecastDiscomfort: forecast }),
    updatedAt: at,
  };
}

function cardEvent(action: CardAction, at: number): CardEvent {
  return { at, day: dayKey(at), askId: 'a1', action };
}

/** Five asks at 2 three weeks back, then five at 6 in the last week: discomfort rising. */
function risingHistory(): Attempt[] {
  return [
    ...[20, 19, 18, 17, 16].map((d) => rated(2, now - d * DAY)),
    ...[5, 4, 3, 2, 1].map((d) => rated(6, now - d * DAY)),
  ];
}

const rows = () => db.safetyEvents.toArray();

describe('noticeConcern', () => {
  it('says nothing and writes nothing on an empty history', async () => {
    expect(await noticeConcern(db, now)).toBeNull();
    expect(await rows()).toEqual([]);
    expect(await readOpenConcern(db, now)).toBeNull();
  });

  it('says nothing and writes nothing on a calm history', async () => {
    await setLadderLevel(db, 3, now - 30 * DAY);
    await db.attempts.bulkPut([
      rated(3, now - 3 * DAY, 5),
      rated(8, now - 2 * DAY, 5), // 8, but only 3 above its forecast
      rated(undefined, now - DAY),
      rated(10, now - 8 * DAY), // hard, but outside the 7-day window
    ]);
    await db.cardEvents.bulkAdd([cardEvent('notToday', now - DAY), cardEvent('easier', now - 2 * DAY)]);
    expect(await noticeConcern(db, now)).toBeNull();
    expect(await rows()).toEqual([]);
  });

  it('names an ask that felt much worse, records it once at its level, and keeps it open', async () => {
    await setLadderLevel(db, 3, now - 30 * DAY);
    await db.attempts.put(rated(10, now - 2 * DAY, 4, 'hard'));

    const first = await noticeConcern(db, now);
    expect(first).toEqual({
      eventId: expect.any(Number),
      at: now,
      level: 3,
      concern: { kind: 'feltMuchWorse', attemptId: 'hard', actual: 10, forecast: 4 },
    });
    expect(await rows()).toEqual([
      {
        id: first?.eventId,
        at: now,
        kind: 'feltMuchWorse',
        level: 3,
        attemptId: 'hard',
        actual: 10,
        forecast: 4,
      },
    ]);

    expect(await noticeConcern(db, now)).toEqual(first);
    expect(await noticeConcern(db, now + 3_600_000)).toEqual(first);
    expect(await noticeConcern(db, now + OPEN_FOR_MS - 1)).toEqual(first);
    expect(await readOpenConcern(db, now + 5 * 3_600_000)).toEqual(first);
    expect(await rows()).toHaveLength(1);
  });

  it('counts an ask 4 above its forecast and at least 8 as much worse', async () => {
    await setLadderLevel(db, 2, now - 30 * DAY);
    await db.attempts.put(rated(8, now - DAY, 4, 'jump'));
    expect((await noticeConcern(db, now))?.concern).toEqual({
      kind: 'feltMuchWorse',
      attemptId: 'jump',
      actual: 8,
      forecast: 4,
    });
  });

  it('at the first level, the same history is distress at the bottom', async () => {
    await db.attempts.put(rated(10, now - 2 * DAY, 4, 'hard'));
    expect((await getLadderPosition(db)).level).toBe(1);
    const open = await noticeConcern(db, now);
    expect(open).toEqual({
      eventId: expect.any(Number),
      at: now,
      level: 1,
      concern: { kind: 'distressAtBottom', because: 'feltMuchWorse', attemptId: 'hard' },
    });
    expect(await rows()).toEqual([
      {
        id: open?.eventId,
        at: now,
        kind: 'distressAtBottom',
        level: 1,
        because: 'feltMuchWorse',
        attemptId: 'hard',
      },
    ]);
    expect(await noticeConcern(db, now + 3_600_000)).toEqual(open);
    expect(await rows()).toHaveLength(1);
  });

  it('after "carry on", stays quiet for the rest of the week and writes nothing', async () => {
    await setLadderLevel(db, 3, now - 30 * DAY);
    await db.attempts.put(rated(10, now - 2 * DAY));
    const open = await noticeConcern(db, now);
    if (!open) throw new Error('expected a concern');

    expect(await answerConcern(db, open.eventId, 'carryOn', now + 60_000)).toEqual({
      level: 3,
      recorded: true,
    });
    expect(await readOpenConcern(db, now + 60_000)).toBeNull();
    expect(await noticeConcern(db, now + 60_000)).toBeNull();
    expect(await noticeConcern(db, now + 3 * DAY)).toBeNull();
    expect(await noticeConcern(db, now + 7 * DAY - 1)).toBeNull();
    expect(await readOpenConcern(db, now + 3 * DAY)).toBeNull();
    expect(await rows()).toEqual([expect.objectContaining({ choice: 'carryOn', choiceAt: now + 60_000 })]);
    expect((await getLadderPosition(db)).level).toBe(3);
  });

  it('a new hard ask after the week is out speaks again, as a new row', async () => {
    await setLadderLevel(db, 3, now - 30 * DAY);
    await db.attempts.put(rated(10, now - 2 * DAY, undefined, 'first'));
    const open = await noticeConcern(db, now);
    if (!open) throw new Error('expected a concern');
    await answerConcern(db, open.eventId, 'carryOn', now);
    await db.attempts.put(rated(9, now + 7 * DAY, undefined, 'second'));
    const again = await noticeConcern(db, now + 7 * DAY + 1);
    expect(again?.concern).toEqual({ kind: 'feltMuchWorse', attemptId: 'second', actual: 9 });
    expect(again?.eventId).not.toBe(open.eventId);
    expect(await rows()).toHaveLength(2);
  });

  it('an unanswered concern goes after a day and is not spoken again inside its window', async () => {
    await setLadderLevel(db, 3, now - 30 * DAY);
    await db.attempts.put(rated(10, now - 2 * DAY));
    const open = await noticeConcern(db, now);
    expect(open).not.toBeNull();

    expect(await readOpenConcern(db, now + OPEN_FOR_MS - 1)).toEqual(open);
    expect(await readOpenConcern(db, now + OPEN_FOR_MS)).toBeNull();
    expect(await noticeConcern(db, now + OPEN_FOR_MS)).toBeNull();
    expect(await noticeConcern(db, now + 3 * DAY)).toBeNull();
    // A second hard ask inside the same window is not spoken of either.
    await db.attempts.put(rated(10, now + 4 * DAY));
    expect(await noticeConcern(db, now + 4 * DAY + 1)).toBeNull();
    const [row] = await rows();
    expect(await rows()).toHaveLength(1);
    expect(row?.choice).toBeUndefined();
  });

  it('does not see a concern spoken in the future as open', async () => {
    await setLadderLevel(db, 3, now - 30 * DAY);
    await db.attempts.put(rated(10, now - 2 * DAY));
    await noticeConcern(db, now);
    expect(await readOpenConcern(db, now - 1)).toBeNull();
  });
});

describe('answerConcern', () => {
  it('"step down" at level 3 moves the ladder to 2, once, with its reason', async () => {
    await setLadderLevel(db, 3, now - 30 * DAY);
    await db.attempts.put(rated(10, now - 2 * DAY));
    const open = await noticeConcern(db, now);
    if (!open) throw new Error('expected a concern');
    const eventsBefore = await db.ladderEvents.count();

    expect(await answerConcern(db, open.eventId, 'stepDown', now + 60_000)).toEqual({
      level: 2,
      recorded: true,
    });
    expect(await getLadderPosition(db)).toEqual({ level: 2, since: now + 60_000 });
    const ladderEvents = await db.ladderEvents.toArray();
    expect(ladderEvents).toHaveLength(eventsBefore + 1);
    expect(ladderEvents.at(-1)).toMatchObject({ at: now + 60_000, from: 3, to: 2, reason: 'safetyStepDown' });
    expect(await db.safetyEvents.get(open.eventId)).toMatchObject({
      kind: 'feltMuchWorse',
      level: 3,
      choice: 'stepDown',
      choiceAt: now + 60_000,
    });
    expect(await readOpenConcern(db, now + 60_000)).toBeNull();

    // Answering again changes nothing, whatever the choice.
    for (const choice of ['stepDown', 'pause', 'carryOn'] as const) {
      expect(await answerConcern(db, open.eventId, choice, now + 120_000)).toEqual({
        level: 2,
        recorded: false,
      });
    }
    expect((await getLadderPosition(db)).level).toBe(2);
    expect(await db.ladderEvents.count()).toBe(eventsBefore + 1);
    expect(await db.safetyEvents.get(open.eventId)).toMatchObject({
      choice: 'stepDown',
      choiceAt: now + 60_000,
    });
    // And the step down does not make the card speak again about the same ask.
    expect(await noticeConcern(db, now + 120_000)).toBeNull();
  });

  it('"step down" at the first level leaves the level at 1 and adds no ladder event', async () => {
    await db.attempts.put(rated(10, now - 2 * DAY));
    const open = await noticeConcern(db, now);
    if (!open) throw new Error('expected a concern');
    expect(open.concern.kind).toBe('distressAtBottom');

    expect(await answerConcern(db, open.eventId, 'stepDown', now + 60_000)).toEqual({
      level: 1,
      recorded: true,
    });
    expect((await getLadderPosition(db)).level).toBe(1);
    expect(await db.ladderEvents.count()).toBe(0);
    expect(await db.safetyEvents.get(open.eventId)).toMatchObject({
      choice: 'stepDown',
      choiceAt: now + 60_000,
    });
  });

  it('"pause" records the choice and leaves the ladder alone', async () => {
    await setLadderLevel(db, 4, now - 30 * DAY);
    await db.attempts.put(rated(9, now - DAY));
    const open = await noticeConcern(db, now);
    if (!open) throw new Error('expected a concern');
    const eventsBefore = await db.ladderEvents.count();
    expect(await answerConcern(db, open.eventId, 'pause', now + 1)).toEqual({ level: 4, recorded: true });
    expect((await getLadderPosition(db)).level).toBe(4);
    expect(await db.ladderEvents.count()).toBe(eventsBefore);
    expect(await db.safetyEvents.get(open.eventId)).toMatchObject({ choice: 'pause', choiceAt: now + 1 });
  });

  it('an unknown event changes nothing and returns the current level', async () => {
    await setLadderLevel(db, 3, now - 30 * DAY);
    expect(await answerConcern(db, 999, 'stepDown', now)).toEqual({ level: 3, recorded: false });
    expect((await getLadderPosition(db)).level).toBe(3);
    expect(await rows()).toEqual([]);
  });
});

describe('avoidance', () => {
  it('four easier or not-today skips in two weeks, with no ask done, is avoidance', async () => {
    await setLadderLevel(db, 3, now - 60 * DAY);
    await db.attempts.put(rated(3, now - 20 * DAY)); // done, but before the window
    await db.cardEvents.bulkAdd([
      cardEvent('easier', now - 10 * DAY),
      cardEvent('notToday', now - 6 * DAY),
      cardEvent('easier', now - 3 * DAY),
      cardEvent('notToday', now - DAY),
    ]);
    const open = await noticeConcern(db, now);
    expect(open).toEqual({
      eventId: expect.any(Number),
      at: now,
      level: 3,
      concern: { kind: 'avoidance', skips: 4, days: 14 },
    });
    expect(await rows()).toEqual([{ id: open?.eventId, at: now, kind: 'avoidance', level: 3, skips: 4 }]);
  });

  it('does not count swap, shown or pick, nor skips older than two weeks', async () => {
    await setLadderLevel(db, 3, now - 60 * DAY);
    await db.cardEvents.bulkAdd([
      cardEvent('notToday', now - 15 * DAY),
      cardEvent('easier', now - 9 * DAY),
      cardEvent('notToday', now - 5 * DAY),
      cardEvent('easier', now - 2 * DAY),
      ...(['swap', 'shown', 'pick'] as const).flatMap((action) => [
        cardEvent(action, now - 4 * DAY),
        cardEvent(action, now - DAY),
      ]),
    ]);
    expect(await noticeConcern(db, now)).toBeNull();
    expect(await rows()).toEqual([]);

    await db.cardEvents.add(cardEvent('notToday', now - 3_600_000));
    expect((await noticeConcern(db, now))?.concern).toEqual({ kind: 'avoidance', skips: 4, days: 14 });
  });

  it('is not avoidance when an ask was done in the last two weeks', async () => {
    await setLadderLevel(db, 3, now - 60 * DAY);
    await db.attempts.put(rated(3, now - 13 * DAY));
    await db.cardEvents.bulkAdd([1, 2, 3, 4, 5].map((d) => cardEvent('notToday', now - d * DAY)));
    expect(await noticeConcern(db, now)).toBeNull();
    expect(await rows()).toEqual([]);
  });
});

describe('readOpenConcern', () => {
  it('ignores answered rows and kinds that are not concerns', async () => {
    await db.safetyEvents.bulkAdd([
      { at: now - 2_000, kind: 'avoidance', level: 2, skips: 4 },
      { at: now - 1_000, kind: 'steppedDown', level: 2 },
      { at: now - 500, kind: 'feltMuchWorse', level: 2, attemptId: 'x', actual: 9, choice: 'carryOn' },
    ]);
    const open = await readOpenConcern(db, now);
    expect(open).toMatchObject({ at: now - 2_000, level: 2, concern: { kind: 'avoidance', skips: 4 } });
  });

  it('shows the newest of two open concerns', async () => {
    await db.safetyEvents.bulkAdd([
      { at: now - 2_000, kind: 'avoidance', level: 2, skips: 4 },
      { at: now - 1_000, kind: 'feltMuchWorse', level: 2, attemptId: 'x', actual: 9 },
    ]);
    expect((await readOpenConcern(db, now))?.concern.kind).toBe('feltMuchWorse');
  });
});

describe('concernOf', () => {
  /** Notices a concern, then reads its row back: what the card shows must be what the row says. */
  async function roundTrip(level: number, attempts: Attempt[], events: CardEvent[] = []) {
    if (level !== 1) await setLadderLevel(db, level, now - 60 * DAY);
    await db.attempts.bulkPut(attempts);
    await db.cardEvents.bulkAdd(events);
    const open = await noticeConcern(db, now);
    if (!open) throw new Error('expected a concern');
    const row = (await db.safetyEvents.get(open.eventId)) as SafetyEvent;
    expect(row.level).toBe(level);
    expect(concernOf(row)).toEqual(open.concern);
    expect(await readOpenConcern(db, now)).toEqual(open);
    return open.concern;
  }

  it('feltMuchWorse, with a forecast', async () => {
    expect(await roundTrip(3, [rated(9, now - DAY, 2, 'f')])).toEqual({
      kind: 'feltMuchWorse',
      attemptId: 'f',
      actual: 9,
      forecast: 2,
    });
  });

  it('feltMuchWorse, without a forecast', async () => {
    const concern = await roundTrip(3, [rated(10, now - DAY, undefined, 'f')]);
    expect(concern).toEqual({ kind: 'feltMuchWorse', attemptId: 'f', actual: 10 });
    expect('forecast' in concern).toBe(false);
  });

  it('risingDiscomfort', async () => {
    expect(await roundTrip(3, risingHistory())).toEqual({
      kind: 'risingDiscomfort',
      recentMean: 6,
      earlierMean: 2,
    });
  });

  it('avoidance', async () => {
    const skips = [1, 2, 3, 4, 5].map((d) => cardEvent(d % 2 ? 'easier' : 'notToday', now - d * DAY));
    expect(await roundTrip(3, [], skips)).toEqual({ kind: 'avoidance', skips: 5, days: 14 });
  });

  it('distressAtBottom, because of a hard ask', async () => {
    expect(await roundTrip(1, [rated(10, now - DAY, undefined, 'f')])).toEqual({
      kind: 'distressAtBottom',
      because: 'feltMuchWorse',
      attemptId: 'f',
    });
  });

  it('distressAtBottom, because discomfort is rising', async () => {
    const concern = await roundTrip(1, risingHistory());
    expect(concern).toEqual({ kind: 'distressAtBottom', because: 'risingDiscomfort' });
    expect('attemptId' in concern).toBe(false);
  });

  it('is null for a row that is not a concern', () => {
    expect(concernOf({ at: now, kind: 'steppedDown', level: 2 })).toBeNull();
  });
});

describe('one check-in about the same asks', () => {
  it('after answering a hard-ask card, the rising trend in the same asks is not spoken of', async () => {
    await setLadderLevel(db, 4, now - 30 * DAY);
    await db.attempts.bulkPut([...risingHistory(), rated(10, now - 3_600_000)]);
    const first = await noticeConcern(db, now);
    expect(first?.concern.kind).toBe('feltMuchWorse');
    await answerConcern(db, first?.eventId ?? 0, 'carryOn', now + 60_000);
    expect(await noticeConcern(db, now + 120_000)).toBeNull();
    expect(await rows()).toHaveLength(1);
  });

  it('an avoidance card still open gives way once an ask is done after it', async () => {
    await setLadderLevel(db, 4, now - 30 * DAY);
    await db.cardEvents.bulkAdd([1, 2, 3, 4].map((d) => cardEvent('notToday', now - d * DAY)));
    const avoidance = await noticeConcern(db, now);
    expect(avoidance?.concern.kind).toBe('avoidance');
    // Unanswered, and then an ask that felt 10: that is what is spoken of now.
    await db.attempts.put(rated(10, now + 3_600_000));
    const hard = await noticeConcern(db, now + 2 * 3_600_000);
    expect(hard?.concern.kind).toBe('feltMuchWorse');
    expect(await rows()).toHaveLength(2);
    // An easy ask after it instead: the avoidance card is simply no longer open.
    await db.safetyEvents.clear();
    await db.attempts.clear();
    const again = await noticeConcern(db, now);
    expect(again?.concern.kind).toBe('avoidance');
    await db.attempts.put(rated(2, now + 3_600_000));
    expect(await noticeConcern(db, now + 2 * 3_600_000)).toBeNull();
  });
});
