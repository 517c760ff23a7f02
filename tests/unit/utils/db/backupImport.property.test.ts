import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupFile } from '../../../../utils/backup/backupFormat';
import { parseBackup } from '../../../../utils/backup/parseBackup';
import { importBackup } from '../../../../utils/db/backup';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { rebuildStats } from '../../../../utils/stats';
import { attempt, backupFile, bytesOf, NOW } from '../backup/backupFile';
import { dumpDatabase } from './dumpDatabase';

// Any small change to a valid backup file is either imported exactly as the file says, or
// refused with the database left as it was: never half-written, never silently altered.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in the file that a mutation can touch, as a path of keys and indexes. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  return here;
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 11, 0.5, 1e308, -1e308, '', 'NaN', '2026-02-30', 'x'.repeat(20_000), [], {}, null),
  fc.integer(),
  fc.string({ maxLength: 30 }),
);

const mutation = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('set', 'delete', 'duplicate', 'addKey', 'truncate'),
  value: hostileValue,
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype')),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(file: BackupFile, change: Mutation): string {
  const json = JSON.parse(JSON.stringify(file)) as Json;
  if (change.op === 'truncate') {
    const text = JSON.stringify(json);
    return text.slice(0, change.pick % text.length);
  }
  const all = paths(json);
  const path = all[change.pick % all.length] ?? [];
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, key) => (node as Record<string, Json>)[key] as Json, json);
  const last = path.at(-1) as string | number;
  const container = parent as Record<string | number, Json>;
  if (change.op === 'set') container[last] = change.value as Json;
  else if (change.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete container[last];
  } else if (change.op === 'duplicate' && Array.isArray(parent))
    parent.push(structuredClone(parent[last as number]) as Json);
  else if (change.op === 'addKey') {
    const target = container[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      // JSON.parse, as an import does, turns "__proto__" into a plain own key.
      return JSON.stringify(json).replace(
        JSON.stringify(target),
        JSON.stringify(target).replace(
          /^\{/,
          `{${JSON.stringify(change.key)}:${JSON.stringify(change.value)}${Object.keys(target).length > 0 ? ',' : ''}`,
        ),
      );
  }
  return JSON.stringify(json);
}

let db: AskAnywayDatabase;
beforeAll(async () => {
  db = new AskAnywayDatabase(`property-${crypto.randomUUID()}`);
  await db.open();
});
afterAll(async () => {
  await db.delete();
});

describe('importing a mutated backup', () => {
  it('imports exactly what the file says, or refuses and changes nothing', async () => {
    const here = backupFile([
      attempt(1),
      attempt(2, 4, { state: 'awaiting', outcome: undefined, answeredAt: undefined, followUpDueAt: NOW }),
    ]);
    const original = backupFile([attempt(1, 1, { askTitle: 'from the file' }), attempt(3), attempt(4, 9)]);
    let imported = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (change) => {
        await importBackup(db, here, 'replace');
        const before = await dumpDatabase(db);
        const text = mutate(original, change);
        const result = await parseBackup(bytesOf(text), { now: NOW });
        if (!result.ok) {
          // Refused before any write exists to undo (the E2E proves the same through the page).
          refused += 1;
          expect(result.problems.length).toBeGreaterThan(0);
          expect(result.total).toBeGreaterThanOrEqual(result.problems.length);
          return;
        }
        imported += 1;
        await importBackup(db, result.backup, 'replace');
        const after = await dumpDatabase(db);
        expect(after).not.toEqual(before);
        // Compared with the file itself, not with what the parser made of it: a check that
        // quietly changed a value would fail here.
        const fileStores = (JSON.parse(text) as { stores: Record<string, unknown[]> }).stores;
        for (const [store, rows] of Object.entries(fileStores)) {
          const sortKey = (row: Record<string, unknown>) => String(row.id ?? row.key);
          const want = JSON.parse(JSON.stringify(rows)) as Record<string, unknown>[];
          const got = (after[store] ?? []) as Record<string, unknown>[];
          expect([...got].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
            [...want].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
          );
        }
        const stats = [...rebuildStats(fileStores.attempts as never).values()];
        expect(after.stats).toEqual(expect.arrayContaining(JSON.parse(JSON.stringify(stats))));
        expect(after.stats).toHaveLength(stats.length);
      }),
      { numRuns: 1_000 },
    );
    // Both outcomes must really happen, or the property proves less than it claims.
    expect(imported).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(200);
  }, 120_000);
});
