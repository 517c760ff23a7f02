import type { AskAnywayDatabase } from '../../utils/db/database';
import { DATABASE_SCRIPT, type DatabaseRuntime } from '../../utils/db/databaseRuntime';

let loading: Promise<DatabaseRuntime> | null = null;
let opening: Promise<AskAnywayDatabase> | null = null;

/**
 * Dexie and the database, from their own script: a page that needs them at once names the
 * script in its HTML, before its own; others have it fetched on first use, once per page.
 */
export function loadDatabaseRuntime(): Promise<DatabaseRuntime> {
  const loaded = globalThis.askAnywayDatabaseRuntime;
  if (loaded) return Promise.resolve(loaded);
  loading ??= new Promise<DatabaseRuntime>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = DATABASE_SCRIPT;
    script.onload = () => {
      const runtime = globalThis.askAnywayDatabaseRuntime;
      if (runtime) resolve(runtime);
      else reject(new Error(`${DATABASE_SCRIPT} ran but published no database`));
    };
    script.onerror = () => reject(new Error(`${DATABASE_SCRIPT} did not load`));
    document.head.append(script);
  }).catch((error: unknown) => {
    // Tried again on the next use rather than failing for the life of the page.
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * The shared database, open. A page that paints from its snapshot calls this after the paint,
 * so Dexie stays off the path to it.
 */
export function loadDatabase(): Promise<AskAnywayDatabase> {
  if (!opening) {
    const attempt = loadDatabaseRuntime().then(async ({ getDatabase }) => {
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
