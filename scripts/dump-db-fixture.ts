// Writes tests/fixtures/db/v<N>.json for the current schema version: run it (npm run
// fixture:db) once when a new version is added, while it is the newest, and commit the file.
import 'fake-indexeddb/auto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedFixture } from '../tests/unit/utils/db/seedFixture';
import { AskAnywayDatabase } from '../utils/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../utils/db/versions';

const target = join(import.meta.dirname, '../tests/fixtures/db', `v${CURRENT_SCHEMA_VERSION}.json`);
if (existsSync(target) && !process.argv.includes('--force')) {
  console.error(`${target} exists: a shipped version's fixture is never rewritten.`);
  process.exit(1);
}
const db = new AskAnywayDatabase('fixture-dump');
await seedFixture(db);
const tables: Record<string, unknown[]> = {};
for (const table of db.tables) tables[table.name] = await table.toArray();
const stores = SCHEMA_VERSIONS.find((v) => v.version === CURRENT_SCHEMA_VERSION)?.stores;
writeFileSync(
  target,
  `${JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, stores, tables }, null, 2)}\n`,
);
console.log(`wrote ${target}`);
