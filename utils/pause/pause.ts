import { addDays, dayKey, parseDayKey } from '../dates';

// One pause for the whole of practice: while it lasts there is no daily card, no reminder,
// no badge and no ladder move. History, the journal and logging an answer that arrives
// stay available.

export interface PracticePause {
  /** Practice resumes by itself at this time (a pause for a few days or a week). */
  pausedUntil: number | null;
  /** Paused until the person resumes. */
  pausedIndefinitely: boolean;
}

export const NO_PAUSE: Readonly<PracticePause> = { pausedUntil: null, pausedIndefinitely: false };

export type PauseLength = 'fewDays' | 'week' | 'untilResumed';
export const PAUSE_LENGTHS: readonly PauseLength[] = ['fewDays', 'week', 'untilResumed'];
export const PAUSE_DAYS: Record<Exclude<PauseLength, 'untilResumed'>, number> = { fewDays: 3, week: 7 };

export function isPaused(pause: PracticePause, now: number): boolean {
  return pause.pausedIndefinitely || (pause.pausedUntil !== null && now < pause.pausedUntil);
}

/**
 * The pause a choice starts at `now`. A timed pause ends at the start of a day (local
 * midnight), so the page can say "until Thursday" and mean all of Wednesday.
 */
export function startPause(length: PauseLength, now: number): PracticePause {
  if (length === 'untilResumed') return { pausedUntil: null, pausedIndefinitely: true };
  return {
    pausedUntil: parseDayKey(addDays(dayKey(now), PAUSE_DAYS[length])).getTime(),
    pausedIndefinitely: false,
  };
}

/** Keeps a well-formed stored pause; anything else is no pause. */
export function normalizePause(raw: unknown): PracticePause {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const until = source.pausedUntil;
  return {
    pausedUntil: typeof until === 'number' && Number.isFinite(until) ? until : null,
    pausedIndefinitely: source.pausedIndefinitely === true,
  };
}
