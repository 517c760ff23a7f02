import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPopupSnapshot } from '../../components/popup/loadPopupData';
import { PopupRoot } from '../../components/popup/PopupRoot';
import { mountApp } from '../../components/shared/mountPage';

// Built on its own into one file, like every page script (see README, "One script per page").
export default defineUnlistedScript(() => {
  const snapshot = readPopupSnapshot(Date.now());
  mountApp('popupTitle', <PopupRoot snapshot={snapshot} />);
});
