import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPopupSnapshot } from '../../components/popup/loadPopupData';
import { PopupRoot } from '../../components/popup/PopupRoot';
import { loadDatabase } from '../../components/shared/loadDatabase';
import { mountApp } from '../../components/shared/mountPage';

// Built on its own into one file, like every page script (see docs/decisions.md, "One script per page").
export default defineUnlistedScript(() => {
  const now = Date.now();
  const snapshot = readPopupSnapshot(now);
  // Without a snapshot the popup paints from the database: fetch Dexie now, not after a render.
  if (!snapshot) void loadDatabase();
  mountApp('popupTitle', <PopupRoot snapshot={snapshot} />);
});
