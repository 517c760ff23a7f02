import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../utils/db/versions';

interface DatabaseFixture {
  schemaVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixtureDir = join(import.meta.dirname, '../../../fixtures/db');
const fixtures = readdirSync(fixtureDir)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(fixtureDir, name), 'utf8')) as DatabaseFixture);

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Primary key of a row under a Dexie stores string ('++id, …' or 'key, …'). */
function primaryKey(schema: string, row: Record<string, unknown>): unknown {
  const first = (schema.split(',')[0] ?? '').trim().replace(/^\+\+/, '');
  return row[first];
}

describe('schema upgrades keep every row', () => {
  it('has a fixture for every shipped schema version', () => {
    expect(fixtures.map((f) => f.schemaVersion).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(fixtures.map((f) => [f.schemaVersion, f] as const))(
    'version %i has not been edited since it shipped',
    (version, fixture) => {
      expect(SCHEMA_VERSIONS.find((v) => v.version === version)?.stores).toEqual(fixture.stores);
    },
  );

  it.each(fixtures.map((f) => [f.schemaVersion, f] as const))(
    'opens a version %i database with the current code',
    async (_version, fixture) => {
      const name = `fixture-${crypto.randomUUID()}`;
      const old = new Dexie(name);
      old.version(fixture.schemaVersion).stores(fixture.stores);
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
      old.close();

      const db = new AskAnywayDatabase(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        expect(rows.length, `fixture table ${table} is empty`).toBeGreaterThan(0);
        const schema = fixture.stores[table] ?? '';
        for (const row of rows) {
          expect(await db.table(table).get(primaryKey(schema, row) as string)).toMatchObject(row);
        }
        expect(await db.table(table).count()).toBe(rows.length);
      }
    },
  );
});
