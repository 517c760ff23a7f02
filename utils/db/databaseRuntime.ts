import type { liveQuery } from 'dexie';
import type { AskAnywayDatabase } from './database';

/**
 * What `entrypoints/database/` publishes to the page that loads it: Dexie and the database,
 * built into a script of their own so a page's first paint never waits for them (Dexie is
 * over half of the popup's script). Pages reach it through components/shared/loadDatabase.ts;
 * liveQuery comes from the same copy of Dexie as the database it watches, or it sees nothing.
 */
export interface DatabaseRuntime {
  getDatabase: () => AskAnywayDatabase;
  liveQuery: typeof liveQuery;
}

/** The script's file in the built extension. */
export const DATABASE_SCRIPT = '/database.js';

declare global {
  // Set once by the database script; read by the page that loaded it.
  var askAnywayDatabaseRuntime: DatabaseRuntime | undefined;
}
