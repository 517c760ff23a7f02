import * as v from 'valibot';
import { dataStamp, readSnapshot, saveSnapshot } from '../browser/viewSnapshot';
import { BUILD_ID } from '../build';
import { askMessageKey } from '../catalogue/view';
import { addDays, dayKey } from '../dates';
import { tDynamic } from '../i18n';
import { type JournalPage, NO_CRITERIA } from '../journal';
import type { LadderDecision } from '../ladder/progression';
import { EASY_ASKS_TO_STEP_UP } from '../ladder/rules';
import { isCurrentCard, type TodayCard } from '../ladder/todayCard';
import { type ProgressView, progressView, statRanges } from '../progress';
import { isConcernRow, type OpenConcern, openConcernAmong } from '../safety/concernRows';
import type { Settings } from '../settings';
import { UNREFLECTED_DAYS, unreflectedAmong } from '../unreflected';
import type { AskAnywayDatabase } from './database';
import { JOURNAL_LOAD_SCAN, loadJournal } from './journal';
import { getLadderPosition, OUTLOOK_KEY, TODAY_KEY } from './ladder';
import { listAwaitingFirst, type RecentlyClosed, recentlyClosed } from './practice';
import type { Attempt, SafetyEvent } from './schema';
import { SNAPSHOT_ATTEMPT, SNAPSHOT_SETTINGS } from './snapshotShapes';

/** Today's card, or "not dealt yet": Start then opens the popup, which deals it. */
export type TodayLine = { askId: string; title: string; level: number } | { toDeal: true };

export interface NewTabData {
  now: number;
  settings: Settings;
  progress: ProgressView;
  level: number;
  /** What the ladder's rules say now: the reason shown as "what moves it next". */
  ladder: LadderDecision;
  today: TodayLine | null;
  /** The asks waiting for a reply whose follow-up falls due first… */
  awaiting: Attempt[];
  /** …and how many wait in all. */
  awaitingTotal: number;
  /** The ask last closed as "no reply", while its Undo is on offer. */
  recentlyClosed: RecentlyClosed | null;
  /** Recent asks done without a reflection yet, newest first. */
  unreflected: Attempt[];
  /** The journal's first page, newest first, unfiltered. */
  journal: JournalPage;
  /** A safety check-in spoken and not yet answered. */
  concern: OpenConcern | null;
  /** The latest times the check-in spoke, newest first (at most CHECK_INS_SHOWN). */
  checkIns: SafetyEvent[];
}

/** The check-in history shows this many at most: a few a month at the very most. */
export const CHECK_INS_SHOWN = 20;

const SNAPSHOT = 'newtab';

/** The parts of a stored new tab snapshot the first paint leans on (see SNAPSHOT_ATTEMPT). */
const NEWTAB_SNAPSHOT = v.pipe(
  v.looseObject({
    settings: SNAPSHOT_SETTINGS,
    progress: v.looseObject({
      week: v.looseObject({ count: v.number(), goal: v.number() }),
      pastWeeks: v.array(v.looseObject({ count: v.number() })),
      calendar: v.looseObject({
        weeks: v.array(v.array(v.looseObject({ day: v.string(), count: v.number() }))),
      }),
      levels: v.array(v.looseObject({ level: v.number(), attempts: v.number() })),
      outcomes: v.looseObject({ attempts: v.number() }),
      forecast: v.looseObject({ rated: v.number(), weekly: v.array(v.unknown()) }),
      answers: v.looseObject({ expected: v.number(), met: v.number() }),
      beliefs: v.array(v.unknown()),
    }),
    level: v.number(),
    ladder: v.looseObject({ from: v.number(), to: v.number(), reason: v.looseObject({ code: v.string() }) }),
    today: v.nullable(
      v.union([
        v.looseObject({ askId: v.string(), title: v.string(), level: v.number() }),
        v.looseObject({ toDeal: v.literal(true) }),
      ]),
    ),
    awaiting: v.array(SNAPSHOT_ATTEMPT),
    awaitingTotal: v.number(),
    recentlyClosed: v.nullable(v.looseObject({ attemptId: v.string(), title: v.string() })),
    unreflected: v.array(SNAPSHOT_ATTEMPT),
    journal: v.looseObject({ entries: v.array(SNAPSHOT_ATTEMPT), page: v.number(), hasMore: v.boolean() }),
    concern: v.nullable(v.looseObject({ eventId: v.number(), at: v.number() })),
    checkIns: v.array(v.looseObject({ at: v.number(), kind: v.string() })),
  }),
  v.transform((value) => value as unknown as NewTabData),
);

/** What the new tab showed last time, if nothing has been written since (see viewSnapshot.ts). */
export function readNewTabSnapshot(now: number): NewTabData | null {
  const data = readSnapshot(SNAPSHOT, dayKey(now), BUILD_ID, NEWTAB_SNAPSHOT);
  return data && { ...data, now };
}

/**
 * Everything the new tab shows, from the running aggregates and a few bounded reads (the same
 * number of reads for a week of history or ten years of it), kept as the next tab's snapshot.
 */
export async function loadNewTabView(
  db: AskAnywayDatabase,
  settings: Settings,
  now: number,
): Promise<NewTabData> {
  // Taken before the reads: a write that lands while they run leaves the snapshot stale.
  const stamp = dataStamp();
  const ranges = statRanges(now);
  const stats = ([first, last]: [string, string]) =>
    db.stats.where('key').between(first, last, true, true).toArray();
  const [
    weeks,
    days,
    levels,
    beliefs,
    total,
    position,
    outlookRow,
    todayRow,
    awaiting,
    recent,
    spoken,
    journal,
    closed,
  ] = await Promise.all([
    stats(ranges.weeks),
    stats(ranges.days),
    stats(ranges.levels),
    // One row per belief the person has tested.
    stats(ranges.beliefs),
    db.stats.get(ranges.total),
    getLadderPosition(db),
    db.meta.get(OUTLOOK_KEY),
    db.meta.get(TODAY_KEY),
    listAwaitingFirst(db),
    db.attempts
      .where('doneDay')
      .aboveOrEqual(addDays(dayKey(now), -UNREFLECTED_DAYS))
      .toArray(),
    // Twice as many as shown: rows that are not check-ins (answers) share the table.
    db.safetyEvents
      .orderBy('at')
      .reverse()
      .limit(CHECK_INS_SHOWN * 2)
      .toArray(),
    loadJournal(db, NO_CRITERIA, 0, JOURNAL_LOAD_SCAN),
    recentlyClosed(db, now),
  ]);
  const level = position.level;
  const checkIns = spoken.filter(isConcernRow).slice(0, CHECK_INS_SHOWN);
  const data: NewTabData = {
    now,
    settings,
    progress: progressView({
      now,
      weeklyGoal: settings.weeklyGoal,
      rows: [...weeks, ...days, ...levels, ...beliefs, ...(total ? [total] : [])],
    }),
    level,
    ladder: ladderOutlook(outlookRow?.value, level),
    today: await todayLine(db, todayRow?.value, level, now, recent),
    awaiting: awaiting.first,
    awaitingTotal: awaiting.total,
    recentlyClosed: closed,
    unreflected: unreflectedAmong(recent),
    journal,
    concern: openConcernAmong(checkIns, now, Math.max(0, ...recent.map((a) => a.doneAt ?? 0))),
    checkIns,
  };
  saveSnapshot(SNAPSHOT, data, stamp, dayKey(now), BUILD_ID);
  return data;
}

/** The ladder's last decision (kept by the data layer after every logged ask), if it is for this level. */
function ladderOutlook(value: unknown, level: number): LadderDecision {
  const stored = value as Partial<LadderDecision> | undefined;
  if (
    stored &&
    stored.from === level &&
    typeof stored.to === 'number' &&
    typeof stored.reason?.code === 'string'
  ) {
    return stored as LadderDecision;
  }
  return { from: level, to: level, reason: { code: 'stayProgress', easy: 0, needed: EASY_ASKS_TO_STEP_UP } };
}

/**
 * Today's card as the popup stored it (the new tab only reads: when none is current, none yet
 * today or the ladder moved since, its Start opens the popup, which deals one).
 */
async function todayLine(
  db: AskAnywayDatabase,
  value: unknown,
  level: number,
  now: number,
  recent: readonly Attempt[],
): Promise<TodayLine | null> {
  const card = value as TodayCard | undefined;
  const today = dayKey(now);
  if (!card || typeof card.level !== 'number' || !isCurrentCard(card, today, level)) return { toDeal: true };
  if (!card.askId) return null; // set aside for today, or nothing left to deal
  // Done already: nothing to start (the popup offers another).
  if (recent.some((attempt) => attempt.askId === card.askId && attempt.doneDay === today)) return null;
  const custom = await db.customAsks.get(card.askId);
  const title = custom ? custom.title : tDynamic(askMessageKey(card.askId, 'title'));
  if (!title) return null;
  return { askId: card.askId, title, level: custom ? custom.level : (card.level ?? 1) };
}
