import { browser } from 'wxt/browser';

export type ExtensionPage =
  | '/asks.html'
  | '/newtab.html'
  | '/options.html'
  | '/onboarding.html'
  | '/popup.html'
  | '/reminder.html';

/** Opens an extension page in a new tab; `hash` names the part of the page to show. */
export async function openExtensionPage(path: ExtensionPage, hash?: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) + (hash ? `#${hash}` : '') });
}

/**
 * Opens the toolbar popup, where the practice loop lives. Resolves to false where the
 * browser does not allow it (no such API, or no focused window to anchor it to).
 */
export async function openToolbarPopup(): Promise<boolean> {
  // Where no window can show it (headless, some window managers) the call never settles.
  const gaveUp = new Promise<false>((resolve) => setTimeout(() => resolve(false), OPEN_POPUP_WAIT_MS));
  try {
    return await Promise.race([browser.action.openPopup().then(() => true as const), gaveUp]);
  } catch {
    return false;
  }
}

const OPEN_POPUP_WAIT_MS = 1500;

/** Closes the tab this page is in (a page the extension opened for one choice). */
export async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}
