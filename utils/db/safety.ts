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
import type { SafetyChoice } from './schema';

// The safety card's record: every time it speaks is a row in safetyEvents (see
// utils/safety/concernRows.ts), and the person's choice is written on that row.

/** The newest concern spoken and not yet answered, if it spoke less than a day ago. */
export async function readOpenConcern(db: AskAnywayDatabase, now: number): Promise<OpenConcern | null> {
  // No upper bound on the read (openConcernAmong leaves out any row after `now`): a live
  // query then also hears of a check-in recorded a moment after it ran.
  return openConcernAmong(
    await db.safetyEvents
      .where('at')
      .above(now - OPEN_FOR_MS)
      .toArray(),
    now,
  );
}

const TABLES = (db: AskAnywayDatabase) => [db.safetyEvents, db.attempts, db.cardEvents, db.meta];

/**
 * The concern to show now: a new one the detector names (recorded as it is shown, so it counts
 * as spoken even if the page closes at once), or else the one still open. An open one stands
 * unless an ask was done after it spoke: then the asks are looked at again. Null when all is
 * well.
 */
export async function noticeConcern(db: AskAnywayDatabase, now: number): Promise<OpenConcern | null> {
  return db.transaction('rw', TABLES(db), async () => {
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
    const lastAskAt = Math.max(0, ...done.map((a) => a.doneAt ?? 0));
    const open = openConcernAmong(spoken, now, lastAskAt);
    if (open && open.at >= lastAskAt) return open;
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
    if (!concern) return open;
    const row = eventRow(concern, now, position.level);
    const eventId = (await db.safetyEvents.add(row)) as number;
    return { eventId, at: now, level: position.level, concern };
  });
}

/** What answering did: the level the person is on now, and whether this answer was the one kept. */
export interface ConcernAnswer {
  level: number;
  /** False when the card had been answered already (on another page): nothing changed. */
  recorded: boolean;
}

/**
 * The person's answer to the card. A step down moves the ladder one level (never below the
 * first) with its reason in the ladder's history; the pause itself is a setting, saved by the
 * page. Answering twice changes nothing, and says so.
 */
export async function answerConcern(
  db: AskAnywayDatabase,
  eventId: number,
  choice: SafetyChoice,
  now: number,
): Promise<ConcernAnswer> {
  return db.transaction('rw', [db.safetyEvents, db.meta, db.ladderEvents], async () => {
    const row = await db.safetyEvents.get(eventId);
    const { level } = await getLadderPosition(db);
    if (!row || row.choice !== undefined) return { level, recorded: false };
    await db.safetyEvents.update(eventId, { choice, choiceAt: now });
    return {
      level:
        choice === 'stepDown' ? await setLadderLevel(db, stepDownLevel(level), now, 'safetyStepDown') : level,
      recorded: true,
    };
  });
}
