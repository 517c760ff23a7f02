import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerReminders } from '../../../../utils/browser/reminders';

// The background's wiring of notification clicks and buttons (a real browser cannot click a
// notification in a test; the E2E drives the same actions through the reminder page).

const opened = vi.spyOn(fakeBrowser.tabs, 'create');
const tabUrls = async () => opened.mock.calls.map(([properties]) => properties.url);
const page = (path: string) => fakeBrowser.runtime.getURL(path as '/newtab.html');

describe('reminder notifications in the background', () => {
  beforeAll(() => {
    fakeBrowser.reset();
    // Not implemented by the fake browser; these events are not what is tested here.
    for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved])
      vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    registerReminders();
  });

  beforeEach(async () => {
    await fakeBrowser.storage.local.clear();
    opened.mockClear();
    await fakeBrowser.storage.local.set({
      reminderNotices: {
        practice: { kind: 'practice' },
        followUp: { kind: 'followUp', attemptIds: ['a1'], title: 'Pitch the local paper' },
      },
    });
  });

  it.each([
    ['ask-anyway:followUp', '/newtab.html#awaiting'],
    ['ask-anyway:reflection', '/newtab.html#unreflected'],
    // Where the popup cannot be opened (here: no such API), the new tab shows the card.
    ['ask-anyway:practice', '/newtab.html#today'],
  ])('a click on %s opens %s', async (id, path) => {
    await fakeBrowser.notifications.onClicked.trigger(id);
    await vi.waitFor(async () => expect(await tabUrls()).toContain(page(path)));
  });

  it('ignores notifications that are not its own', async () => {
    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await tabUrls()).toEqual([]);
  });

  it.each([
    [0, 3_600_000],
    [1, null],
  ])('button %i snoozes the reminder it is on', async (index, inMs) => {
    const before = Date.now();
    // A practice nudge: one about an ask would be dropped, as no such ask is in this database.
    await fakeBrowser.notifications.onButtonClicked.trigger('ask-anyway:practice', index);
    const stored = async () =>
      ((await fakeBrowser.storage.local.get('reminderState')).reminderState ?? { snoozed: [] }) as {
        snoozed: { kind: string; until: number }[];
      };
    await vi.waitFor(async () => expect((await stored()).snoozed).toHaveLength(1));
    const [snoozed = { kind: '', until: 0 }] = (await stored()).snoozed;
    expect(snoozed.kind).toBe('practice');
    if (inMs !== null) expect(snoozed.until - before).toBeGreaterThanOrEqual(inMs);
    // "Tomorrow" is the next day at the reminder time.
    else expect(new Date(snoozed.until).getDate()).toBe(new Date(before + 86_400_000).getDate());
    expect(await tabUrls()).toEqual([]);
  });
});
