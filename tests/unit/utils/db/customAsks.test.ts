import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addCustomAsk,
  CustomAskError,
  isRespectChecklistConfirmed,
  updateCustomAsk,
} from '../../../../utils/db/customAsks';
import { AskAnywayDatabase } from '../../../../utils/db/database';
import { loadDraft, saveDraft } from '../../../../utils/db/drafts';

// Saving a custom ask is one user action: the checklist, the ask and the draft's removal are
// one transaction, all or nothing.

const now = new Date(2026, 10, 30, 9).getTime();
const DRAFT = 'custom:new';
const input = {
  title: 'Ask a neighbour to swap a shift',
  whatToDo: 'Message them, say why, and make it easy to say no.',
  doneWhen: 'The message is sent.',
  level: 2,
  category: 'service',
  channel: 'chat',
  minutes: 5,
  awaitsReply: true,
  template: '',
  respectNote: '',
};
let db: AskAnywayDatabase;

beforeEach(async () => {
  db = new AskAnywayDatabase(`test-${crypto.randomUUID()}`);
  await saveDraft(db, DRAFT, { title: input.title }, now - 1_000);
});
afterEach(async () => {
  await db.delete();
});

describe('saving a custom ask', () => {
  it('confirms the checklist, adds the ask and removes its draft together', async () => {
    const ask = await addCustomAsk(db, input, now, { confirmChecklist: true, draftKey: DRAFT });
    expect(await db.customAsks.get(ask.id)).toMatchObject({ title: input.title, level: 2 });
    expect(await isRespectChecklistConfirmed(db)).toBe(true);
    expect((await loadDraft(db, DRAFT)).fields).toEqual({});
  });

  it('without the checklist, writes nothing at all and keeps the draft', async () => {
    await expect(addCustomAsk(db, input, now, { draftKey: DRAFT })).rejects.toBeInstanceOf(CustomAskError);
    expect(await db.customAsks.count()).toBe(0);
    expect((await loadDraft(db, DRAFT)).fields).toEqual({ title: input.title });
  });

  it('when the write fails part-way, the checklist is not confirmed and the draft stays', async () => {
    // A second ask with the same id cannot be added: the transaction fails after the checklist.
    const original = crypto.randomUUID;
    const fixed = '00000000-0000-4000-8000-000000000000';
    crypto.randomUUID = () => fixed;
    try {
      await db.transaction('rw', db.customAsks, async () => {
        await db.customAsks.add({ ...input, id: `custom_${fixed}`, createdAt: now, updatedAt: now });
      });
      await expect(
        addCustomAsk(db, input, now, { confirmChecklist: true, draftKey: DRAFT }),
      ).rejects.toThrow();
    } finally {
      crypto.randomUUID = original;
    }
    expect(await isRespectChecklistConfirmed(db)).toBe(false);
    expect((await loadDraft(db, DRAFT)).fields).toEqual({ title: input.title });
  });

  it('an edit and the removal of its draft are one transaction too', async () => {
    const ask = await addCustomAsk(db, input, now, { confirmChecklist: true });
    await saveDraft(db, `custom:${ask.id}`, { title: 'Edited' }, now);
    await updateCustomAsk(db, ask.id, { ...input, title: 'Edited' }, now + 1, {
      draftKey: `custom:${ask.id}`,
    });
    expect((await db.customAsks.get(ask.id))?.title).toBe('Edited');
    expect((await loadDraft(db, `custom:${ask.id}`)).fields).toEqual({});
  });
});
