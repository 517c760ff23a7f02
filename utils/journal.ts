import type { Attempt, Outcome } from './db/schema';

// The journal: reflections, newest first, filtered and searched. Pure, so the same rules
// apply whatever reads the rows.

export const JOURNAL_PAGE_SIZE = 10;

export interface JournalCriteria {
  search: string;
  category: string;
  outcome: Outcome | '';
  level: number | null;
  /** Day keys, inclusive; '' for no bound. */
  from: string;
  to: string;
}

export const NO_CRITERIA: JournalCriteria = {
  search: '',
  category: '',
  outcome: '',
  level: null,
  from: '',
  to: '',
};

/** How many filters besides the search words narrow the journal (a date range counts each end). */
export function activeFilterCount(criteria: JournalCriteria): number {
  return [criteria.category, criteria.outcome, criteria.level !== null, criteria.from, criteria.to].filter(
    Boolean,
  ).length;
}

export type JournalProblem = 'rangeReversed';

export function journalProblems(criteria: JournalCriteria): JournalProblem[] {
  return criteria.from && criteria.to && criteria.from > criteria.to ? ['rangeReversed'] : [];
}

/** Whether an attempt belongs in the journal under these criteria (the day range is the reader's). */
export function matchesJournal(criteria: JournalCriteria): (attempt: Attempt) => boolean {
  const words = criteria.search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return (attempt) => {
    const r = attempt.reflection;
    if (!r) return false;
    if (criteria.category && attempt.category !== criteria.category) return false;
    if (criteria.outcome && attempt.outcome !== criteria.outcome) return false;
    if (criteria.level !== null && attempt.level !== criteria.level) return false;
    if (words.length === 0) return true;
    const text = [
      attempt.askTitle,
      attempt.belief ?? '',
      r.expected,
      r.happened,
      r.thoughtsFeelings,
      r.beliefUpdate,
    ]
      .join('\n')
      .toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  };
}

export interface JournalPage {
  entries: Attempt[];
  page: number;
  hasMore: boolean;
}
