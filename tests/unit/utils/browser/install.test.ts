import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerInstallHandler } from '../../../../utils/browser/install';

describe('install handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    registerInstallHandler();
  });

  it('opens onboarding in a tab on first install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/onboarding.html'));
  });

  it.each(['update', 'chrome_update'] as const)('stays quiet on %s', async (reason) => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.0.1' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).not.toContain(fakeBrowser.runtime.getURL('/onboarding.html'));
  });
});
