import { browser } from 'wxt/browser';

export type ExtensionPage =
  | '/asks.html'
  | '/newtab.html'
  | '/options.html'
  | '/onboarding.html'
  | '/popup.html';

export async function openExtensionPage(path: ExtensionPage): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}
