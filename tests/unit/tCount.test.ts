import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishT } from './englishMessages';

// The browser's getMessage, answered from the English catalogue as Chromium would.
async function loadWith(language: string) {
  vi.resetModules();
  vi.stubGlobal('chrome', { i18n: { getMessage: englishT, getUILanguage: () => language } });
  return import('../../utils/i18n');
}

afterEach(() => vi.unstubAllGlobals());

describe('tCount: a number with its noun in the right form', () => {
  it('says one ask, and any other number of asks', async () => {
    const { tCount } = await loadWith('en-GB');
    expect(tCount('asksCount', 1)).toBe('1 ask');
    expect(tCount('asksCount', 0)).toBe('0 asks');
    expect(tCount('asksCount', 2)).toBe('2 asks');
    expect(tCount('asksCount', 1200)).toBe('1,200 asks');
  });

  it('follows the number as shown, rounded', async () => {
    const { tCount } = await loadWith('en-US');
    expect(tCount('pointsCount', 1, 1)).toBe('1.0 points');
    expect(tCount('pointsCount', 1)).toBe('1 point');
    expect(tCount('pointsCount', 2.46, 1)).toBe('2.5 points');
    expect(tCount('pointsCount', 0.96)).toBe('1 point');
  });

  it('follows the language of the messages, not the browser’s', async () => {
    // Polish has "few" and "many" forms and writes 1 200; the messages are English.
    const { tCount } = await loadWith('pl');
    expect(tCount('cardsCount', 3)).toBe('3 cards');
    expect(tCount('cardsCount', 1)).toBe('1 card');
    expect(tCount('asksCount', 1200)).toBe('1,200 asks');
  });

  it('writes a time of day as the browser writes times', async () => {
    expect((await loadWith('en-US')).tClock('18:00')).toBe('06:00 PM');
    expect((await loadWith('en-GB')).tClock('18:00')).toBe('18:00');
    expect((await loadWith('de')).tClock('08:05')).toBe('08:05');
  });
});
