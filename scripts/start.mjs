#!/usr/bin/env node
// `npm start` (Chromium) and `npm run start:firefox`: WXT's dev mode, which builds the
// extension, opens the Debian browser with it loaded and reloads it on every change.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const args = process.argv.slice(2);
const firefox = args.includes('firefox');
const browserName = firefox ? 'Firefox ESR' : 'Chromium';

const ensure = spawnSync(
  process.execPath,
  [join(import.meta.dirname, 'ensure-env.mjs'), firefox ? 'firefox' : 'chromium'],
  {
    stdio: 'inherit',
  },
);
if (ensure.status !== 0) process.exit(ensure.status ?? 1);

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    `[start] No display found (DISPLAY and WAYLAND_DISPLAY are empty), so ${browserName} cannot open a window.\n` +
      '        Run `npm start` from a desktop session, or `xvfb-run npm start` on a server.\n' +
      '        `npm run build` builds the extension into .output/ without opening a browser.',
  );
  process.exit(1);
}

const child = spawn('wxt', args, { stdio: 'inherit', shell: false });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
