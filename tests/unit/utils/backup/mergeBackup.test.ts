import { describe, expect, it } from 'vitest';
import { betterReflection, mergeAttempt, mergeEvents, mergeMeta } from '../../../../utils/backup/mergeBackup';
import type { CardEvent, MetaRow, Reflection } from '../../../../utils/db/schema';
import { attempt } from './backupFile';

const reflection = (happened: string, reflectedAt?: number): Reflection => ({
  expected: '',
  happened,
  thoughtsFeelings: '',
  beliefUpdate: '',
  ...(reflectedAt !== undefined && { reflectedAt }),
});

describe('betterReflection', () => {
  it.each([
    ['a written one over an empty one', reflection('here', 1), reflection('  ', 9), 'here'],
    ['a written one over none', reflection('here', 1), undefined, 'here'],
    ['the incoming one when none is here', undefined, reflection('incoming', 1), 'incoming'],
    ['the later of two written ones', reflection('here', 1), reflection('incoming', 2), 'incoming'],
    ['the one here when the incoming one is older', reflection('here', 5), reflection('incoming', 2), 'here'],
    ['the one here on a tie', reflection('here', 5), reflection('incoming', 5), 'here'],
  ])('keeps %s', (_name, here, incoming, kept) => {
    expect(betterReflection(here, incoming)?.happened).toBe(kept);
  });
});

describe('mergeAttempt', () => {
  it('adds an ask that is not here', () => {
    expect(mergeAttempt(undefined, attempt(1))).toEqual(attempt(1));
  });

  it('never adds an empty reflection to an ask without one', () => {
    const { reflection: _none, ...bare } = attempt(1);
    const empty = { expected: '', happened: '', thoughtsFeelings: '', beliefUpdate: '', reflectedAt: 5 };
    expect(mergeAttempt(bare, { ...bare, reflection: empty })).toBeNull();
  });

  it('returns null when nothing would change', () => {
    expect(mergeAttempt(attempt(1), attempt(1))).toBeNull();
    expect(mergeAttempt(attempt(1), { ...attempt(1), askTitle: 'older', updatedAt: 0 })).toBeNull();
  });

  it('takes the newer edit but keeps the reflection here when the newer one has none', () => {
    const { reflection: _none, ...bare } = attempt(1);
    const merged = mergeAttempt(attempt(1), {
      ...bare,
      askTitle: 'renamed',
      updatedAt: attempt(1).updatedAt + 1,
    });
    expect(merged?.askTitle).toBe('renamed');
    expect(merged?.reflection).toEqual(attempt(1).reflection);
  });
});

describe('mergeEvents', () => {
  const event = (id: number, askId: string): CardEvent => ({
    id,
    at: 1,
    day: '2026-11-01',
    askId,
    action: 'swap',
  });

  it('adds only events not here, keeping free numbers and dropping taken ones', () => {
    const added = mergeEvents([event(1, 'a')], [event(1, 'a'), event(1, 'b'), event(2, 'c'), event(2, 'c')]);
    expect(added).toEqual([{ at: 1, day: '2026-11-01', askId: 'b', action: 'swap' }, event(2, 'c')]);
  });
});

describe('mergeMeta', () => {
  const here = new Map<string, MetaRow>([
    ['ladder', { key: 'ladder', value: { level: 3, since: 100 } }],
    ['ladderOutlook', { key: 'ladderOutlook', value: 'outlook here' }],
    ['popupFlow', { key: 'popupFlow', value: { step: 'doing', attemptId: 'x' } }],
  ]);
  const keys = (rows: MetaRow[]) => rows.map((row) => row.key);

  it('keeps this device’s place in the popup, and fills in what is missing here', () => {
    expect(
      mergeMeta(here, [
        { key: 'popupFlow', value: { step: 'card' } },
        { key: 'todayCard', value: 'x' },
      ]),
    ).toEqual([{ key: 'todayCard', value: 'x' }]);
  });

  it('keeps an ask hidden on either device hidden', () => {
    const hiddenHere = new Map<string, MetaRow>([
      [
        'hiddenAsks',
        {
          key: 'hiddenAsks',
          value: [
            { askId: 'money_09', at: 10 },
            { askId: 'feedback_10', at: 5 },
          ],
        },
      ],
    ]);
    expect(
      mergeMeta(hiddenHere, [
        {
          key: 'hiddenAsks',
          value: [
            { askId: 'money_09', at: 20 },
            { askId: 'advocacy_09', at: 1 },
          ],
        },
      ]),
    ).toEqual([
      {
        key: 'hiddenAsks',
        value: [
          { askId: 'money_09', at: 20 },
          { askId: 'feedback_10', at: 5 },
          { askId: 'advocacy_09', at: 1 },
        ],
      },
    ]);
    // Nothing hidden here yet: the incoming list as it is.
    const incoming = { key: 'hiddenAsks', value: [{ askId: 'money_09', at: 20 }] };
    expect(mergeMeta(here, [incoming])).toEqual([incoming]);
  });

  it('takes the ladder position that moved last, with its outlook', () => {
    const later = [
      { key: 'ladder', value: { level: 4, since: 200 } },
      { key: 'ladderOutlook', value: 'outlook there' },
    ];
    expect(keys(mergeMeta(here, later))).toEqual(['ladder', 'ladderOutlook']);
    const earlier = [
      { key: 'ladder', value: { level: 1, since: 50 } },
      { key: 'ladderOutlook', value: 'old outlook' },
    ];
    expect(mergeMeta(here, earlier)).toEqual([]);
  });
});
