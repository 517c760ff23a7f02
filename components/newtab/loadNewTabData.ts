import { getSettingsStore } from '../../utils/browser/settingsStore';
import { dataStamp, readSnapshot, saveSnapshot } from '../../utils/browser/viewSnapshot';
import { BUILD_ID } from '../../utils/build';
import { askMessageKey } from '../../utils/catalogue/view';
import { addDays, dayKey } from '../../utils/dates';
import { AWAITING_BY_FOLLOW_UP, AWAITING_SHOWN, byFollowUp } from '../../utils/db/awaitingOrder';
import type { RawReader } from '../../utils/db/rawRead';
import type { Attempt, CustomAsk, MetaRow, SafetyEvent, StatRow } from '../../utils/db/schema';
import { tDynamic } from '../../utils/i18n';
import { type JournalPage, NO_CRITERIA } from '../../utils/journal';
import type { LadderDecision } from '../../utils/ladder/progression';
import { clampLevel, EASY_ASKS_TO_STEP_UP } from '../../utils/ladder/rules';
import { isCurrentCard, type TodayCard } from '../../utils/ladder/todayCard';
import { type ProgressView, progressView, statRanges } from '../../utils/progress';
import { isConcernRow, type OpenConcern, openConcernAmong } from '../../utils/safety/concernRows';
import type { Settings } from '../../utils/settings';
import { UNREFLECTED_DAYS, unreflectedAmong } from '../../utils/unreflected';
import { JOURNAL_LOAD_SCAN, loadJournal } from './loadJournal';

export interface TodayLine {
  askId: string;
  title: string;
  level: number;
}

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

export function readNewTabSnapshot(now: number): NewTabData | null {
  const data = readSnapshot<NewTabData>(SNAPSHOT, dayKey(now), BUILD_ID);
  return data && typeof data.progress?.week?.count === 'number' ? { ...data, now } : null;
}

/**
 * Everything the page shows, from the running aggregates and a few bounded reads: the same
 * number of reads for a week of history or ten years of it.
 */
export async function loadNewTabData(reader: RawReader | null, now: number): Promise<NewTabData> {
  const stamp = dataStamp();
  const settings = await getSettingsStore().get();
  const data = reader ? await readAll(reader, settings, now) : emptyData(settings, now);
  saveSnapshot(SNAPSHOT, data, stamp, dayKey(now), BUILD_ID);
  return data;
}

function emptyData(settings: Settings, now: number): NewTabData {
  return {
    now,
    settings,
    progress: progressView({ now, weeklyGoal: settings.weeklyGoal, rows: [] }),
    level: 1,
    ladder: ladderOutlook(undefined, 1),
    today: null,
    awaiting: [],
    awaitingTotal: 0,
    unreflected: [],
    journal: { entries: [], page: 0, hasMore: false },
    concern: null,
    checkIns: [],
  };
}

async function readAll(reader: RawReader, settings: Settings, now: number): Promise<NewTabData> {
  const ranges = statRanges(now);
  const bound = ([first, last]: [string, string]) => ({ range: IDBKeyRange.bound(first, last) });
  const [
    weeks,
    days,
    levels,
    beliefs,
    total,
    ladderRow,
    outlookRow,
    todayRow,
    firstAwaiting,
    awaitingTotal,
    recent,
    safety,
  ] = await Promise.all([
    reader.getAll<StatRow>('stats', bound(ranges.weeks)),
    reader.getAll<StatRow>('stats', bound(ranges.days)),
    reader.getAll<StatRow>('stats', bound(ranges.levels)),
    // One row per belief the user has tested; the most tested first, at most a screenful.
    reader.getAll<StatRow>('stats', bound(ranges.beliefs)),
    reader.get<StatRow>('stats', ranges.total),
    reader.get<MetaRow>('meta', 'ladder'),
    reader.get<MetaRow>('meta', 'ladderOutlook'),
    reader.get<MetaRow>('meta', 'todayCard'),
    reader.getAll<Attempt>('attempts', {
      index: AWAITING_BY_FOLLOW_UP.index,
      range: IDBKeyRange.bound([...AWAITING_BY_FOLLOW_UP.lower], [...AWAITING_BY_FOLLOW_UP.upper]),
      count: AWAITING_SHOWN,
    }),
    reader.count('attempts', { index: 'state', range: IDBKeyRange.only('awaiting') }),
    reader.getAll<Attempt>('attempts', {
      index: 'doneDay',
      range: IDBKeyRange.lowerBound(addDays(dayKey(now), -UNREFLECTED_DAYS)),
    }),
    reader.getLast<SafetyEvent>('safetyEvents', {
      index: 'at',
      count: CHECK_INS_SHOWN,
      filter: isConcernRow,
      maxScanned: CHECK_INS_SHOWN * 2,
    }),
  ]);
  // An ask with no follow-up day (from an old backup) is not in that index: read them all.
  const awaiting =
    firstAwaiting.length < Math.min(awaitingTotal, AWAITING_SHOWN)
      ? (await loadAllAwaiting(reader)).slice(0, AWAITING_SHOWN)
      : firstAwaiting;
  const position = ladderRow?.value as { level?: number; since?: number } | undefined;
  const level = clampLevel(typeof position?.level === 'number' ? position.level : 1);
  const [today, journal] = await Promise.all([
    todayLine(reader, todayRow?.value, level, now, recent),
    loadJournal(reader, NO_CRITERIA, 0, JOURNAL_LOAD_SCAN),
  ]);
  return {
    now,
    settings,
    progress: progressView({
      now,
      weeklyGoal: settings.weeklyGoal,
      rows: [...weeks, ...days, ...levels, ...beliefs, ...(total ? [total] : [])],
    }),
    level,
    ladder: ladderOutlook(outlookRow?.value, level),
    today,
    awaiting,
    awaitingTotal,
    unreflected: unreflectedAmong(recent),
    journal,
    concern: openConcernAmong(safety.rows, now, Math.max(0, ...recent.map((a) => a.doneAt ?? 0))),
    checkIns: safety.rows,
  };
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
 * Today's card as the popup stored it (the new tab never picks one itself: it only reads),
 * unless the ladder has moved since it was dealt: then the popup deals it again.
 */
async function todayLine(
  reader: RawReader,
  value: unknown,
  level: number,
  now: number,
  recent: readonly Attempt[],
): Promise<TodayLine | null> {
  const card = value as TodayCard | undefined;
  const today = dayKey(now);
  if (!card || typeof card.level !== 'number' || !isCurrentCard(card, today, level) || !card.askId)
    return null;
  // Done already: nothing to start (the popup offers another).
  if (recent.some((attempt) => attempt.askId === card.askId && attempt.doneDay === today)) return null;
  const custom = await reader.get<CustomAsk>('customAsks', card.askId);
  const title = custom ? custom.title : tDynamic(askMessageKey(card.askId, 'title'));
  if (!title) return null;
  return { askId: card.askId, title, level: custom ? custom.level : (card.level ?? 1) };
}

/** Every ask waiting for a reply, the most urgent first: "Show all" on the new tab. */
export async function loadAllAwaiting(reader: RawReader): Promise<Attempt[]> {
  const all = await reader.getAll<Attempt>('attempts', {
    index: 'state',
    range: IDBKeyRange.only('awaiting'),
  });
  return all.sort(byFollowUp);
}
