import { liveQuery } from 'dexie';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { getDatabase } from '../../utils/db/database';

// Dexie and the database, loaded by a page after its first paint (see utils/db/databaseRuntime.ts).
export default defineUnlistedScript(() => {
  globalThis.askAnywayDatabaseRuntime = { getDatabase, liveQuery };
});
