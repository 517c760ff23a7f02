import { clampLevel } from '../ladder/rules';
import type { AskAnywayDatabase } from './database';
import type { CustomAsk } from './schema';

const CHECKLIST_KEY = 'respectChecklistConfirmedAt';

export type CustomAskInput = Pick<
  CustomAsk,
  'title' | 'whatToDo' | 'doneWhen' | 'level' | 'category' | 'awaitsReply'
> &
  Partial<Pick<CustomAsk, 'template' | 'respectNote' | 'channel' | 'minutes'>>;

export type CustomAskProblem = 'titleMissing' | 'whatToDoMissing' | 'doneWhenMissing' | 'levelOutOfRange';

export const CUSTOM_TEXT_LIMIT = 2000;

/** What keeps a custom ask from being saved; the form shows each next to its field. */
export function customAskProblems(input: CustomAskInput): CustomAskProblem[] {
  const problems: CustomAskProblem[] = [];
  if (!input.title.trim()) problems.push('titleMissing');
  if (!input.whatToDo.trim()) problems.push('whatToDoMissing');
  if (!input.doneWhen.trim()) problems.push('doneWhenMissing');
  if (!Number.isInteger(input.level) || input.level < 1 || input.level > 10) problems.push('levelOutOfRange');
  return problems;
}

export async function isRespectChecklistConfirmed(db: AskAnywayDatabase): Promise<boolean> {
  return (await db.meta.get(CHECKLIST_KEY)) !== undefined;
}

export async function confirmRespectChecklist(db: AskAnywayDatabase, now: number): Promise<void> {
  await db.meta.put({ key: CHECKLIST_KEY, value: now });
}

function normalized(input: CustomAskInput): Omit<CustomAsk, 'id' | 'createdAt' | 'updatedAt'> {
  const text = (value: string | undefined) => (value ?? '').trim().slice(0, CUSTOM_TEXT_LIMIT);
  return {
    title: text(input.title).slice(0, 200),
    whatToDo: text(input.whatToDo),
    doneWhen: text(input.doneWhen),
    level: clampLevel(input.level),
    category: input.category,
    channel: input.channel ?? 'other',
    minutes: input.minutes ?? 10,
    awaitsReply: input.awaitsReply,
    template: text(input.template),
    respectNote: text(input.respectNote),
  };
}

export class CustomAskError extends Error {
  constructor(readonly problems: CustomAskProblem[] | ['checklistNotConfirmed']) {
    super(`custom ask not saved: ${problems.join(', ')}`);
  }
}

/** What saving a custom ask does besides the ask, in the same transaction. */
export interface CustomAskSaveOptions {
  /** The person ticked the respect checklist in this form (the first ask they add). */
  confirmChecklist?: boolean;
  /** The form's draft, deleted with the save. */
  draftKey?: string;
}

/**
 * Saves a new custom ask; the respect checklist must have been confirmed once before, or be
 * confirmed by this save. The confirmation, the ask and the draft's removal are one
 * transaction: all of them, or none.
 */
export async function addCustomAsk(
  db: AskAnywayDatabase,
  input: CustomAskInput,
  now: number,
  { confirmChecklist = false, draftKey }: CustomAskSaveOptions = {},
): Promise<CustomAsk> {
  const problems = customAskProblems(input);
  if (problems.length > 0) throw new CustomAskError(problems);
  return db.transaction('rw', [db.meta, db.customAsks, db.drafts], async () => {
    if (confirmChecklist) await confirmRespectChecklist(db, now);
    if (!(await isRespectChecklistConfirmed(db))) throw new CustomAskError(['checklistNotConfirmed']);
    if (draftKey) await db.drafts.delete(draftKey);
    const ask: CustomAsk = {
      id: `custom_${crypto.randomUUID()}`,
      ...normalized(input),
      createdAt: now,
      updatedAt: now,
    };
    await db.customAsks.add(ask);
    return ask;
  });
}

/** Saves changes to a custom ask and removes the form's draft, in one transaction. */
export async function updateCustomAsk(
  db: AskAnywayDatabase,
  id: string,
  input: CustomAskInput,
  now: number,
  { draftKey }: Pick<CustomAskSaveOptions, 'draftKey'> = {},
): Promise<CustomAsk> {
  const problems = customAskProblems(input);
  if (problems.length > 0) throw new CustomAskError(problems);
  return db.transaction('rw', [db.customAsks, db.drafts], async () => {
    const existing = await db.customAsks.get(id);
    if (!existing) throw new Error(`no custom ask ${id}`);
    if (draftKey) await db.drafts.delete(draftKey);
    const updated: CustomAsk = { ...existing, ...normalized(input), updatedAt: now };
    await db.customAsks.put(updated);
    return updated;
  });
}

/** Archived asks leave the ladder; their history stays. Restoring undoes it. */
export async function setCustomAskArchived(
  db: AskAnywayDatabase,
  id: string,
  archived: boolean,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.customAsks, async () => {
    const existing = await db.customAsks.get(id);
    if (!existing) return;
    const { archivedAt: _previous, ...rest } = existing;
    await db.customAsks.put(
      archived ? { ...rest, archivedAt: now, updatedAt: now } : { ...rest, updatedAt: now },
    );
  });
}

export function listCustomAsks(db: AskAnywayDatabase): Promise<CustomAsk[]> {
  return db.customAsks.orderBy('level').toArray();
}

export function getCustomAsk(db: AskAnywayDatabase, id: string): Promise<CustomAsk | undefined> {
  return db.customAsks.get(id);
}
