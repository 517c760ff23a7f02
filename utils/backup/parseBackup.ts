import * as v from 'valibot';
import { CURRENT_SCHEMA_VERSION } from '../db/versions';
import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  BACKUP_STORES,
  type BackupFile,
  type BackupStore,
  type BackupStores,
} from './backupFormat';
import type { FileProblem, ImportProblem } from './importProblems';
import { rowProblemFromIssue } from './importProblems';
import { EARLIEST_DATE, rowSchemas } from './rowSchemas';
import { upgradeBackup } from './upgradeBackup';

// The import boundary: a file's bytes in, either a backup every row of which is known good,
// or the problems found. Nothing here writes anywhere, so a refused file changes nothing.

export type ParseResult =
  | { ok: true; backup: BackupFile }
  | { ok: false; problems: ImportProblem[]; total: number };

/** How many problems a person is shown; the rest are counted. */
export const PROBLEMS_SHOWN = 5;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const HEADER_KEYS = new Set([
  'app',
  'formatVersion',
  'schemaVersion',
  'exportedAt',
  'counts',
  'settings',
  'stores',
]);
const ROWS_PER_YIELD = 2_000;

export interface ParseOptions {
  now: number;
  /** Called as rows are checked (0–1); also gives the page a turn to paint the progress. */
  onProgress?: (share: number) => void | Promise<void>;
}

const fail = (problem: FileProblem): ParseResult => ({ ok: false, problems: [problem], total: 1 });

/** A file over the size limit, refused from its size alone (before it is read); else null. */
export function refuseBySize(byteLength: number): ParseResult | null {
  if (byteLength <= BACKUP_LIMITS.fileBytes) return null;
  const mb = (n: number) => Math.round(n / (1024 * 1024));
  return fail({ kind: 'tooLarge', megabytes: mb(byteLength), limitMegabytes: mb(BACKUP_LIMITS.fileBytes) });
}

export async function parseBackup(
  bytes: Uint8Array,
  { now, onProgress }: ParseOptions,
): Promise<ParseResult> {
  const tooLarge = refuseBySize(bytes.byteLength);
  if (tooLarge) return tooLarge;
  let text: string;
  try {
    // Fatal: a file in another encoding (UTF-16, Latin-1) is refused rather than misread.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail({ kind: 'notUtf8' });
  }
  if (text.includes('\u0000')) return fail({ kind: 'notUtf8' });
  const trimmed = text.trim();
  if (trimmed === '') return fail({ kind: 'empty' });
  if (!trimmed.startsWith('{') && looksLikeCsv(trimmed)) return fail({ kind: 'looksLikeCsv' });

  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    return fail({ kind: 'notJson' });
  }
  const shapeProblem = scanShape(raw);
  if (shapeProblem) return fail(shapeProblem);

  const header = v.safeParse(v.object({ app: v.literal(BACKUP_APP), formatVersion: v.number() }), raw);
  if (!header.success) return fail({ kind: 'notBackup' });
  const { formatVersion } = header.output;
  if (!Number.isInteger(formatVersion) || formatVersion < 1) return fail({ kind: 'badFormat' });
  if (formatVersion > BACKUP_FORMAT_VERSION) return fail({ kind: 'futureFormat', version: formatVersion });

  const file = upgradeBackup(raw as Record<string, unknown> & { formatVersion: number });
  const headerProblem = checkHeader(file, now);
  if (headerProblem) return fail(headerProblem);

  const stores = file.stores as Record<string, unknown>;
  for (const store of BACKUP_STORES) {
    const rows = stores[store];
    if (!Array.isArray(rows)) return fail({ kind: 'missingStore', store });
    if (rows.length > BACKUP_LIMITS.rows[store])
      return fail({ kind: 'tooManyRows', store, limit: BACKUP_LIMITS.rows[store] });
  }

  const problems: ImportProblem[] = [];
  let total = 0;
  const report = (problem: ImportProblem) => {
    total += 1;
    if (problems.length < PROBLEMS_SHOWN) problems.push(problem);
  };

  const schemas = rowSchemas(now);
  const totalRows = BACKUP_STORES.reduce((sum, store) => sum + (stores[store] as unknown[]).length, 0);
  let checked = 0;
  const clean = {} as Record<BackupStore, unknown[]>;
  for (const store of BACKUP_STORES) {
    const rows = stores[store] as unknown[];
    const schema = schemas[store];
    const output: unknown[] = [];
    const seen = new Set<unknown>();
    for (const [index, row] of rows.entries()) {
      const result = v.safeParse(schema, row, { abortPipeEarly: true });
      if (!result.success) {
        for (const issue of result.issues) report(rowProblemFromIssue(store, index + 1, issue));
      } else {
        const key = rowKey(store, result.output as Record<string, unknown>);
        if (seen.has(key)) report({ kind: 'row', store, row: index + 1, field: '', rule: 'duplicateId' });
        seen.add(key);
        const mismatch =
          store === 'attempts' ? stateMismatch(result.output as Record<string, unknown>) : null;
        if (mismatch) report({ kind: 'row', store, row: index + 1, field: mismatch, rule: 'stateMismatch' });
        output.push(result.output);
      }
      checked += 1;
      if (onProgress && checked % ROWS_PER_YIELD === 0) await onProgress(checked / totalRows);
    }
    clean[store] = output;
    const counted = (file.counts as Record<string, unknown>)[store];
    if (counted !== rows.length && total === 0)
      report({ kind: 'countMismatch', store, header: Number(counted), actual: rows.length });
  }
  if (total > 0) return { ok: false, problems, total };
  await onProgress?.(1);
  return {
    ok: true,
    backup: {
      app: BACKUP_APP,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: file.schemaVersion as number,
      exportedAt: file.exportedAt as string,
      counts: file.counts as BackupFile['counts'],
      settings: (file.settings ?? null) as BackupFile['settings'],
      stores: clean as unknown as BackupStores,
    },
  };
}

function rowKey(store: BackupStore, row: Record<string, unknown>): unknown {
  return store === 'drafts' || store === 'meta' ? row.key : row.id;
}

/** A row whose state contradicts its answer would be counted wrongly everywhere: refused. */
function stateMismatch(attempt: Record<string, unknown>): string | null {
  const { state, outcome, doneDay, doneAt, followUpDueAt } = attempt;
  const done = state !== 'committed';
  if (done !== (doneDay !== undefined)) return 'doneDay';
  if (done !== (doneAt !== undefined)) return 'doneAt';
  // An ask waiting for its reply is found by its follow-up day: without one it would be lost.
  if (state === 'awaiting' && followUpDueAt === undefined) return 'followUpDueAt';
  if (state === 'answered' && !(outcome === 'yes' || outcome === 'partly' || outcome === 'no'))
    return 'outcome';
  if (state === 'closed' && outcome !== 'noReply') return 'outcome';
  if ((state === 'awaiting' || state === 'committed') && outcome !== undefined) return 'outcome';
  return null;
}

function checkHeader(file: Record<string, unknown>, now: number): FileProblem | null {
  const { schemaVersion, exportedAt, counts, settings, stores } = file;
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1)
    return { kind: 'badHeader', field: 'schemaVersion' };
  if ((schemaVersion as number) > CURRENT_SCHEMA_VERSION)
    return { kind: 'futureSchema', version: schemaVersion as number };
  const at = typeof exportedAt === 'string' ? Date.parse(exportedAt) : Number.NaN;
  if (!Number.isFinite(at) || at < EARLIEST_DATE || at > now + 2 * 86_400_000)
    return { kind: 'badHeader', field: 'exportedAt' };
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts))
    return { kind: 'badHeader', field: 'counts' };
  if (
    settings !== undefined &&
    settings !== null &&
    (typeof settings !== 'object' || Array.isArray(settings))
  )
    return { kind: 'badHeader', field: 'settings' };
  if (typeof stores !== 'object' || stores === null || Array.isArray(stores))
    return { kind: 'badHeader', field: 'stores' };
  // Anything a backup does not hold means another program's file, or a format this one
  // does not know: refused rather than half read.
  const unknownTop = Object.keys(file).find((key) => !HEADER_KEYS.has(key));
  if (unknownTop !== undefined) return { kind: 'badHeader', field: unknownTop };
  const unknownStore = Object.keys(stores).find((key) => !(BACKUP_STORES as readonly string[]).includes(key));
  if (unknownStore !== undefined) return { kind: 'badHeader', field: `stores.${unknownStore}` };
  return null;
}

/**
 * Walks the parsed value without recursion: keys that could reach an object's prototype, and
 * nesting deeper than any backup has, are refused before any schema looks at the rows.
 */
function scanShape(root: unknown): FileProblem | null {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value !== 'object' || value === null) continue;
    if (depth > BACKUP_LIMITS.depth) return { kind: 'tooDeep', limit: BACKUP_LIMITS.depth };
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbiddenKey', key };
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return null;
}

/** A spreadsheet export offered by mistake: a header line of comma-separated names. */
function looksLikeCsv(text: string): boolean {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(',').length >= 3;
}
