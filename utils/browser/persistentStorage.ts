// The browser's storage manager, asked for persistent storage (so the browser does not clear
// the database when the disk runs low) and for how much is used. Both browsers grant an
// extension with `unlimitedStorage` without a prompt.

export interface StorageStatus {
  /** null when the browser cannot say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function ensurePersistentStorage(): Promise<StorageStatus> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager) return { persisted: null, usage: null, quota: null };
  let persisted: boolean | null = null;
  try {
    persisted = (await manager.persisted()) || (await manager.persist());
  } catch {
    persisted = null;
  }
  try {
    const { usage, quota } = await manager.estimate();
    return { persisted, usage: usage ?? null, quota: quota ?? null };
  } catch {
    return { persisted, usage: null, quota: null };
  }
}
