import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AsksApp } from '../../components/asks/AsksApp';
import { mountPage } from '../../components/shared/mountPage';
import { prepareRespectCheck } from '../../utils/catalogue/respect';

// Built on its own into one file, like every page script (see docs/decisions.md, "One script per page").
export default defineUnlistedScript(() => {
  mountPage('asksTitle', <AsksApp />);
  // The custom-ask form checks every keystroke; its rules are compiled before it opens.
  requestIdleCallback(() => prepareRespectCheck(), { timeout: 2000 });
});
