import { importAttempts, verifyStats } from '../utils/db/attempts';
import { getDatabase } from '../utils/db/database';
import { seededHistory } from './history';

// Runs inside the benchmark's copy of the extension, as an extension page: the history goes
// in through the product's own data layer, into the database the pages read.
const count = Number(new URLSearchParams(location.search).get('count') ?? 0);
const db = getDatabase();
// The ask's title in the browser's language, as the popup would have stored it.
const titleOf = (askId: string) => (chrome.i18n.getMessage as (key: string) => string)(`ask_${askId}_title`);
importAttempts(db, seededHistory(count, Date.now(), titleOf))
  // Today's full check of the aggregates, done now, as it would be after the day's first new
  // tab: the measured loads then see the everyday cost, not a once-a-day one.
  .then(() => verifyStats(db, Date.now()))
  .then(() => db.attempts.count())
  .then((stored) => {
    document.body.dataset.seeded = String(stored);
  })
  .catch((error: unknown) => {
    document.body.dataset.seeded = `error: ${String(error)}`;
  });
