import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AsksApp } from '../../components/asks/AsksApp';
import { mountPage } from '../../components/shared/mountPage';
import { respectCheckWarmUp } from '../../utils/catalogue/respect';

// Built on its own into one file, like every page script (see docs/decisions.md, "One script per page").
export default defineUnlistedScript(() => {
  mountPage('asksTitle', <AsksApp />);
  // The custom-ask form checks every keystroke: the check is warmed up before it opens.
  const steps = respectCheckWarmUp();
  const next = () => {
    steps.shift()?.();
    if (steps.length > 0) requestIdleCallback(next, { timeout: 2000 });
  };
  requestIdleCallback(next, { timeout: 2000 });
});
