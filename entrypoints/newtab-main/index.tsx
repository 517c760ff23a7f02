import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { NewTabApp } from '../../components/newtab/NewTabApp';
import { loadDatabase } from '../../components/shared/loadDatabase';
import { mountApp } from '../../components/shared/mountPage';
import { readNewTabSnapshot } from '../../utils/db/newTabView';

// Built on its own into one file, like every page script (see docs/decisions.md, "One script per page").
// Dexie comes in its own script (database.js), after the first paint when there is a snapshot.
export default defineUnlistedScript(() => {
  const snapshot = readNewTabSnapshot(Date.now());
  // Without a snapshot the page paints from the database: fetch Dexie now, not after a render.
  if (!snapshot) void loadDatabase();
  mountApp('newtabTitle', <NewTabApp snapshot={snapshot} />);
});
