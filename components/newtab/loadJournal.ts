import type { RawReader } from '../../utils/db/rawRead';
import type { Attempt } from '../../utils/db/schema';
import {
  JOURNAL_PAGE_SIZE,
  type JournalCriteria,
  type JournalPage,
  matchesJournal,
} from '../../utils/journal';

/**
 * The most attempts the new tab's first journal page looks at while loading: someone who
 * rarely reflects would otherwise have their whole history read on every new tab.
 */
export const JOURNAL_LOAD_SCAN = 400;

/**
 * One page of the journal, newest first: reads backwards from the newest day and stops when
 * the page is full (or, with `maxScanned`, after looking at that many attempts).
 */
export async function loadJournal(
  reader: RawReader,
  criteria: JournalCriteria,
  page: number,
  maxScanned?: number,
): Promise<JournalPage> {
  const range =
    criteria.from || criteria.to
      ? IDBKeyRange.bound(criteria.from || '0000-00-00', criteria.to || '9999-99-99')
      : undefined;
  const { rows, complete } = await reader.getLast<Attempt>('attempts', {
    index: 'doneDay',
    ...(range && { range }),
    count: JOURNAL_PAGE_SIZE + 1,
    skip: page * JOURNAL_PAGE_SIZE,
    filter: matchesJournal(criteria),
    ...(maxScanned !== undefined && { maxScanned }),
  });
  return {
    entries: rows.slice(0, JOURNAL_PAGE_SIZE),
    page,
    hasMore: rows.length > JOURNAL_PAGE_SIZE || !complete,
  };
}
