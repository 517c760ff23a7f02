import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export const GECKO_ID = 'ask-anyway@askanyway.app';

// Firefox gets MV3 too: one manifest shape and one `action` API for both browsers, and
// Firefox 140+ supports MV3 event pages, which is all the background needs.
export default defineConfig({
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko_android: { strict_min_version: '142.0' },
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          // Ask Anyway collects nothing: all data stays on the device.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
