import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../utils/db/schema';
import { activeFilterCount, journalProblems, matchesJournal, NO_CRITERIA } from '../../../utils/journal';

const base: Attempt = {
  id: 'a',
  askSource: 'catalogue',
  askId: 'money_03',
  askTitle: 'Ask for a discount on a yearly plan',
  level: 3,
  category: 'money',
  state: 'answered',
  outcome: 'partly',
  committedAt: 0,
  doneAt: 0,
  doneDay: '2026-11-20',
  belief: 'They will laugh at me',
  reflection: {
    expected: 'A flat no.',
    happened: 'They offered two months free.',
    thoughtsFeelings: 'Nervous, then relieved.',
    beliefUpdate: 'Asking politely works more often than I think.',
  },
  updatedAt: 0,
};

describe('journal filters', () => {
  it('lists only attempts with a reflection', () => {
    const { reflection: _r, ...unreflected } = base;
    expect(matchesJournal(NO_CRITERIA)(base)).toBe(true);
    expect(matchesJournal(NO_CRITERIA)(unreflected)).toBe(false);
  });

  it('searches every word, in any case, across the title, belief and the four answers', () => {
    const match = (search: string) => matchesJournal({ ...NO_CRITERIA, search })(base);
    expect(match('DISCOUNT')).toBe(true);
    expect(match('laugh relieved')).toBe(true);
    expect(match('months free')).toBe(true);
    expect(match('discount salary')).toBe(false);
    expect(match('   ')).toBe(true);
  });

  it('filters by category, answer and level', () => {
    expect(matchesJournal({ ...NO_CRITERIA, category: 'money' })(base)).toBe(true);
    expect(matchesJournal({ ...NO_CRITERIA, category: 'careers' })(base)).toBe(false);
    expect(matchesJournal({ ...NO_CRITERIA, outcome: 'partly' })(base)).toBe(true);
    expect(matchesJournal({ ...NO_CRITERIA, outcome: 'yes' })(base)).toBe(false);
    expect(matchesJournal({ ...NO_CRITERIA, level: 3 })(base)).toBe(true);
    expect(matchesJournal({ ...NO_CRITERIA, level: 4 })(base)).toBe(false);
  });

  it('says when the date range is the wrong way round', () => {
    expect(journalProblems({ ...NO_CRITERIA, from: '2026-11-20', to: '2026-11-01' })).toEqual([
      'rangeReversed',
    ]);
    expect(journalProblems({ ...NO_CRITERIA, from: '2026-11-01', to: '2026-11-20' })).toEqual([]);
    expect(journalProblems({ ...NO_CRITERIA, from: '2026-11-01' })).toEqual([]);
  });

  it('counts the filters in force besides the search words', () => {
    expect(activeFilterCount(NO_CRITERIA)).toBe(0);
    expect(activeFilterCount({ ...NO_CRITERIA, search: 'portfolio' })).toBe(0);
    expect(activeFilterCount({ ...NO_CRITERIA, category: 'money', outcome: 'no' })).toBe(2);
    // Level 1 is a filter like any other, not a falsy "none".
    expect(activeFilterCount({ ...NO_CRITERIA, level: 1 })).toBe(1);
    expect(activeFilterCount({ ...NO_CRITERIA, from: '2026-11-01', to: '2026-11-20' })).toBe(2);
  });
});
