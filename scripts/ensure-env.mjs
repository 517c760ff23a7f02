#!/usr/bin/env node
// Runs before `npm start`, `npm test` and friends so that a fresh Debian machine with only
// Node 20 needs nothing but those two commands. Plain JS on purpose: it must run on the host
// Node before the project's own Node 24 (the `node` devDependency) is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = new Set(process.argv.slice(2)); // 'chromium', 'firefox'

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n[ensure-env] "${cmd} ${args.join(' ')}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function packagesAreCurrent() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(installed) || !existsSync(join(root, 'node_modules', '.bin', 'node'))) return false;
  if (!existsSync(lock)) return true;
  return statSync(installed).mtimeMs >= statSync(lock).mtimeMs;
}

if (!packagesAreCurrent()) {
  console.log('[ensure-env] installing npm packages (first run, or package-lock.json changed)…');
  run('npm', [existsSync(join(root, 'package-lock.json')) ? 'ci' : 'install']);
}

const browsers = {
  chromium: { bin: '/usr/bin/chromium', pkg: 'chromium' },
  firefox: { bin: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
};
const missing = [...wanted].map((name) => browsers[name]).filter((b) => b && !existsSync(b.bin));
if (missing.length > 0) {
  const pkgs = missing.map((b) => b.pkg);
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : ['sudo'];
  if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    console.error(
      `[ensure-env] ${pkgs.join(' and ')} missing. Install with: sudo apt-get install -y ${pkgs.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`[ensure-env] installing Debian packages: ${pkgs.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', ...pkgs],
  ]) {
    const cmd = [...sudo, ...args];
    const result = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`[ensure-env] "${cmd.join(' ')}" failed; install ${pkgs.join(' ')} by hand and retry.`);
      process.exit(1);
    }
  }
}

const version = execFileSync(join(root, 'node_modules', '.bin', 'node'), ['--version'])
  .toString()
  .trim();
const major = Number(version.replace(/^v/, '').split('.')[0]);
if (major < 22) {
  console.error(`[ensure-env] project Node is ${version}; 22 or newer is needed. Run: npm install`);
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
console.log(`[ensure-env] ready: ${pkg.name} with Node ${version}`);
