import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LadderAsk } from '../../../../utils/catalogue/types';
import { dayKey } from '../../../../utils/dates';
import { addCustomAsk, confirmRespectChecklist, setCustomAskArchived } from '../../../../utils/db/customAsks';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import {
  actOnTodayCard,
  evaluateLadder,
  getHiddenAsks,
  getLadderPosition,
  getTodayCard,
  hideAsk,
  OUTLOOK_KEY,
  pickTodayCard,
  setLadderLevel,
  unhideAsk,
} from '../../../../utils/db/ladder';
import type { Attempt } from '../../../../utils/db/schema';

const DAY = 86_400_000;
const now = new Date(2026, 10, 24, 9).getTime();
const catalogue: LadderAsk[] = [1, 2, 3, 4, 5].flatMap((level) =>
  ['a', 'b', 'c'].map((x) => ({ id: `${x}${level}`, level, category: 'feedback', awaitsReply: false })),
);
let db: AskAnywayDatabase;

beforeEach(() => {
  db = new AskAnywayDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function rated(level: number, actual: number, at: number, forecast?: number): Attempt {
  return {
    id: crypto.randomUUID(),
    askSource: 'catalogue',
    askId: `a${level}`,
    askTitle: 'An ask',
    level,
    category: 'feedback',
    state: 'answered',
    outcome: 'no',
    committedAt: at,
    doneAt: at,
    doneDay: dayKey(at),
    actualDiscomfort: actual,
    ...(forecast !== undefined && { forecastDiscomfort: forecast }),
    updatedAt: at,
  };
}

describe('today card in the database', () => {
  it('starts at level 1 and keeps the same card for the day', async () => {
    const first = await getTodayCard(db, catalogue, [], now);
    expect(first.level).toBe(1);
    expect(await getTodayCard(db, catalogue, [], now + 3_600_000)).toEqual(first);
  });

  it('deals only asks whose needs the person said apply, swaps included', async () => {
    const needy: LadderAsk[] = catalogue.map((ask) =>
      ask.id.startsWith('c') ? ask : { ...ask, needs: ask.id.startsWith('a') ? ['manager'] : ['clients'] },
    );
    const dealt = new Set<string | null>();
    let card = await getTodayCard(db, needy, [], now, ['clients']);
    dealt.add(card.askId);
    for (let i = 0; i < 4; i++) {
      card = (await actOnTodayCard(db, 'swap', needy, [], now + i, ['clients'])).card;
      dealt.add(card.askId);
    }
    expect([...dealt].sort()).toEqual(['b1', 'c1']);
  });

  it('hides an ask for good, deals another at the same level, and Undo brings both back', async () => {
    const first = await getTodayCard(db, catalogue, [], now);
    const { previous, card } = await hideAsk(db, first.askId ?? '', catalogue, [], now);
    expect(previous).toEqual(first);
    expect(card.askId).not.toBe(first.askId);
    expect(card.level).toBe(1);
    expect((await getHiddenAsks(db)).map((h) => h.askId)).toEqual([first.askId]);
    // Not dealt again, not even on another day.
    for (let day = 1; day <= 6; day++) {
      expect((await getTodayCard(db, catalogue, [], now + day * DAY)).askId).not.toBe(first.askId);
    }
    await unhideAsk(db, first.askId ?? '', previous);
    expect(await getHiddenAsks(db)).toEqual([]);
    expect(await getTodayCard(db, catalogue, [], now)).toEqual(first);
  });

  it('leaves no card rather than deal a hidden one when nothing else fits', async () => {
    const lone: LadderAsk[] = [{ id: 'only', level: 1, category: 'feedback', awaitsReply: false }];
    await getTodayCard(db, lone, [], now);
    expect((await hideAsk(db, 'only', lone, [], now)).card.askId).toBeNull();
  });

  it('follows the stored ladder level', async () => {
    await setLadderLevel(db, 4, now);
    expect((await getTodayCard(db, catalogue, [], now)).level).toBe(4);
  });

  it('records swap, easier and not today, and keeps each across reopening', async () => {
    await setLadderLevel(db, 3, now - DAY);
    const first = await getTodayCard(db, catalogue, [], now);
    const swapped = (await actOnTodayCard(db, 'swap', catalogue, [], now)).card;
    expect(swapped.askId).not.toBe(first.askId);
    expect(await getTodayCard(db, catalogue, [], now)).toEqual(swapped);
    const easier = (await actOnTodayCard(db, 'easier', catalogue, [], now)).card;
    expect(easier.level).toBe(2);
    const rest = (await actOnTodayCard(db, 'notToday', catalogue, [], now)).card;
    expect(rest.askId).toBeNull();
    expect((await getTodayCard(db, catalogue, [], now)).askId).toBeNull();
    expect((await db.cardEvents.toArray()).map((e) => e.action)).toEqual(['swap', 'easier', 'notToday']);
    const tomorrow = await getTodayCard(db, catalogue, [], now + DAY);
    expect(tomorrow).toMatchObject({ level: 3, notToday: false });
  });

  it('does not offer an ask swapped away in the last 14 days while others exist', async () => {
    await setLadderLevel(db, 3, now - DAY);
    const first = await getTodayCard(db, catalogue, [], now);
    await actOnTodayCard(db, 'swap', catalogue, [], now);
    for (let d = 1; d < 14; d++) {
      expect((await getTodayCard(db, catalogue, [], now + d * DAY)).askId).not.toBe(first.askId);
    }
  });

  it('lets the user pick an ask up to one level above theirs', async () => {
    await setLadderLevel(db, 2, now - DAY);
    expect(await pickTodayCard(db, catalogue[6] as LadderAsk, catalogue, [], now)).toMatchObject({
      ok: true,
    });
    expect((await getTodayCard(db, catalogue, [], now)).askId).toBe('a3');
    expect(await pickTodayCard(db, catalogue[9] as LadderAsk, catalogue, [], now)).toEqual({
      ok: false,
      reason: 'tooHigh',
      maxLevel: 3,
    });
  });

  it('offers custom asks like catalogue asks, and stops once they are archived', async () => {
    await confirmRespectChecklist(db, now);
    const mine = await addCustomAsk(
      db,
      {
        title: 'Mine',
        whatToDo: 'Do it',
        doneWhen: 'Sent',
        level: 1,
        category: 'feedback',
        awaitsReply: false,
      },
      now,
    );
    expect(await pickTodayCard(db, mine, [], [], now)).toMatchObject({ ok: true });
    expect((await getTodayCard(db, [], [], now)).askId).toBe(mine.id);
    await setCustomAskArchived(db, mine.id, true, now);
    expect((await getTodayCard(db, [], [], now)).askId).toBeNull();
  });
});

describe('evaluateLadder', () => {
  it('steps up after three easy asks at the level, once, with a reason and an event', async () => {
    await setLadderLevel(db, 3, now - 10 * DAY);
    await db.attempts.bulkPut([
      rated(3, 2, now - 3 * DAY),
      rated(3, 4, now - 2 * DAY, 8),
      rated(3, 1, now - DAY),
    ]);
    expect(await evaluateLadder(db, now)).toEqual({ from: 3, to: 4, reason: { code: 'upEasy', count: 3 } });
    expect(await getLadderPosition(db)).toEqual({ level: 4, since: now });
    expect(await evaluateLadder(db, now + 1)).toBeNull();
    expect((await db.ladderEvents.toArray()).at(-1)).toMatchObject({ from: 3, to: 4, reason: 'upEasy' });
  });

  it('keeps its outlook for pages that show what moves the ladder next', async () => {
    const outlook = async () => (await db.meta.get(OUTLOOK_KEY))?.value;
    await setLadderLevel(db, 3, now - 10 * DAY);
    expect(await outlook()).toEqual({ from: 3, to: 3, reason: { code: 'stayProgress', easy: 0, needed: 3 } });
    await db.attempts.bulkPut([rated(3, 2, now - 3 * DAY), rated(3, 4, now - 2 * DAY, 8)]);
    expect(await evaluateLadder(db, now - DAY)).toBeNull();
    expect(await outlook()).toEqual({ from: 3, to: 3, reason: { code: 'stayProgress', easy: 2, needed: 3 } });
    await db.attempts.put(rated(3, 1, now - DAY / 2));
    expect(await evaluateLadder(db, now)).toMatchObject({ from: 3, to: 4 });
    // After the move, progress at level 4 starts from nothing.
    expect(await outlook()).toEqual({ from: 4, to: 4, reason: { code: 'stayProgress', easy: 0, needed: 3 } });
  });

  it('steps down after repeated skipping with no attempt', async () => {
    await setLadderLevel(db, 4, now - 30 * DAY);
    let decision = null;
    for (let d = 0; d < 4; d++) {
      decision = (await actOnTodayCard(db, 'notToday', catalogue, [], now + d * DAY)).decision;
    }
    expect(decision).toMatchObject({ from: 4, to: 3, reason: { code: 'downAvoidance' } });
  });

  it('counts a hard ask once: one step down, not a second on the next evaluation', async () => {
    await setLadderLevel(db, 5, now - 10 * DAY);
    await db.attempts.put(rated(5, 9, now - DAY));
    expect(await evaluateLadder(db, now - DAY)).toMatchObject({ from: 5, to: 4 });
    expect(await evaluateLadder(db, now)).toEqual(null);
    await actOnTodayCard(db, 'swap', catalogue, [], now);
    expect((await getLadderPosition(db)).level).toBe(4);
  });

  it('refuses to make an ask awaiting a reply today’s card', async () => {
    await db.attempts.put({ ...rated(1, 3, now - DAY), askId: 'a1', state: 'awaiting', outcome: undefined });
    expect(await pickTodayCard(db, catalogue[0] as LadderAsk, catalogue, [], now)).toEqual({
      ok: false,
      reason: 'awaiting',
    });
  });
});
