/**
 * The settings as the product stores them, one sync storage item per setting (utils/settings.ts),
 * by name: only those stored so far, as the product fills in defaults. Runs inside an extension
 * page or the service worker (passed to evaluate), so it names nothing from outside itself.
 */
export async function storedSettingsInPage(): Promise<Record<string, unknown>> {
  const items = await chrome.storage.sync.get(null);
  return Object.fromEntries(
    Object.entries(items)
      .filter(([key]) => key.startsWith('setting.'))
      .map(([key, value]) => [key.slice('setting.'.length), value]),
  );
}
