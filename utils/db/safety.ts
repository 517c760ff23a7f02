import { dayKey } from '../dates';
import { AVOIDANCE_WINDOW_DAYS, DAY_MS } from '../ladder/rules';

import {
  eventRow,
  isConcernRow,
  OPEN_FOR_MS,
  type OpenConcern,
  openConcernAmong,
} from '../safety/concernRows';
import {
  CONCERN_WINDOW_DAYS,
  type ConcernKind,
  detectConcern,
  RISING_LOOKBACK_DAYS,
  stepDownLevel,
} from '../safety/detectConcern';
import type { AskAnywayDatabase } from './database';
import { getLadderPosition, setLadderLevel } from './ladder';
import type { SafetyChoice, SafetyEvent } from './schema';

// The safety card's record: every time it speaks is a row in safetyEvents (see
// utils/safety/concernRows.ts), and the person's choice is written on that row.

/** The newest concern spoken and not yet answered, if it spoke less than a day ago. */
export async function readOpenConcern(db: AskAnywayDatabase, now: number): Promise<OpenConcern | null> {
  return openConcernAmong(
    await db.safetyEvents
      .where('at')
      .between(now - OPEN_FOR_MS, now, false, true)
      .toArray(),
    now,
  );
}

const TABLES = (db: AskAnywayDatabase) => [db.safetyEvents, db.attempts, db.cardEvents, db.meta];

/**
 * The concern to show now: the open one, or a new one the detector names (recorded as it is
 * shown, so it counts as spoken even if the page closes at once). Null when all is well.
 */
export async function noticeConcern(db: AskAnywayDatabase, now: number): Promise<OpenConcern | null> {
  return db.transaction('rw', TABLES(db), async () => {
    const open = await readOpenConcern(db, now);
    if (open) return open;
    const lookback = Math.max(RISING_LOOKBACK_DAYS, AVOIDANCE_WINDOW_DAYS, CONCERN_WINDOW_DAYS);
    const [position, done, cardEvents, spoken] = await Promise.all([
      getLadderPosition(db),
      db.attempts
        .where('doneDay')
        .aboveOrEqual(dayKey(now - lookback * DAY_MS))
        .toArray(),
      db.cardEvents
        .where('day')
        .aboveOrEqual(dayKey(now - AVOIDANCE_WINDOW_DAYS * DAY_MS))
        .toArray(),
      db.safetyEvents
        .where('at')
        .above(now - lookback * DAY_MS)
        .toArray(),
    ]);
    const concern = detectConcern({
      now,
      level: position.level,
      asks: done.flatMap((a) =>
        a.doneAt === undefined
          ? []
          : [
              {
                id: a.id,
                doneAt: a.doneAt,
                ...(a.actualDiscomfort !== undefined && { actual: a.actualDiscomfort }),
                ...(a.forecastDiscomfort !== undefined && { forecast: a.forecastDiscomfort }),
              },
            ],
      ),
      skips: cardEvents
        .filter((e) => e.action === 'easier' || e.action === 'notToday')
        .map((e) => ({ at: e.at })),
      spoken: spoken.filter(isConcernRow).map((row) => ({ kind: row.kind as ConcernKind, at: row.at })),
    });
    if (!concern) return null;
    const row = eventRow(concern, now, position.level);
    const eventId = (await db.safetyEvents.add(row)) as number;
    return { eventId, at: now, level: position.level, concern };
  });
}

/**
 * The person's answer to the card. A step down moves the ladder one level (never below the
 * first) with its reason in the ladder's history; the pause itself is a setting, saved by the
 * page. Answering twice changes nothing. Returns the level the person is on now.
 */
export async function answerConcern(
  db: AskAnywayDatabase,
  eventId: number,
  choice: SafetyChoice,
  now: number,
): Promise<number> {
  return db.transaction('rw', [db.safetyEvents, db.meta, db.ladderEvents], async () => {
    const row = await db.safetyEvents.get(eventId);
    const { level } = await getLadderPosition(db);
    if (!row || row.choice !== undefined) return level;
    await db.safetyEvents.update(eventId, { choice, choiceAt: now });
    return choice === 'stepDown' ? setLadderLevel(db, stepDownLevel(level), now, 'safetyStepDown') : level;
  });
}

/** Every time the card spoke, newest first: the history the new tab shows when asked. */
export async function listSafetyEvents(db: AskAnywayDatabase, limit = 50): Promise<SafetyEvent[]> {
  return db.safetyEvents.orderBy('at').reverse().filter(isConcernRow).limit(limit).toArray();
}
