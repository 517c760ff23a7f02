// Row types of the Ask Anyway database. Times are epoch milliseconds; days are local
// 'YYYY-MM-DD' keys (see utils/dates.ts).

/** Where an attempt's ask came from: the built-in catalogue, the user's own, or a quick log. */
export type AskSource = 'catalogue' | 'custom' | 'quick';

/**
 * committed: the user said "I'll do it" and gave a forecast.
 * awaiting:  done, the answer has not come yet ("no reply yet").
 * answered:  done, with an answer (yes / partly / no).
 * closed:    done, and the user decided that silence was the answer.
 */
export type AttemptState = 'committed' | 'awaiting' | 'answered' | 'closed';
export type Outcome = 'yes' | 'partly' | 'no' | 'noReply';
export type ExpectedAnswer = 'yes' | 'partly' | 'no';

export interface Reflection {
  expected: string;
  happened: string;
  thoughtsFeelings: string;
  beliefUpdate: string;
  reflectedAt?: number;
}

export interface Attempt {
  id: string;
  askSource: AskSource;
  /** Catalogue or custom ask id; empty for a quick log. */
  askId: string;
  /** Snapshot of the ask, so history reads the same after the catalogue changes. */
  askTitle: string;
  level: number;
  category: string;
  state: AttemptState;
  committedAt: number;
  /** 0–10, before the ask. */
  forecastDiscomfort?: number;
  expectedAnswer?: ExpectedAnswer;
  belief?: string;
  /** When the ask was done (outcome or "no reply yet" logged). */
  doneAt?: number;
  /** Local day the ask was done: the day it counts for in weekly practice. */
  doneDay?: string;
  outcome?: Outcome;
  /** 0–10, how it actually felt. */
  actualDiscomfort?: number;
  answeredAt?: number;
  followUpDueAt?: number;
  followUpSentAt?: number;
  reflection?: Reflection;
  updatedAt: number;
}

export interface CustomAsk {
  id: string;
  title: string;
  whatToDo: string;
  doneWhen: string;
  level: number;
  category: string;
  channel: string;
  minutes: number;
  awaitsReply: boolean;
  template: string;
  respectNote: string;
  createdAt: number;
  updatedAt: number;
  /** Archived asks leave the ladder but stay in history. */
  archivedAt?: number;
}

/** Text the user is typing, saved as they type so a closing popup loses nothing. */
export interface Draft {
  key: string;
  fields: Record<string, string>;
  updatedAt: number;
}

/**
 * Running aggregate, kept up to date in the same transaction as every attempt write so the
 * new tab never scans history. Keys: 'all', 'week:<monday>', 'day:<day>', 'level:<n>'.
 */
export interface StatRow {
  key: string;
  attempts: number;
  yes: number;
  partly: number;
  no: number;
  noReply: number;
  awaiting: number;
  /** Attempts with both a forecast and an actual discomfort rating. */
  rated: number;
  forecastSum: number;
  actualSum: number;
  /** Answered asks (yes, partly or no) with an expected answer, and how many answers matched it. */
  expected: number;
  expectedMet: number;
}

export type CardAction = 'shown' | 'swap' | 'easier' | 'notToday' | 'pick';

export interface CardEvent {
  id?: number;
  at: number;
  day: string;
  askId: string;
  action: CardAction;
}

export interface LadderEvent {
  id?: number;
  at: number;
  from: number;
  to: number;
  reason: string;
}

export type SafetyKind =
  | 'risingDiscomfort'
  | 'avoidance'
  | 'feltMuchWorse'
  | 'distressAtBottom'
  | 'steppedDown';

export type SafetyChoice = 'stepDown' | 'pause' | 'carryOn';

/**
 * A time the safety card spoke: what it noticed (with the numbers it put into words), and
 * what the person chose, once they chose. 'steppedDown' is an older kind, never written now.
 */
export interface SafetyEvent {
  id?: number;
  at: number;
  kind: SafetyKind;
  attemptId?: string;
  actual?: number;
  forecast?: number;
  recentMean?: number;
  earlierMean?: number;
  skips?: number;
  /** For distress at the bottom: which signal it was. */
  because?: 'feltMuchWorse' | 'risingDiscomfort';
  /** The level the person was on when it spoke. */
  level?: number;
  choice?: SafetyChoice;
  choiceAt?: number;
}

/** Small singletons: the ladder position, today's pick, schema bookkeeping. */
export interface MetaRow {
  key: string;
  value: unknown;
}
