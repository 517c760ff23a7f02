import { browser } from 'wxt/browser';
import { openExtensionPage } from './tabs';

/** Opens onboarding on a fresh install only; updates and browser restarts stay quiet. */
export function registerInstallHandler(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openExtensionPage('/onboarding.html');
  });
}
