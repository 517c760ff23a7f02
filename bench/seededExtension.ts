import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';

// A copy of the built extension with one extra page that seeds a history through the
// product's own data layer (bench/seedPage.ts). Used by the benchmark and the screenshots.

const ROOT = join(import.meta.dirname, '..');
const SEED_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>seed</title></head><body><script src="/bench-seed.js"></script></body></html>';

export async function copyWithSeedPage(
  build_: string,
  extraFiles: Record<string, string> = {},
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ask-anyway-ext-'));
  cpSync(build_, dir, { recursive: true });
  const script = await build({
    entryPoints: [join(ROOT, 'bench/seedPage.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'bench-seed.html'), SEED_HTML);
  writeFileSync(join(dir, 'bench-seed.js'), script.outputFiles[0]?.contents ?? '');
  for (const [name, content] of Object.entries(extraFiles)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Seeds `count` attempts into the extension's database and checks they are all there. */
export async function seedHistory(
  context: BrowserContext,
  extensionId: string,
  count: number,
): Promise<void> {
  const seed = await context.newPage();
  await seed.goto(`chrome-extension://${extensionId}/bench-seed.html?count=${count}`);
  await seed.waitForFunction(() => document.body.dataset.seeded !== undefined, undefined, {
    timeout: 300_000,
  });
  const seeded = await seed.evaluate(() => document.body.dataset.seeded);
  if (seeded !== String(count)) throw new Error(`seeding ${count} attempts failed: ${seeded}`);
  await seed.close();
}
