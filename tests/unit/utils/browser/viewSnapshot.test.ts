import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bumpDataStamp, dataStamp, readSnapshot, saveSnapshot } from '../../../../utils/browser/viewSnapshot';
import { AskAnywayDatabase, changesSnapshotData } from '../../../../utils/db/database';

/** The part of Storage the module uses, in memory (Node has no localStorage). */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** The shape these tests' page paints. */
const CARD = v.object({ card: v.string() });

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('view snapshots', () => {
  it('gives back what was saved while nothing has changed', () => {
    saveSnapshot('popup', { card: 'feedback_01' }, dataStamp(), '2026-11-24', 'build-1');
    expect(readSnapshot('popup', '2026-11-24', 'build-1', CARD)).toEqual({ card: 'feedback_01' });
  });

  it('ignores a snapshot once anything was written after it was taken', () => {
    const stamp = dataStamp();
    bumpDataStamp();
    saveSnapshot('popup', { card: 'old' }, stamp, '2026-11-24', 'build-1');
    expect(readSnapshot('popup', '2026-11-24', 'build-1', CARD)).toBeNull();
  });

  it('ignores a snapshot from another day or another build', () => {
    saveSnapshot('popup', { card: 'x' }, dataStamp(), '2026-11-23', 'build-1');
    expect(readSnapshot('popup', '2026-11-24', 'build-1', CARD)).toBeNull();
    saveSnapshot('popup', { card: 'x' }, dataStamp(), '2026-11-24', 'build-0');
    expect(readSnapshot('popup', '2026-11-24', 'build-1', CARD)).toBeNull();
  });

  it('treats a damaged or missing snapshot as none', () => {
    expect(readSnapshot('popup', '2026-11-24', 'build-1', CARD)).toBeNull();
    storage.setItem('ask-anyway:snapshot:popup', '{not json');
    expect(readSnapshot('popup', '2026-11-24', 'build-1', CARD)).toBeNull();
  });

  it('ignores a snapshot that is not the shape the page paints', () => {
    saveSnapshot('popup', { card: 42 }, dataStamp(), '2026-11-24', 'build-1');
    expect(readSnapshot('popup', '2026-11-24', 'build-1', CARD)).toBeNull();
    storage.setItem('ask-anyway:snapshot:popup', JSON.stringify({ format: '1', value: { card: 'x' } }));
    expect(readSnapshot('popup', '2026-11-24', 'build-1', CARD)).toBeNull();
  });

  it('keeps working, with no snapshots, when storage refuses writes', () => {
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => bumpDataStamp()).not.toThrow();
    expect(() => saveSnapshot('popup', { card: 'x' }, dataStamp(), '2026-11-24', 'b')).not.toThrow();
    expect(readSnapshot('popup', '2026-11-24', 'b', CARD)).toBeNull();
  });
});

describe('writes make snapshots stale', () => {
  it('counts every table but drafts', () => {
    expect(changesSnapshotData({ 'idb://ask-anyway/drafts/': {} })).toBe(false);
    expect(changesSnapshotData({ 'idb://ask-anyway/drafts/': {}, 'idb://ask-anyway/meta/': {} })).toBe(true);
    expect(changesSnapshotData({ 'idb://ask-anyway/attempts/state': {} })).toBe(true);
  });

  it('bumps the stamp when a write commits, and not for a draft', async () => {
    const db = new AskAnywayDatabase(`snapshot-${crypto.randomUUID()}`);
    try {
      await db.open(); // creating the database counts as a change to everything
      const before = dataStamp();
      await db.drafts.put({ key: 'reflect:a', fields: { what: 'hi' }, updatedAt: 1 });
      expect(dataStamp()).toBe(before);
      await db.meta.put({ key: 'ladder', value: { level: 2, since: 1 } });
      expect(dataStamp()).not.toBe(before);
    } finally {
      await db.delete();
    }
  });
});
