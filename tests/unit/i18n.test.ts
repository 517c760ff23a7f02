import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { CATEGORY_IDS, CHANNELS } from '../../utils/catalogue/types';

// Families of keys that code builds at run time; their own tests check them.
const DYNAMIC = /^(ask|category|channel|need)_/;
const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;

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
      // A plural form is used through its base: tCount('asksCount', n).
      .map((key) => key.replace(PLURAL_FORM, ''))
      .filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it('keeps every plural message in at least the forms English needs, with the same placeholders', () => {
    const keys = new Set(entries.map(([key]) => key));
    const bases = new Set(
      [...keys]
        .filter((key) => PLURAL_FORM.test(key) && !DYNAMIC.test(key))
        .map((key) => key.replace(PLURAL_FORM, '')),
    );
    expect(bases.size).toBeGreaterThan(0);
    for (const base of bases) {
      expect(keys.has(`${base}_one`) && keys.has(`${base}_other`), base).toBe(true);
      expect(keys.has(base), `${base} is also a plain message`).toBe(false);
      const all = messages as Record<string, Message>;
      expect(Object.keys(all[`${base}_one`]?.placeholders ?? {})).toEqual(
        Object.keys(all[`${base}_other`]?.placeholders ?? {}),
      );
    }
  });

  it('has a name for every category and channel (keys built at run time)', () => {
    const keys = new Set(entries.map(([key]) => key));
    for (const id of CATEGORY_IDS) expect(keys.has(`category_${id}`), id).toBe(true);
    for (const id of [...CHANNELS, 'other'])
      expect(keys.has(`channel_${id.replace(/-/g, '_')}`), id).toBe(true);
  });
});
