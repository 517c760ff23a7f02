import type { Attempt } from './db/schema';

/** How far back an ask still gets a prompt to reflect on it. */
export const UNREFLECTED_DAYS = 14;

/** Done asks with no reflection yet, newest first. Quick logs never ask for one. */
export function unreflectedAmong(attempts: readonly Attempt[]): Attempt[] {
  return attempts
    .filter((a) => a.state !== 'committed' && !a.reflection && a.askSource !== 'quick')
    .sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0));
}
