// Renders scripts/icon.svg to the PNG sizes browsers ask for (public/icon/<size>.png), with
// the Debian Chromium: `npm run icons` after changing the SVG, then commit the PNGs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const svg = readFileSync(join(import.meta.dirname, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({
    path: join(import.meta.dirname, `../public/icon/${size}.png`),
    omitBackground: true,
  });
}
await browser.close();
