import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OptionsApp } from '../../components/options/OptionsApp';
import { mountApp } from '../../components/shared/mountPage';

// Built on its own into one file, like every page script (see docs/decisions.md, "One script per page").
export default defineUnlistedScript(() => {
  // Settings come from the browser's storage: the page never waits on IndexedDB to show them.
  mountApp('optionsTitle', <OptionsApp />);
});
