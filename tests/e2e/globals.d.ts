// Code passed to worker.evaluate() runs inside the extension's service worker, where the
// `chrome` namespace exists.
declare const chrome: import('wxt/browser').WxtBrowser;
// Code passed to a Firefox page's evaluate() runs in an extension page, where `browser` exists.
declare const browser: import('wxt/browser').WxtBrowser;
