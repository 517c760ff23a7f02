import { defineBackground } from 'wxt/utils/define-background';
import { registerInstallHandler } from '../utils/browser/install';

export default defineBackground(() => {
  registerInstallHandler();
});
