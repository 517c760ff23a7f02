// @vitest-environment happy-dom
import { liveQuery } from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readMirror, writeMirror } from '../../../components/shared/draftMirror';
import { type DraftState, useDraft } from '../../../components/shared/useDraft';
import { AskAnywayDatabase } from '../../../utils/db/database';
import { clearDraft, loadDraft, saveDraft } from '../../../utils/db/drafts';

// The hook behind every form that keeps what is typed: in IndexedDB as it is typed, mirrored
// synchronously in localStorage, and never brought back once saved for good.

const KEY = 'forecast:feedback_01';
let db: AskAnywayDatabase;
let root: HTMLElement;
let draft: DraftState;

function Probe() {
  draft = useDraft(KEY);
  return null;
}

/** Lets the hook's IndexedDB work (fake-indexeddb: timers and microtasks) run to the end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}

async function mount(): Promise<void> {
  await act(() => render(<Probe />, root));
  await settle();
}

// One database for the file: the page's loader opens it once and keeps it, as a page does.
beforeAll(() => {
  db = new AskAnywayDatabase(`test-${crypto.randomUUID()}`);
  globalThis.askAnywayDatabaseRuntime = { getDatabase: () => db, liveQuery };
});
afterAll(async () => {
  await db.delete();
});

beforeEach(async () => {
  await db.drafts.clear();
  localStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('useDraft', () => {
  it('keeps each change in IndexedDB and in the mirror', async () => {
    await mount();
    expect(draft.loaded).toBe(true);
    await act(() => draft.setField('belief', 'They will say no'));
    expect(readMirror(KEY)?.fields).toEqual({ belief: 'They will say no' });
    await settle();
    expect((await loadDraft(db, KEY)).fields).toEqual({ belief: 'They will say no' });
  });

  it('comes back with what was typed, from the mirror when its last write did not land', async () => {
    await saveDraft(db, KEY, { belief: 'older' }, 1_000);
    writeMirror(KEY, { belief: 'newer, typed as the popup closed' }, 2_000);
    await mount();
    expect(draft.fields).toEqual({ belief: 'newer, typed as the popup closed' });
    expect((await loadDraft(db, KEY)).fields).toEqual({ belief: 'newer, typed as the popup closed' });
  });

  it('clears the mirror before the save, so an old text never comes back after it', async () => {
    await mount();
    await act(() => draft.setField('belief', 'saved for good'));
    await settle();
    let mirrorDuringSave: unknown = 'not read';
    await act(async () => {
      await draft.commit(async () => {
        mirrorDuringSave = readMirror(KEY);
        await clearDraft(db, KEY);
        return true;
      });
    });
    expect(mirrorDuringSave).toBeNull();
    expect(readMirror(KEY)).toBeNull();
    await settle();
    expect((await loadDraft(db, KEY)).fields).toEqual({});
  });

  it('is read-only while saving, and puts the mirror back when the save fails', async () => {
    await mount();
    await act(() => draft.setField('belief', 'keep me'));
    await settle();
    let typedDuringSave: DraftState['fields'] = {};
    await act(async () => {
      await draft.commit(async () => {
        draft.setField('belief', 'typed while saving');
        typedDuringSave = draft.fields;
        return false;
      });
    });
    expect(typedDuringSave).toEqual({ belief: 'keep me' });
    expect(draft.saving).toBe(false);
    expect(readMirror(KEY)?.fields).toEqual({ belief: 'keep me' });
    // Typing carries on after a failed save.
    await act(() => draft.setField('belief', 'keep me, and more'));
    await settle();
    expect((await loadDraft(db, KEY)).fields).toEqual({ belief: 'keep me, and more' });
  });

  it('puts the mirror back when the save throws', async () => {
    await mount();
    await act(() => draft.setField('belief', 'still here'));
    await settle();
    await act(async () => {
      await draft
        .commit(async () => {
          throw new Error('write failed');
        })
        .catch(() => undefined);
    });
    expect(readMirror(KEY)?.fields).toEqual({ belief: 'still here' });
  });
});
