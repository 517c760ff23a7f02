import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readNewTabSnapshot } from '../../components/newtab/loadNewTabData';
import { NewTabApp } from '../../components/newtab/NewTabApp';
import { mountApp } from '../../components/shared/mountPage';

// Built on its own into one file, like every page script (see docs/decisions.md, "One script per page").
// No Dexie here: the new tab only reads, through utils/db/rawRead.ts.
export default defineUnlistedScript(() => {
  mountApp('newtabTitle', <NewTabApp snapshot={readNewTabSnapshot(Date.now())} />);
});
