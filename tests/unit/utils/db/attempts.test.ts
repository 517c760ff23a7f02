import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttemptEdit } from '../../../../utils/attemptEdit';
import { dayKey } from '../../../../utils/dates';
import {
  AttemptMissingError,
  deleteAttempt,
  editAttempt,
  getWeekStats,
  importAttempts,
  putAttempt,
  rebuildAllStats,
  restoreAttempt,
  verifyStats,
} from '../../../../utils/db/attempts';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { loadDraft, saveDraft } from '../../../../utils/db/drafts';
import { getFlow, setFlow } from '../../../../utils/db/flow';
import type { Attempt, Outcome, StatRow } from '../../../../utils/db/schema';
import { rebuildStats } from '../../../../utils/stats';

let db: AskAnywayDatabase;
const now = new Date(2026, 10, 25, 18, 30).getTime(); // a Wednesday

function done(outcome: Outcome | 'awaiting', at = now): Attempt {
  return {
    id: crypto.randomUUID(),
    askSource: 'catalogue',
    askId: 'feedback_01',
    askTitle: 'Asked for feedback',
    level: 2,
    category: 'feedback',
    state: outcome === 'awaiting' ? 'awaiting' : 'answered',
    committedAt: at,
    doneAt: at,
    doneDay: dayKey(at),
    ...(outcome !== 'awaiting' && { outcome }),
    updatedAt: at,
  };
}

beforeEach(() => {
  db = new AskAnywayDatabase(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('putAttempt', () => {
  it('stores the attempt and counts it for its week', async () => {
    const attempt = done('no');
    await putAttempt(db, attempt);
    expect(await db.attempts.get(attempt.id)).toEqual(attempt);
    expect(await getWeekStats(db, now)).toMatchObject({ key: 'week:2026-11-23', attempts: 1, no: 1 });
  });

  it('counts an attempt awaiting a reply as awaiting, then moves it to its answer', async () => {
    const attempt = done('awaiting');
    await putAttempt(db, attempt);
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 1, awaiting: 1 });
    await putAttempt(db, { ...attempt, state: 'answered', outcome: 'yes' });
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 1, awaiting: 0, yes: 1 });
  });

  it('deletes the draft in the same transaction', async () => {
    await saveDraft(db, 'popup:forecast:feedback_01', { belief: 'x' }, now);
    await putAttempt(db, done('yes'), 'popup:forecast:feedback_01');
    expect((await loadDraft(db, 'popup:forecast:feedback_01')).fields).toEqual({});
  });

  it('keeps the draft and writes nothing when the aggregate write fails', async () => {
    await saveDraft(db, 'popup:forecast:feedback_01', { belief: 'x' }, now);
    vi.spyOn(db.stats, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(putAttempt(db, done('yes'), 'popup:forecast:feedback_01')).rejects.toThrow(
      'QuotaExceededError',
    );
    expect(await db.attempts.count()).toBe(0);
    expect((await loadDraft(db, 'popup:forecast:feedback_01')).fields).toEqual({ belief: 'x' });
  });

  it('counts next week separately', async () => {
    await putAttempt(db, done('yes'));
    const nextMonday = new Date(2026, 10, 30, 9).getTime();
    await putAttempt(db, done('partly', nextMonday));
    expect((await getWeekStats(db, now))?.attempts).toBe(1);
    expect((await getWeekStats(db, nextMonday))?.attempts).toBe(1);
  });
});

describe('rebuildAllStats', () => {
  it('repairs corrupted aggregates from history', async () => {
    await putAttempt(db, done('yes'));
    await putAttempt(db, done('no'));
    const week = await getWeekStats(db, now);
    if (!week) throw new Error('no week row');
    await db.stats.put({ ...week, attempts: 99 });
    await rebuildAllStats(db);
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 2, yes: 1, no: 1 });
  });
});

describe('verifyStats (the background repair)', () => {
  const DAY = 86_400_000;
  const history = () => [done('yes'), done('no', now - 8 * DAY), done('awaiting', now - DAY)];
  const expectedRows = async () => rebuildStats(await db.attempts.toArray());

  it('puts right a wrong row, a missing row and an extra row', async () => {
    await importAttempts(db, history());
    const rows = await db.stats.toArray();
    const week = rows.find((r) => r.key.startsWith('week:'));
    const day = rows.find((r) => r.key.startsWith('day:'));
    if (!week || !day) throw new Error('seed rows missing');
    await db.stats.put({ ...week, attempts: 99 });
    await db.stats.delete(day.key);
    await db.stats.put({ ...week, key: 'week:1999-01-04' });

    expect(await verifyStats(db, now)).toBe(true);
    const repaired = new Map((await db.stats.toArray()).map((r) => [r.key, r]));
    expect(repaired).toEqual(await expectedRows());
  });

  it('leaves correct aggregates alone', async () => {
    await importAttempts(db, history());
    expect(await verifyStats(db, now)).toBe(false);
  });

  it('checks only the total later the same day, and repairs when it disagrees', async () => {
    await importAttempts(db, history());
    expect(await verifyStats(db, now)).toBe(false);
    const total = await db.stats.get('all');
    if (!total) throw new Error('no total');
    await db.stats.put({ ...total, attempts: 1 });
    expect(await verifyStats(db, now + 60_000)).toBe(true);
    expect((await db.stats.get('all'))?.attempts).toBe(3);
  });

  it('rebuilds aggregates that are missing altogether', async () => {
    await importAttempts(db, history());
    await db.stats.clear();
    expect(await verifyStats(db, now)).toBe(true);
    expect((await getWeekStats(db, now))?.attempts).toBe(2); // today's and yesterday's
  });
});

/** The aggregates as stored, by key. */
async function storedStats(): Promise<Map<string, StatRow>> {
  return new Map((await db.stats.toArray()).map((row) => [row.key, row]));
}

const NO_WORDS = { expected: '', happened: '', thoughtsFeelings: '', beliefUpdate: '' };

describe('editAttempt', () => {
  const rated = (outcome: Outcome | 'awaiting'): Attempt => ({
    ...done(outcome),
    forecastDiscomfort: 7,
    actualDiscomfort: 5,
    expectedAnswer: 'no',
    belief: 'They will say no',
  });
  const edit = (patch: Partial<AttemptEdit>): AttemptEdit => ({
    actualDiscomfort: 5,
    reflection: NO_WORDS,
    ...patch,
  });

  it('moves the answer and the rating in every aggregate, as a rebuild from history would', async () => {
    const attempt = rated('no');
    await importAttempts(db, [attempt, done('yes', now - 86_400_000 * 9)]);
    await editAttempt(db, attempt.id, edit({ outcome: 'yes', actualDiscomfort: 2 }), now + 1);
    expect(await getWeekStats(db, now)).toMatchObject({
      attempts: 1,
      yes: 1,
      no: 0,
      rated: 1,
      forecastSum: 7,
      actualSum: 2,
      expected: 1,
      expectedMet: 0,
    });
    expect(await storedStats()).toEqual(rebuildStats(await db.attempts.toArray()));
  });

  it('closes an answered ask as no reply, and takes it back to an answer', async () => {
    const attempt = rated('partly');
    await putAttempt(db, attempt);
    const closed = await editAttempt(db, attempt.id, edit({ outcome: 'noReply' }), now + 1);
    expect(closed).toMatchObject({ state: 'closed', outcome: 'noReply' });
    expect(await getWeekStats(db, now)).toMatchObject({ partly: 0, noReply: 1, expected: 0 });
    await editAttempt(db, attempt.id, edit({ outcome: 'no' }), now + 2);
    expect(await getWeekStats(db, now)).toMatchObject({ no: 1, noReply: 0, expected: 1, expectedMet: 1 });
  });

  it('corrects the rating of an ask still waiting, which keeps waiting', async () => {
    const attempt = rated('awaiting');
    await putAttempt(db, attempt);
    const after = await editAttempt(db, attempt.id, edit({ outcome: 'yes', actualDiscomfort: 9 }), now + 1);
    expect(after).toMatchObject({ state: 'awaiting', actualDiscomfort: 9 });
    expect(after.outcome).toBeUndefined();
    expect(await getWeekStats(db, now)).toMatchObject({ awaiting: 1, yes: 0, actualSum: 9 });
  });

  it('rewrites the reflection, keeps when it was first written, and removes the draft', async () => {
    const attempt = {
      ...rated('yes'),
      reflection: { ...NO_WORDS, happened: 'A quick yes', reflectedAt: now - 5 },
    };
    await putAttempt(db, attempt);
    await saveDraft(db, `attempt-edit:${attempt.id}`, { happened: 'A slow yes' }, now);
    const words = { ...NO_WORDS, happened: 'A slow yes', beliefUpdate: 'Asking is fine' };
    const after = await editAttempt(
      db,
      attempt.id,
      edit({ outcome: 'yes', reflection: words }),
      now + 1,
      `attempt-edit:${attempt.id}`,
    );
    expect(after.reflection).toEqual({ ...words, reflectedAt: now - 5 });
    expect(after.updatedAt).toBe(now + 1);
    expect((await loadDraft(db, `attempt-edit:${attempt.id}`)).fields).toEqual({});
  });

  it('removes a reflection emptied of every word', async () => {
    const attempt = { ...rated('yes'), reflection: { ...NO_WORDS, happened: 'x', reflectedAt: now } };
    await putAttempt(db, attempt);
    const after = await editAttempt(
      db,
      attempt.id,
      edit({ outcome: 'yes', reflection: { ...NO_WORDS, happened: '  ' } }),
      now,
    );
    expect(after.reflection).toBeUndefined();
  });

  it('refuses an ask that is gone, and writes nothing when the aggregates cannot be written', async () => {
    await expect(editAttempt(db, 'gone', edit({}), now)).rejects.toBeInstanceOf(AttemptMissingError);
    const attempt = rated('no');
    await putAttempt(db, attempt);
    vi.spyOn(db.stats, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(editAttempt(db, attempt.id, edit({ outcome: 'yes' }), now + 1)).rejects.toThrow();
    expect(await db.attempts.get(attempt.id)).toEqual(attempt);
    expect(await getWeekStats(db, now)).toMatchObject({ no: 1, yes: 0 });
  });
});

describe('deleteAttempt and restoreAttempt (Undo)', () => {
  const history = () => [
    { ...done('yes'), belief: 'They will laugh', forecastDiscomfort: 6, actualDiscomfort: 2 },
    done('no', now - 86_400_000),
    done('awaiting', now - 86_400_000 * 8),
  ];

  it('removes the attempt and its share of every aggregate: what a rebuild from history makes', async () => {
    const rows = history();
    await importAttempts(db, rows);
    const [first] = rows;
    if (!first) throw new Error('no history');
    await deleteAttempt(db, first.id);
    expect(await db.attempts.get(first.id)).toBeUndefined();
    expect(await storedStats()).toEqual(rebuildStats(await db.attempts.toArray()));
    // Its belief and its day had no other attempt: their rows are gone, not left at 0.
    expect(await db.stats.get('belief:They will laugh')).toBeUndefined();
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 1, yes: 0, no: 1 });
  });

  it('puts back exactly the same row and aggregates on Undo', async () => {
    const rows = history();
    await importAttempts(db, rows);
    const before = await storedStats();
    for (const attempt of rows) {
      const deleted = await deleteAttempt(db, attempt.id);
      await restoreAttempt(db, deleted);
      expect(await db.attempts.get(attempt.id)).toEqual(attempt);
      expect(await storedStats()).toEqual(before);
    }
    // Putting back twice changes nothing.
    const [first] = rows;
    if (!first) throw new Error('no history');
    const deleted = await deleteAttempt(db, first.id);
    await restoreAttempt(db, deleted);
    await restoreAttempt(db, deleted);
    expect(await storedStats()).toEqual(before);
  });

  it('sends the popup back to the card when its flow is on the attempt, and Undo brings it back', async () => {
    const attempt = done('yes');
    await putAttempt(db, attempt);
    const summary = { step: 'summary' as const, attemptId: attempt.id, decision: null };
    await setFlow(db, summary);
    const deleted = await deleteAttempt(db, attempt.id);
    expect(await getFlow(db)).toEqual({ step: 'card' });
    await restoreAttempt(db, deleted);
    expect(await getFlow(db)).toEqual(summary);
  });

  it('leaves the flow alone when it is on another ask, and Undo never pushes an ask begun since aside', async () => {
    const attempt = done('yes');
    await putAttempt(db, attempt);
    await setFlow(db, { step: 'summary', attemptId: attempt.id, decision: null });
    const deleted = await deleteAttempt(db, attempt.id);
    await setFlow(db, { step: 'forecast', askId: 'feedback_02' });
    await restoreAttempt(db, deleted);
    expect(await getFlow(db)).toEqual({ step: 'forecast', askId: 'feedback_02' });

    const other = done('no');
    await putAttempt(db, other);
    await deleteAttempt(db, other.id);
    expect(await getFlow(db)).toEqual({ step: 'forecast', askId: 'feedback_02' });
  });

  it('takes the drafts about the attempt with it, and Undo puts them back', async () => {
    const attempt = done('yes');
    await putAttempt(db, attempt);
    await saveDraft(db, `popup:reflect:${attempt.id}`, { happened: 'Half a thought' }, now);
    await saveDraft(db, 'popup:forecast:feedback_01', { belief: 'not about it' }, now);
    const deleted = await deleteAttempt(db, attempt.id);
    expect((await loadDraft(db, `popup:reflect:${attempt.id}`)).fields).toEqual({});
    expect((await loadDraft(db, 'popup:forecast:feedback_01')).fields).toEqual({ belief: 'not about it' });
    await restoreAttempt(db, deleted);
    expect((await loadDraft(db, `popup:reflect:${attempt.id}`)).fields).toEqual({
      happened: 'Half a thought',
    });
  });

  it('changes nothing when the write fails part-way', async () => {
    const rows = history();
    await importAttempts(db, rows);
    const before = await storedStats();
    const [first] = rows;
    if (!first) throw new Error('no history');
    vi.spyOn(db.attempts, 'delete').mockRejectedValueOnce(new Error('AbortError'));
    await expect(deleteAttempt(db, first.id)).rejects.toThrow('AbortError');
    expect(await db.attempts.get(first.id)).toEqual(first);
    expect(await storedStats()).toEqual(before);
  });

  it('refuses an attempt that is already gone', async () => {
    await expect(deleteAttempt(db, 'gone')).rejects.toBeInstanceOf(AttemptMissingError);
  });
});
