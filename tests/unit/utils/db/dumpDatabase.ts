import type { AskAnywayDatabase } from '../../../../utils/db/database';

/** Every table's rows, in key order: what "the database is unchanged" is compared on. */
export async function dumpDatabase(db: AskAnywayDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  // Undefined fields vanish in a JSON file: compare the rows as a backup would hold them.
  return JSON.parse(JSON.stringify(dump)) as Record<string, unknown[]>;
}
