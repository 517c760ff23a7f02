// The least a service worker can do between an alarm and a notification: bench/alarm.ts times
// the product against this in the same browser. icon.png is copied in at run time.
chrome.alarms.onAlarm.addListener(() => {
  chrome.notifications.create('bench-baseline', {
    type: 'basic',
    iconUrl: 'icon.png',
    title: 'Baseline',
    message: 'The alarm fired.',
  });
});
