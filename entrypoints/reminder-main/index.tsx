import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ReminderApp } from '../../components/reminder/ReminderApp';
import { mountApp } from '../../components/shared/mountPage';

// Built on its own into one file, like every page script (see docs/decisions.md, "One script per page").
export default defineUnlistedScript(() => {
  mountApp('reminderPageTitle', <ReminderApp />);
});
