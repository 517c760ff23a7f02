import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getWeekStats, logQuickAttempt, rebuildAllStats } from '../../../../utils/db/attempts';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { loadDraft, saveDraft } from '../../../../utils/db/drafts';

let db: AskAnywayDatabase;
const now = new Date(2026, 10, 25, 18, 30).getTime(); // a Wednesday

beforeEach(() => {
  db = new AskAnywayDatabase(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('logQuickAttempt', () => {
  it('stores the attempt and counts it for this week', async () => {
    const attempt = await logQuickAttempt(db, { title: '  Asked for feedback  ', outcome: 'no' }, now);
    expect(await db.attempts.get(attempt.id)).toMatchObject({
      askTitle: 'Asked for feedback',
      state: 'answered',
      outcome: 'no',
      doneDay: '2026-11-25',
    });
    expect(await getWeekStats(db, now)).toMatchObject({ key: 'week:2026-11-23', attempts: 1, no: 1 });
  });

  it('files "no reply yet" as awaiting, without an outcome', async () => {
    const attempt = await logQuickAttempt(db, { title: 'Cold email', outcome: 'noReply' }, now);
    expect(attempt.state).toBe('awaiting');
    expect(attempt.outcome).toBeUndefined();
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 1, awaiting: 1 });
  });

  it('deletes the draft in the same transaction', async () => {
    await saveDraft(db, 'popup:quick-log', { title: 'Cold email' }, now);
    await logQuickAttempt(db, { title: 'Cold email', outcome: 'yes' }, now, 'popup:quick-log');
    expect((await loadDraft(db, 'popup:quick-log')).fields).toEqual({});
  });

  it('keeps the draft and writes nothing when the aggregate write fails', async () => {
    await saveDraft(db, 'popup:quick-log', { title: 'Cold email' }, now);
    vi.spyOn(db.stats, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(
      logQuickAttempt(db, { title: 'Cold email', outcome: 'yes' }, now, 'popup:quick-log'),
    ).rejects.toThrow('QuotaExceededError');
    expect(await db.attempts.count()).toBe(0);
    expect((await loadDraft(db, 'popup:quick-log')).fields).toEqual({ title: 'Cold email' });
  });

  it('counts next week separately', async () => {
    await logQuickAttempt(db, { title: 'One', outcome: 'yes' }, now);
    const nextMonday = new Date(2026, 10, 30, 9).getTime();
    await logQuickAttempt(db, { title: 'Two', outcome: 'partly' }, nextMonday);
    expect((await getWeekStats(db, now))?.attempts).toBe(1);
    expect((await getWeekStats(db, nextMonday))?.attempts).toBe(1);
  });
});

describe('rebuildAllStats', () => {
  it('repairs corrupted aggregates from history', async () => {
    await logQuickAttempt(db, { title: 'One', outcome: 'yes' }, now);
    await logQuickAttempt(db, { title: 'Two', outcome: 'no' }, now);
    await db.stats.put({ ...(await getWeekStats(db, now))!, attempts: 99 });
    await rebuildAllStats(db);
    expect(await getWeekStats(db, now)).toMatchObject({ attempts: 2, yes: 1, no: 1 });
  });
});
