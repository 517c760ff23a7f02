import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayKey } from '../../../../utils/dates';
import {
  getWeekStats,
  importAttempts,
  putAttempt,
  rebuildAllStats,
  verifyStats,
} from '../../../../utils/db/attempts';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { loadDraft, saveDraft } from '../../../../utils/db/drafts';
import type { Attempt, Outcome } from '../../../../utils/db/schema';
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
