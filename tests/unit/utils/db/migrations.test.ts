import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie, { type IndexableType, type Table, type Transaction } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import type { Attempt } from '../../../../utils/db/schema';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../utils/db/versions';
import { seedFixture } from './seedFixture';

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
function primaryKey(schema: string, row: Record<string, unknown>): IndexableType {
  const first = (schema.split(',')[0] ?? '').trim().replace(/^\+\+/, '');
  return row[first] as IndexableType;
}

/** A database as the fixture's version left it, written without the current code; its name. */
async function createFromFixture(fixture: DatabaseFixture): Promise<string> {
  const name = `fixture-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(fixture.schemaVersion).stores(fixture.stores);
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
  return name;
}

const NEXT_VERSION = CURRENT_SCHEMA_VERSION + 1;
const currentAttemptsSchema =
  SCHEMA_VERSIONS.find((v) => v.version === CURRENT_SCHEMA_VERSION)?.stores.attempts ?? '';

/** What the test-only next version adds to every attempt, and indexes. */
type NextAttempt = Attempt & { askKey?: string };
const askKey = (attempt: Pick<Attempt, 'askSource' | 'askId'>) => `${attempt.askSource}:${attempt.askId}`;

/**
 * The shipped code plus one more version, as the next schema change would add it: a changed
 * stores string (a new index on attempts) and an upgrade that rewrites every attempt. Built on
 * the real class, so every shipped version and upgrade runs before it.
 */
class NextVersionDatabase extends AskAnywayDatabase {
  constructor(name: string, upgrade: (attempts: Table<NextAttempt, string>) => Promise<unknown>) {
    super(name);
    this.version(NEXT_VERSION)
      .stores({ attempts: `${currentAttemptsSchema}, askKey` })
      .upgrade((tx: Transaction) => upgrade(tx.table('attempts') as Table<NextAttempt, string>));
  }
}

function addAskKey(attempts: Table<NextAttempt, string>): Promise<number> {
  return attempts.toCollection().modify((attempt) => {
    attempt.askKey = askKey(attempt);
  });
}

describe('schema upgrades keep every row', () => {
  it('has a fixture for every shipped schema version', () => {
    expect(fixtures.map((f) => f.schemaVersion).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  // The next version's fixture will be dumped from this seed: it must keep working as the
  // product's write path changes.
  it('seeds every table through the current write path', async () => {
    const db = new AskAnywayDatabase(`seed-${crypto.randomUUID()}`);
    opened.push(db);
    await seedFixture(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBeGreaterThan(0);
    expect(crypto.randomUUID()).not.toMatch(/^00000000-/);
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
      const db = new AskAnywayDatabase(await createFromFixture(fixture));
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        expect(rows.length, `fixture table ${table} is empty`).toBeGreaterThan(0);
        const schema = fixture.stores[table] ?? '';
        for (const row of rows) {
          expect(await db.table(table).get(primaryKey(schema, row))).toMatchObject(row);
        }
        expect(await db.table(table).count()).toBe(rows.length);
      }
    },
  );

  it.each(fixtures.map((f) => [f.schemaVersion, f] as const))(
    'upgrades a version %i database to a test-only next version without losing a row',
    async (_version, fixture) => {
      let upgraded = 0;
      const db = new NextVersionDatabase(await createFromFixture(fixture), async (attempts) => {
        upgraded = await addAskKey(attempts);
      });
      opened.push(db);
      await db.open();

      expect(db.verno).toBe(NEXT_VERSION);
      const attemptRows = fixture.tables.attempts ?? [];
      expect(attemptRows.length).toBeGreaterThan(0);
      expect(upgraded).toBe(attemptRows.length);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const schema = fixture.stores[table] ?? '';
        for (const row of rows) {
          const expected =
            table === 'attempts'
              ? { ...row, askKey: askKey(row as Pick<Attempt, 'askSource' | 'askId'>) }
              : row;
          expect(await db.table(table).get(primaryKey(schema, row)), `${table} row`).toMatchObject(expected);
        }
        expect(await db.table(table).count(), `${table} count`).toBe(rows.length);
      }
      // The new index holds every attempt: the upgrade reached each one, and the index was built.
      expect(await db.table('attempts').orderBy('askKey').count()).toBe(attemptRows.length);
    },
  );

  it.each(fixtures.map((f) => [f.schemaVersion, f] as const))(
    'leaves a version %i database as it was when the upgrade fails',
    async (_version, fixture) => {
      const name = await createFromFixture(fixture);
      const failing = new NextVersionDatabase(name, async (attempts) => {
        // Writes first, so the test shows they are rolled back with the failed upgrade.
        await addAskKey(attempts);
        await attempts.clear();
        throw new Error('upgrade failed halfway');
      });
      await expect(failing.open()).rejects.toThrow('upgrade failed halfway');
      failing.close();

      // Declaring only the old version opens it only if it was never upgraded (a newer one
      // would refuse with a VersionError).
      const reopened = new Dexie(name);
      reopened.version(fixture.schemaVersion).stores(fixture.stores);
      opened.push(reopened);
      await reopened.open();
      expect(reopened.verno).toBe(fixture.schemaVersion);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const schema = fixture.stores[table] ?? '';
        for (const row of rows) {
          expect(await reopened.table(table).get(primaryKey(schema, row)), `${table} row`).toEqual(row);
        }
        expect(await reopened.table(table).count(), `${table} count`).toBe(rows.length);
      }
    },
  );
});
