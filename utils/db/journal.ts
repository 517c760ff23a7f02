import { JOURNAL_PAGE_SIZE, type JournalCriteria, type JournalPage, matchesJournal } from '../journal';
import type { AskAnywayDatabase } from './database';
import type { Attempt } from './schema';

/**
 * The most attempts the new tab's first journal page looks at while loading: someone who
 * rarely reflects would otherwise have their whole history read on every new tab.
 */
export const JOURNAL_LOAD_SCAN = 400;

/**
 * One page of the journal, newest first: walks back from the newest day and stops when the
 * page is full (or, with `maxScanned`, after looking at that many attempts, and then says
 * more may exist).
 */
export async function loadJournal(
  db: AskAnywayDatabase,
  criteria: JournalCriteria,
  page: number,
  maxScanned = Number.POSITIVE_INFINITY,
): Promise<JournalPage> {
  const byDay = db.attempts.where('doneDay');
  const days =
    criteria.from || criteria.to
      ? byDay.between(criteria.from || '0000-00-00', criteria.to || '9999-99-99', true, true)
      : byDay.above('');
  const matches = matchesJournal(criteria);
  const wanted = JOURNAL_PAGE_SIZE + 1;
  let skip = page * JOURNAL_PAGE_SIZE;
  let scanned = 0;
  let stop = false;
  const rows: Attempt[] = [];
  await days
    .reverse()
    .until(() => stop)
    .each((attempt) => {
      scanned += 1;
      if (matches(attempt)) {
        if (skip > 0) skip -= 1;
        else rows.push(attempt);
      }
      stop = rows.length >= wanted || scanned >= maxScanned;
    });
  return {
    entries: rows.slice(0, JOURNAL_PAGE_SIZE),
    page,
    // Stopped by the bound before the page filled: there may be more further back.
    hasMore: rows.length > JOURNAL_PAGE_SIZE || (scanned >= maxScanned && rows.length < wanted),
  };
}
