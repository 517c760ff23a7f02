/** Flags that run the Debian Chromium headless, as root, with only our extension and no background traffic. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ];
}
