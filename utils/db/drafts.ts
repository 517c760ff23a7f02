import type { AskAnywayDatabase } from './database';

export async function loadDraft(db: AskAnywayDatabase, key: string): Promise<Record<string, string>> {
  return (await db.drafts.get(key))?.fields ?? {};
}

export async function saveDraft(
  db: AskAnywayDatabase,
  key: string,
  fields: Record<string, string>,
  now: number,
): Promise<void> {
  await db.drafts.put({ key, fields, updatedAt: now });
}
