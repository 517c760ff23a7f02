import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

export const GECKO_ID = 'ask-anyway@askanyway.app';

// WXT adds a module script to every page to start WXT plugins. This project uses none, so the
// script only carries Vite's modulepreload polyfill, which both browsers no longer need; on a
// page whose own script is one file, that extra request is a large share of its load time.
const dropPluginLoaderScript: Plugin = {
  name: 'ask-anyway:drop-plugin-loader-script',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      html.replace(
        /\s*<script type="module" crossorigin src="\/chunks\/_virtual_wxt-html-plugins-[^"]+\.js"><\/script>/,
        '',
      ),
  },
};

// The stylesheet goes into each page's HTML as a <style>: the parser reads it while the page's
// script is still being fetched, time the page otherwise spends waiting. Inserted from the
// script instead, it was parsed after the script arrived, in the way of the first paint.
const THEME_CSS = fileURLToPath(new URL('./components/shared/theme.css', import.meta.url));
const themeStylesheet = () =>
  transformSync(readFileSync(THEME_CSS, 'utf8'), { loader: 'css', minify: true }).code.trim();
const inlineThemeStylesheet: Plugin = {
  name: 'ask-anyway:inline-theme-stylesheet',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace('</head>', `<style>${themeStylesheet()}</style></head>`),
  },
};

/**
 * The browser itself enforces "no network, no remote code" on every extension page: only the
 * extension's own files, no plugins, no <base>, and for styles only the one inline stylesheet
 * (by its hash) plus the extension's own files. In dev mode WXT adds its server to script-src;
 * the reload socket needs connect-src too.
 */
function extensionPagesPolicy(dev: boolean): string {
  const styleHash = createHash('sha256').update(themeStylesheet()).digest('base64');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `connect-src 'self'${dev ? ' http://localhost:* ws://localhost:*' : ''}`,
    "img-src 'self' data:",
    `style-src 'self' 'sha256-${styleHash}'`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// Firefox gets MV3 too: one manifest shape and one `action` API for both browsers, and
// Firefox 140+ supports MV3 event pages, which is all the background needs.
export default defineConfig({
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [
      preact({ devToolsEnabled: false, prefreshEnabled: false }),
      dropPluginLoaderScript,
      inlineThemeStylesheet,
    ],
    build: { sourcemap: false, modulePreload: { polyfill: false } },
    define: { __ASK_ANYWAY_BUILD__: JSON.stringify(Date.now().toString(36)) },
  }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: the browser never evicts the database to free space (see README, Your data).
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // Asked for only when the person turns the feature on: reminders (the badge works without
    // it), and automatic backups (Chromium makes the file in an offscreen document).
    optional_permissions:
      browser === 'firefox' ? ['notifications', 'downloads'] : ['notifications', 'downloads', 'offscreen'],
    // Firefox would otherwise put the button in its Extensions menu, where the badge is never
    // seen and "the button in the toolbar" would not be true; Chromium leaves pinning to the
    // person (its pages say how).
    action: {
      default_title: '__MSG_actionTitle__',
      ...(browser === 'firefox' && { default_area: 'navbar' }),
    },
    content_security_policy: { extension_pages: extensionPagesPolicy(command === 'serve') },
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
