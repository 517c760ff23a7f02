import { defineBackground } from 'wxt/utils/define-background';
import { registerAutoBackup } from '../utils/browser/autoBackup';
import { registerInstallHandler } from '../utils/browser/install';
import { registerBackgroundRequests } from '../utils/browser/messages';
import { registerReminders } from '../utils/browser/reminders';

export default defineBackground(() => {
  registerInstallHandler();
  registerBackgroundRequests();
  registerReminders();
  registerAutoBackup();
});
