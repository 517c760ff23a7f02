import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PopupApp } from '../../components/popup/PopupApp';
import { loadDatabase } from '../../components/shared/loadDatabase';
import { mountApp } from '../../components/shared/mountPage';
import { readPopupSnapshot } from '../../utils/db/popupView';

// Built on its own into one file, like every page script (see docs/decisions.md, "One script per page").
export default defineUnlistedScript(() => {
  const snapshot = readPopupSnapshot(Date.now());
  // Without a snapshot the popup paints from the database: fetch Dexie now, not after a render.
  if (!snapshot) void loadDatabase();
  mountApp('popupTitle', <PopupApp snapshot={snapshot} />);
});
