import type { AskAnywayDatabase } from './database';

let opening: Promise<AskAnywayDatabase> | null = null;

/**
 * The shared database, with Dexie loaded on first use: a page that paints from its snapshot
 * keeps Dexie (most of its script) off the path to the first paint.
 */
export function loadDatabase(): Promise<AskAnywayDatabase> {
  if (!opening) {
    const attempt = import('./database').then(async ({ getDatabase }) => {
      const db = getDatabase();
      await db.open();
      return db;
    });
    // A failed open (private window, storage disabled) is tried again next time.
    attempt.catch(() => {
      if (opening === attempt) opening = null;
    });
    opening = attempt;
  }
  return opening;
}
