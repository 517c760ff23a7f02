import type { AskAnywayDatabase } from './database';

export async function loadDraft(
  db: AskAnywayDatabase,
  key: string,
): Promise<{ fields: Record<string, string>; updatedAt: number }> {
  const draft = await db.drafts.get(key);
  return { fields: draft?.fields ?? {}, updatedAt: draft?.updatedAt ?? 0 };
}

export async function saveDraft(
  db: AskAnywayDatabase,
  key: string,
  fields: Record<string, string>,
  now: number,
): Promise<void> {
  await db.drafts.put({ key, fields, updatedAt: now });
}

export async function clearDraft(db: AskAnywayDatabase, key: string): Promise<void> {
  await db.drafts.delete(key);
}
