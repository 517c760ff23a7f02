import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { CATEGORY_IDS, CHANNELS } from '../../utils/catalogue/types';

// Families of keys that code builds at run time; their own tests check them.
const DYNAMIC = /^(ask|category|channel)_/;

type Message = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
const entries = Object.entries(messages as Record<string, Message>);
const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

describe('English messages', () => {
  it.each(entries)('%s has a message and a description for translators', (_key, value) => {
    expect(value.message.trim()).not.toBe('');
    expect(value.description?.trim()).toBeTruthy();
  });

  it.each(entries)('%s declares every $PLACEHOLDER$ it uses', (_key, value) => {
    const used = [...value.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
    expect(used.sort()).toEqual(Object.keys(value.placeholders ?? {}).sort());
  });

  it('has no message that no code uses', () => {
    const code = ['entrypoints', 'components', 'utils']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
      .concat(readFileSync(join(root, 'wxt.config.ts'), 'utf8'));
    const unused = entries
      .map(([key]) => key)
      .filter((key) => !DYNAMIC.test(key))
      .filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it('has a name for every category and channel (keys built at run time)', () => {
    const keys = new Set(entries.map(([key]) => key));
    for (const id of CATEGORY_IDS) expect(keys.has(`category_${id}`), id).toBe(true);
    for (const id of [...CHANNELS, 'other'])
      expect(keys.has(`channel_${id.replace(/-/g, '_')}`), id).toBe(true);
  });
});
