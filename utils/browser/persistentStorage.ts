// The browser's storage manager, asked for persistent storage (so the browser does not clear
// the database when the disk runs low) and for how much is used. Firefox grants it to an
// extension with `unlimitedStorage` without a prompt. Chromium answers "not persisted" to
// extension pages, but never evicts an origin with `unlimitedStorage` (its quota manager
// skips unlimited origins), so there the permission itself is the protection.

export interface StorageStatus {
  /** Safe from the browser's clean-up when space runs low; null when the browser cannot say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function ensurePersistentStorage(): Promise<StorageStatus> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager) return { persisted: null, usage: null, quota: null };
  const persisted = import.meta.env.BROWSER === 'firefox' ? await askToPersist(manager) : true;
  try {
    const { usage, quota } = await manager.estimate();
    return { persisted, usage: usage ?? null, quota: quota ?? null };
  } catch {
    return { persisted, usage: null, quota: null };
  }
}

async function askToPersist(manager: StorageManager): Promise<boolean | null> {
  try {
    return (await manager.persisted()) || (await manager.persist());
  } catch {
    return null;
  }
}
