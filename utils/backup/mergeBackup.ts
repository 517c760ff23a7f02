import type { Attempt, MetaRow, Reflection } from '../db/schema';

// How a backup's rows join the rows already here ("Merge"): by id, the newer edit wins, and a
// reflection is never replaced by an older one or by an empty one. Pure, so every rule has a
// test; utils/db/backup.ts reads the rows these need and writes what they return.

function isEmptyReflection(reflection: Reflection | undefined): boolean {
  if (!reflection) return true;
  const { expected, happened, thoughtsFeelings, beliefUpdate } = reflection;
  return [expected, happened, thoughtsFeelings, beliefUpdate].every((text) => text.trim() === '');
}

/** The reflection to keep of two: the written one, or of two written ones the later. */
export function betterReflection(here: Reflection | undefined, incoming: Reflection | undefined) {
  if (isEmptyReflection(incoming)) return here;
  if (isEmptyReflection(here)) return incoming;
  return (incoming?.reflectedAt ?? 0) > (here?.reflectedAt ?? 0) ? incoming : here;
}

/** The attempt to write for `incoming`, or null when the one here already is the result. */
export function mergeAttempt(here: Attempt | undefined, incoming: Attempt): Attempt | null {
  if (!here) return incoming;
  const newer = incoming.updatedAt > here.updatedAt ? incoming : here;
  const reflection = betterReflection(here.reflection, incoming.reflection);
  if (newer === here && reflection === here.reflection) return null;
  const { reflection: _dropped, ...rest } = newer;
  return reflection ? { ...rest, reflection } : rest;
}

/** Custom asks and drafts: the newer edit wins; a tie keeps the row here. */
export function mergeByUpdatedAt<T extends { updatedAt: number }>(
  here: T | undefined,
  incoming: T,
): T | null {
  return !here || incoming.updatedAt > here.updatedAt ? incoming : null;
}

/**
 * Events (card, ladder, safety) have numbers given by each device, so the same number may
 * name different events: an event is the same when everything but its number is. Returns
 * the incoming events not here yet, keeping their number where it is free.
 */
export function mergeEvents<T extends { id?: number }>(here: readonly T[], incoming: readonly T[]): T[] {
  const signature = ({ id: _id, ...rest }: T) => JSON.stringify(rest, Object.keys(rest).sort());
  const known = new Set(here.map(signature));
  const usedIds = new Set(here.map((event) => event.id));
  const added: T[] = [];
  for (const event of incoming) {
    const sig = signature(event);
    if (known.has(sig)) continue;
    known.add(sig);
    if (event.id !== undefined && !usedIds.has(event.id)) {
      usedIds.add(event.id);
      added.push(event);
    } else {
      const { id: _id, ...withoutId } = event;
      added.push(withoutId as T);
    }
  }
  return added;
}

/**
 * Meta keeps this device's place (the popup's step, today's card) and fills in what it
 * lacks; the ladder position is the one that moved last, on whichever device, and the
 * ladder's outlook ("what moves it next") comes with it. Hidden asks are the union of both:
 * an ask hidden on either device stays hidden (each once, at its latest hiding).
 */
export function mergeMeta(here: ReadonlyMap<string, MetaRow>, incoming: readonly MetaRow[]): MetaRow[] {
  const since = (row: MetaRow | undefined) => (row?.value as { since?: number } | undefined)?.since ?? 0;
  const incomingLadder = incoming.find((row) => row.key === 'ladder');
  const ladderMoves =
    incomingLadder !== undefined &&
    (!here.has('ladder') || since(incomingLadder) > since(here.get('ladder')));
  return incoming.flatMap((row) => {
    if (row.key === HIDDEN_ASKS && here.has(HIDDEN_ASKS)) return [mergeHidden(here.get(HIDDEN_ASKS), row)];
    if (row.key === 'ladder' || row.key === LADDER_OUTLOOK)
      return ladderMoves || !here.has(row.key) ? [row] : [];
    return here.has(row.key) ? [] : [row];
  });
}

const HIDDEN_ASKS = 'hiddenAsks';

function mergeHidden(here: MetaRow | undefined, incoming: MetaRow): MetaRow {
  const rows = (row: MetaRow | undefined) =>
    Array.isArray(row?.value) ? (row.value as { askId: string; at: number }[]) : [];
  const latest = new Map<string, { askId: string; at: number }>();
  for (const hidden of [...rows(here), ...rows(incoming)]) {
    const known = latest.get(hidden.askId);
    if (!known || hidden.at > known.at) latest.set(hidden.askId, hidden);
  }
  return { key: HIDDEN_ASKS, value: [...latest.values()].sort((a, b) => b.at - a.at) };
}

const LADDER_OUTLOOK = 'ladderOutlook';
