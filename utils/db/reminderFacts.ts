import { dayKey, parseDayKey } from '../dates';
import type { AwaitingAsk, UnreflectedAsk } from '../reminders/types';
import { getWeekStats } from './attempts';
import type { AskAnywayDatabase } from './database';
import { listAwaiting, listUnreflected } from './practice';

export interface ReminderFacts {
  practisedToday: boolean;
  weekCount: number;
  awaiting: AwaitingAsk[];
  unreflected: UnreflectedAsk[];
}

/** What the reminder planner needs from the database: small indexed reads, never a history scan. */
export async function readReminderFacts(db: AskAnywayDatabase, now: number): Promise<ReminderFacts> {
  const today = dayKey(now);
  const [doneToday, committedToday, week, awaiting, unreflected] = await Promise.all([
    db.attempts.where('doneDay').equals(today).count(),
    db.attempts.where('committedAt').aboveOrEqual(parseDayKey(today).getTime()).count(),
    getWeekStats(db, now),
    listAwaiting(db),
    listUnreflected(db, now),
  ]);
  return {
    practisedToday: doneToday + committedToday > 0,
    weekCount: week?.attempts ?? 0,
    awaiting: awaiting.map((a) => ({
      id: a.id,
      title: a.askTitle,
      ...(a.followUpDueAt !== undefined && { followUpDueAt: a.followUpDueAt }),
      ...(a.followUpSentAt !== undefined && { followUpSentAt: a.followUpSentAt }),
    })),
    unreflected: unreflected.map((a) => ({ id: a.id, title: a.askTitle, doneAt: a.doneAt ?? a.committedAt })),
  };
}
