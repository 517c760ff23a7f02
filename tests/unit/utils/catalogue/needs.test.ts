import { describe, expect, it } from 'vitest';
import messages from '../../../../public/_locales/en/messages.json';
import { CATALOGUE } from '../../../../utils/catalogue/asks';
import { NEED_IDS } from '../../../../utils/catalogue/types';

const text = messages as Record<string, { message: string; description?: string }>;

describe('asks that need a situation', () => {
  it('name only known needs, each once', () => {
    for (const ask of CATALOGUE) {
      const needs = ask.needs ?? [];
      for (const need of needs) expect(NEED_IDS).toContain(need);
      expect(new Set(needs).size).toBe(needs.length);
    }
  });

  it.each(NEED_IDS.map((id) => [id]))('%s has a label and a tag, with descriptions, and is used', (id) => {
    for (const key of [`need_${id}`, `need_${id}_tag`]) {
      expect(text[key]?.message).toBeTruthy();
      expect(text[key]?.description).toBeTruthy();
    }
    expect(CATALOGUE.some((ask) => ask.needs?.includes(id))).toBe(true);
  });

  it('tags the asks that plainly need a manager or a situation', () => {
    const needing = (need: string) =>
      CATALOGUE.filter((a) => a.needs?.includes(need as never)).map((a) => a.id);
    expect(needing('manager')).toEqual(expect.arrayContaining(['feedback_10', 'money_09', 'advocacy_09']));
    expect(needing('clients')).toContain('money_05');
    expect(needing('jobHunting')).toContain('money_12');
    expect(needing('purchase')).toContain('service_07');
    // Every ask whose words send it to "your manager" needs one.
    for (const ask of CATALOGUE) {
      const doText = text[`ask_${ask.id}_do`]?.message ?? '';
      if (/\byour manager\b/i.test(doText)) expect(ask.needs ?? []).toContain('manager');
    }
  });
});
