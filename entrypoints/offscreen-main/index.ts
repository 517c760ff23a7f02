import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerBackupFileMaker } from '../../utils/browser/backupFileMaker';

// Chromium only: the service worker cannot make a blob: URL for a download, so an offscreen
// document makes the automatic backup's file and hands back its URL.
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    registerBackupFileMaker();
  },
});
