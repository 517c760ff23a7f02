import { getSettingsStore } from '../../utils/browser/settingsStore';
import { dataStamp, readSnapshot, saveSnapshot } from '../../utils/browser/viewSnapshot';
import { BUILD_ID } from '../../utils/build';
import { askMessageKey } from '../../utils/catalogue/view';
import { dayKey } from '../../utils/dates';
import type { RawReader } from '../../utils/db/rawRead';
import type { Attempt, CardEvent, CustomAsk, MetaRow, StatRow } from '../../utils/db/schema';
import { tDynamic } from '../../utils/i18n';
import { decideLevel, type LadderDecision } from '../../utils/ladder/progression';
import { progressionHistory, progressionWindows } from '../../utils/ladder/progressionInput';
import { clampLevel } from '../../utils/ladder/rules';
import { type ProgressView, progressView, statRanges } from '../../utils/progress';
import type { Settings } from '../../utils/settings';

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
  awaiting: Pick<Attempt, 'id' | 'askTitle' | 'doneAt' | 'followUpSentAt'>[];
}

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
    ladder: { from: 1, to: 1, reason: { code: 'stayProgress', easy: 0, needed: 3 } },
    today: null,
    awaiting: [],
  };
}

async function readAll(reader: RawReader, settings: Settings, now: number): Promise<NewTabData> {
  const ranges = statRanges(now);
  const bound = ([first, last]: [string, string]) => ({ range: IDBKeyRange.bound(first, last) });
  const [weeks, days, levels, total, ladderRow, todayRow, awaiting] = await Promise.all([
    reader.getAll<StatRow>('stats', bound(ranges.weeks)),
    reader.getAll<StatRow>('stats', bound(ranges.days)),
    reader.getAll<StatRow>('stats', bound(ranges.levels)),
    reader.get<StatRow>('stats', ranges.total),
    reader.get<MetaRow>('meta', 'ladder'),
    reader.get<MetaRow>('meta', 'todayCard'),
    reader.getAll<Attempt>('attempts', { index: 'state', range: IDBKeyRange.only('awaiting') }),
  ]);
  const position = ladderRow?.value as { level?: number; since?: number } | undefined;
  const level = clampLevel(typeof position?.level === 'number' ? position.level : 1);
  const since = typeof position?.since === 'number' ? position.since : 0;
  const { attemptsFrom, skipsFrom } = progressionWindows(since, now);
  const [recent, events, today] = await Promise.all([
    reader.getAll<Attempt>('attempts', {
      index: 'doneDay',
      range: IDBKeyRange.lowerBound(dayKey(attemptsFrom)),
    }),
    reader.getAll<CardEvent>('cardEvents', {
      index: 'day',
      range: IDBKeyRange.lowerBound(dayKey(skipsFrom)),
    }),
    todayLine(reader, todayRow?.value, now),
  ]);
  return {
    now,
    settings,
    progress: progressView({
      now,
      weeklyGoal: settings.weeklyGoal,
      rows: [...weeks, ...days, ...levels, ...(total ? [total] : [])],
    }),
    level,
    ladder: decideLevel({ level, levelSince: since, now, ...progressionHistory(recent, events) }),
    today,
    awaiting: awaiting
      .sort((a, b) => (a.doneAt ?? 0) - (b.doneAt ?? 0))
      .map(({ id, askTitle, doneAt, followUpSentAt }) => ({ id, askTitle, doneAt, followUpSentAt })),
  };
}

/** Today's card as the popup stored it (the new tab never picks one itself: it only reads). */
async function todayLine(reader: RawReader, value: unknown, now: number): Promise<TodayLine | null> {
  const card = value as { day?: string; askId?: string | null; level?: number } | undefined;
  if (!card || card.day !== dayKey(now) || !card.askId) return null;
  const custom = await reader.get<CustomAsk>('customAsks', card.askId);
  const title = custom ? custom.title : tDynamic(askMessageKey(card.askId, 'title'));
  if (!title) return null;
  return { askId: card.askId, title, level: custom ? custom.level : (card.level ?? 1) };
}
