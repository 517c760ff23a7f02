import { defineBackground } from 'wxt/utils/define-background';
import { markAsBackground } from '../utils/browser/askBackground';
import { registerAutoBackup } from '../utils/browser/autoBackup';
import { registerInstallHandler } from '../utils/browser/install';
import { registerBackgroundRequests } from '../utils/browser/messages';
import { registerReminders } from '../utils/browser/reminders';

export default defineBackground(() => {
  markAsBackground();
  registerInstallHandler();
  registerBackgroundRequests();
  registerReminders();
  registerAutoBackup();
});
