import type { RawReader } from '../../utils/db/rawRead';
import type { Attempt } from '../../utils/db/schema';
import {
  JOURNAL_PAGE_SIZE,
  type JournalCriteria,
  type JournalPage,
  matchesJournal,
} from '../../utils/journal';

/** One page of the journal, newest first: reads backwards from the newest day and stops when the page is full. */
export async function loadJournal(
  reader: RawReader,
  criteria: JournalCriteria,
  page: number,
): Promise<JournalPage> {
  const range =
    criteria.from || criteria.to
      ? IDBKeyRange.bound(criteria.from || '0000-00-00', criteria.to || '9999-99-99')
      : undefined;
  const rows = await reader.getLast<Attempt>('attempts', {
    index: 'doneDay',
    ...(range && { range }),
    count: JOURNAL_PAGE_SIZE + 1,
    skip: page * JOURNAL_PAGE_SIZE,
    filter: matchesJournal(criteria),
  });
  return { entries: rows.slice(0, JOURNAL_PAGE_SIZE), page, hasMore: rows.length > JOURNAL_PAGE_SIZE };
}
