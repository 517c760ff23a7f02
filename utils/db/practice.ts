import { addDays, dayKey } from '../dates';
import type { LadderDecision } from '../ladder/progression';
import { DAY_MS } from '../ladder/rules';
import { DEFAULT_FOLLOW_UP_DAYS, isRating, REFLECTION_MAX_CHARS } from '../ratings';
import { UNREFLECTED_DAYS, unreflectedAmong } from '../unreflected';
import { putAttempt } from './attempts';
import { AWAITING_BY_FOLLOW_UP, AWAITING_SHOWN, byFollowUp } from './awaitingOrder';
import type { AskAnywayDatabase } from './database';
import { getFlow, setFlow } from './flow';
import { evaluateLadder, restartLadderCount } from './ladder';
import type { AskSource, Attempt, ExpectedAnswer, Outcome, Reflection } from './schema';

// Each step of the practice loop as one transaction: the attempt, its share of the running
// aggregates, the ladder, the popup's place in the flow and the draft it came from all
// change together or not at all.

export class PracticeError extends Error {}

function tables(db: AskAnywayDatabase) {
  return [db.attempts, db.stats, db.drafts, db.meta, db.cardEvents, db.ladderEvents];
}

async function mustGet(db: AskAnywayDatabase, id: string): Promise<Attempt> {
  const attempt = await db.attempts.get(id);
  if (!attempt) throw new PracticeError(`no attempt ${id}`);
  return attempt;
}

const goTo = setFlow;

export interface AskRef {
  id: string;
  source: AskSource;
  title: string;
  level: number;
  category: string;
}

export interface Forecast {
  forecastDiscomfort: number;
  expectedAnswer: ExpectedAnswer;
  belief: string;
}

/** "I'll do it": the forecast step opens for this ask. */
export async function startForecast(db: AskAnywayDatabase, askId: string): Promise<void> {
  await goTo(db, { step: 'forecast', askId });
}

export async function backToCard(db: AskAnywayDatabase): Promise<void> {
  await goTo(db, { step: 'card' });
}

/** The commitment, with the forecast that the outcome will be compared with later. */
export async function commitAttempt(
  db: AskAnywayDatabase,
  ask: AskRef,
  forecast: Forecast,
  now: number,
  draftKey?: string,
): Promise<Attempt> {
  if (!isRating(forecast.forecastDiscomfort)) throw new PracticeError('forecast must be 0–10');
  const belief = forecast.belief.trim().slice(0, REFLECTION_MAX_CHARS);
  const attempt: Attempt = {
    id: crypto.randomUUID(),
    askSource: ask.source,
    askId: ask.id,
    askTitle: ask.title,
    level: ask.level,
    category: ask.category,
    state: 'committed',
    committedAt: now,
    forecastDiscomfort: forecast.forecastDiscomfort,
    expectedAnswer: forecast.expectedAnswer,
    ...(belief && { belief }),
    updatedAt: now,
  };
  await db.transaction('rw', tables(db), async () => {
    const flow = await getFlow(db);
    if (flow.step !== 'forecast' || flow.askId !== ask.id)
      throw new PracticeError('not on the forecast step');
    await putAttempt(db, attempt, draftKey);
    await goTo(db, { step: 'doing', attemptId: attempt.id });
  });
  return attempt;
}

/** "Not this time": the commitment is let go. It never counted, so nothing counts against the user. */
export async function abandonAttempt(db: AskAnywayDatabase, attemptId: string): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const attempt = await mustGet(db, attemptId);
    if (attempt.state !== 'committed') throw new PracticeError('only an unfinished commitment can be let go');
    await db.attempts.delete(attemptId);
    await goTo(db, { step: 'card' });
  });
}

/**
 * Back from "How did it go?" to the ask itself (a mis-tap on "I've done it"): only while
 * nothing has been logged yet. What was typed there stays as a draft for when it is done.
 */
export async function backToDoing(db: AskAnywayDatabase, attemptId: string): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const attempt = await mustGet(db, attemptId);
    if (attempt.state !== 'committed') throw new PracticeError('the outcome is already logged');
    await goTo(db, { step: 'doing', attemptId });
  });
}

/** "I've done it": on to logging how it went. */
export async function openOutcome(db: AskAnywayDatabase, attemptId: string): Promise<void> {
  await goTo(db, { step: 'outcome', attemptId });
}

export interface OutcomeInput {
  outcome: Outcome;
  actualDiscomfort: number;
}

/**
 * The ask is done: the answer (or "no reply yet", which files it as awaiting with a
 * follow-up day) and how it actually felt. The ladder reads the rating, never the answer.
 */
export async function logOutcome(
  db: AskAnywayDatabase,
  attemptId: string,
  input: OutcomeInput,
  now: number,
  followUpDays = DEFAULT_FOLLOW_UP_DAYS,
  draftKey?: string,
  /**
   * Practice is paused: the ask is logged, and the ladder stays where it is; its count starts
   * afresh from here, so the held ask does not move the ladder once practice resumes either.
   */
  holdLadder = false,
): Promise<{ attempt: Attempt; decision: LadderDecision | null }> {
  if (!isRating(input.actualDiscomfort)) throw new PracticeError('actual discomfort must be 0–10');
  return db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, attemptId);
    if (before.state !== 'committed') throw new PracticeError('outcome already logged');
    const awaiting = input.outcome === 'noReply';
    const attempt: Attempt = {
      ...before,
      state: awaiting ? 'awaiting' : 'answered',
      doneAt: now,
      doneDay: dayKey(now),
      actualDiscomfort: input.actualDiscomfort,
      ...(awaiting
        ? { followUpDueAt: now + followUpDays * DAY_MS }
        : { outcome: input.outcome, answeredAt: now }),
      updatedAt: now,
    };
    await putAttempt(db, attempt, draftKey);
    const decision = holdLadder ? await restartLadderCount(db, now) : await evaluateLadder(db, now);
    await goTo(db, { step: 'reflect', attemptId });
    await db.meta.put({ key: `decision:${attemptId}`, value: decision });
    return { attempt, decision };
  });
}

/** An answer came for an ask that was waiting: it counts on the day it was asked. */
export async function answerAwaiting(
  db: AskAnywayDatabase,
  attemptId: string,
  outcome: Exclude<Outcome, 'noReply'>,
  now: number,
): Promise<Attempt> {
  return db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, attemptId);
    if (before.state !== 'awaiting') throw new PracticeError('attempt is not awaiting a reply');
    const { followUpDueAt: _due, ...rest } = before;
    const attempt: Attempt = { ...rest, state: 'answered', outcome, answeredAt: now, updatedAt: now };
    await putAttempt(db, attempt);
    await goTo(db, { step: 'reflect', attemptId });
    return attempt;
  });
}

export async function openAnswer(db: AskAnywayDatabase, attemptId: string): Promise<void> {
  await goTo(db, { step: 'answer', attemptId });
}

export async function openFollowUp(db: AskAnywayDatabase, attemptId: string): Promise<void> {
  await goTo(db, { step: 'followUp', attemptId });
}

/** The one polite follow-up was sent; no second one is ever suggested. */
export async function recordFollowUp(db: AskAnywayDatabase, attemptId: string, now: number): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, attemptId);
    if (before.state !== 'awaiting') throw new PracticeError('attempt is not awaiting a reply');
    if (before.followUpSentAt === undefined)
      await putAttempt(db, { ...before, followUpSentAt: now, updatedAt: now });
    await goTo(db, { step: 'card' });
  });
}

/** Silence was the answer. The attempt still counts. */
export async function closeAsNoReply(
  db: AskAnywayDatabase,
  attemptId: string,
  now: number,
): Promise<Attempt> {
  return db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, attemptId);
    if (before.state !== 'awaiting') throw new PracticeError('attempt is not awaiting a reply');
    const attempt: Attempt = {
      ...before,
      state: 'closed',
      outcome: 'noReply',
      answeredAt: now,
      updatedAt: now,
    };
    await putAttempt(db, attempt);
    await db.meta.put({ key: LAST_CLOSED_KEY, value: { attemptId, at: now } });
    return attempt;
  });
}

/** Undo for "close as no reply": the ask waits for its answer again. */
export async function reopenAwaiting(db: AskAnywayDatabase, attemptId: string, now: number): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, attemptId);
    if (before.state !== 'closed') throw new PracticeError('attempt is not closed');
    const { outcome: _outcome, answeredAt: _answered, ...rest } = before;
    await putAttempt(db, { ...rest, state: 'awaiting', updatedAt: now });
    const last = (await db.meta.get(LAST_CLOSED_KEY))?.value as { attemptId?: unknown } | undefined;
    if (last?.attemptId === attemptId) await db.meta.delete(LAST_CLOSED_KEY);
  });
}

/** The last ask closed as "no reply", kept so its Undo outlives the page that closed it. */
export const LAST_CLOSED_KEY = 'lastClosedNoReply';
/** How long that Undo stays on offer, in the popup and on the new tab alike. */
export const UNDO_CLOSE_FOR_MS = 24 * 60 * 60 * 1000;

export interface RecentlyClosed {
  attemptId: string;
  title: string;
}

/** The ask whose "close as no reply" can still be undone, if any. */
export async function recentlyClosed(db: AskAnywayDatabase, now: number): Promise<RecentlyClosed | null> {
  const value = (await db.meta.get(LAST_CLOSED_KEY))?.value as
    | { attemptId?: unknown; at?: unknown }
    | undefined;
  if (typeof value?.attemptId !== 'string' || typeof value.at !== 'number') return null;
  if (now - value.at > UNDO_CLOSE_FOR_MS || value.at > now) return null;
  const attempt = await db.attempts.get(value.attemptId);
  if (attempt?.state !== 'closed' || attempt.outcome !== 'noReply') return null;
  return { attemptId: attempt.id, title: attempt.askTitle };
}

export type ReflectionInput = Omit<Reflection, 'reflectedAt'>;

export function hasReflection(input: ReflectionInput): boolean {
  return Object.values(input).some((text) => text.trim() !== '');
}

/** Saves the reflection (or, when `input` is null, leaves it for later) and moves to the summary. */
export async function finishReflection(
  db: AskAnywayDatabase,
  attemptId: string,
  input: ReflectionInput | null,
  now: number,
  draftKey?: string,
): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const before = await mustGet(db, attemptId);
    const flow = await getFlow(db);
    if (flow.step !== 'reflect' || flow.attemptId !== attemptId)
      throw new PracticeError('not on the reflect step');
    if (input && hasReflection(input)) {
      const clip = (text: string) => text.slice(0, REFLECTION_MAX_CHARS);
      const reflection: Reflection = {
        expected: clip(input.expected),
        happened: clip(input.happened),
        thoughtsFeelings: clip(input.thoughtsFeelings),
        beliefUpdate: clip(input.beliefUpdate),
        reflectedAt: now,
      };
      await putAttempt(db, { ...before, reflection, updatedAt: now }, draftKey);
    }
    // "Later" keeps the draft, so what was typed is still there when they come back.
    const decision = ((await db.meta.get(`decision:${attemptId}`))?.value as LadderDecision | null) ?? null;
    await db.meta.delete(`decision:${attemptId}`);
    await goTo(db, { step: 'summary', attemptId, decision });
  });
}

/** Opens the reflection step for an attempt reflected on later. */
export async function openReflection(db: AskAnywayDatabase, attemptId: string): Promise<void> {
  await goTo(db, { step: 'reflect', attemptId });
}

/** Every ask waiting for a reply, the most urgent (follow-up due first) first. */
export async function listAwaiting(db: AskAnywayDatabase): Promise<Attempt[]> {
  return (await db.attempts.where('state').equals('awaiting').toArray()).sort(byFollowUp);
}

/**
 * The few asks waiting for a reply whose follow-up falls due first, and how many there are
 * in all: a page's load reads the same few rows however many asks are open.
 */
export async function listAwaitingFirst(
  db: AskAnywayDatabase,
  limit = AWAITING_SHOWN,
): Promise<{ first: Attempt[]; total: number }> {
  const { index, lower, upper } = AWAITING_BY_FOLLOW_UP;
  const [first, total] = await Promise.all([
    db.attempts
      .where(index)
      .between([...lower], [...upper], true, true)
      .limit(limit)
      .toArray(),
    db.attempts.where('state').equals('awaiting').count(),
  ]);
  // An ask with no follow-up day (from an old backup) is not in that index: read them all.
  if (first.length < Math.min(total, limit))
    return { first: (await listAwaiting(db)).slice(0, limit), total };
  return { first, total };
}

/** Done attempts from the last two weeks that have no reflection yet, newest first. */
export async function listUnreflected(db: AskAnywayDatabase, now: number): Promise<Attempt[]> {
  return unreflectedAmong(
    await db.attempts
      .where('doneDay')
      .aboveOrEqual(addDays(dayKey(now), -UNREFLECTED_DAYS))
      .toArray(),
  );
}
