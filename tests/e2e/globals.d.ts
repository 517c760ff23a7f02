// Code passed to worker.evaluate() runs inside the extension's service worker, where the
// `chrome` namespace exists.
declare const chrome: import('wxt/browser').WxtBrowser;
