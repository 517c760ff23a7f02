import { BACKUP_FORMAT_VERSION } from './backupFormat';

// Files written by older versions of Ask Anyway are brought up to the current format before
// they are checked, so a backup never stops being restorable. Each step takes the file as
// format N and returns it as format N + 1; a test runs the chain over every older format.
// Rows are checked against the current schema only, so a database version that changes the
// shape of a row also bumps the format, with a step here that brings old rows along.

export type RawBackup = Record<string, unknown> & { formatVersion: number };
export type FormatStep = (file: RawBackup) => RawBackup;

/** Keyed by the version a step upgrades from. Format 1 is the first: nothing to upgrade yet. */
export const FORMAT_STEPS: Readonly<Record<number, FormatStep>> = {};

export function upgradeBackup(
  file: RawBackup,
  steps: Readonly<Record<number, FormatStep>> = FORMAT_STEPS,
  target: number = BACKUP_FORMAT_VERSION,
): RawBackup {
  let current = file;
  while (current.formatVersion < target) {
    const step = steps[current.formatVersion];
    if (!step) throw new Error(`no upgrade from backup format ${current.formatVersion}`);
    current = { ...step(current), formatVersion: current.formatVersion + 1 };
  }
  return current;
}
