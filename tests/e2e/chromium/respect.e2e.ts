import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';

const extension = useChromiumExtension();

// Each concern kind, with a few words of the note it should show.
const CONCERNS: [string, string, string][] = [
  ['deception', 'Pose as a journalist and ask the press office for their hiring numbers', 'pretending'],
  ['romance', 'Ask the new guy in marketing out for a drink', 'romance or dating'],
  ['sexual', 'Ask her for explicit photos', 'might be sexual'],
  ['repeatedContact', 'Send a fourth reminder to the editor about my pitch', 'one polite follow-up at most'],
  ['recording', 'Secretly record the call with my manager', 'recording someone'],
  ['money', 'Ask my colleague to lend me 200 euros', 'asking someone for money'],
  ['risk', 'Tell my boss: give me a raise or I quit', 'job or safety'],
];

const HARMLESS = ['Generate fake data for a test', 'Ask for a romance novel beta read', 'Record my own talk'];

describe('respect notes on a custom ask (Chromium)', () => {
  it('shows the note for each kind of concern, and every concern at once', async () => {
    const page = await extension().open('asks.html');
    await page.getByRole('button', { name: 'Add your own ask' }).click();
    const notes = page.getByTestId('respect-warnings');
    for (const [concern, title, words] of CONCERNS) {
      await page.getByLabel('Title').fill(title);
      await expect
        .poll(() => notes.locator('p').evaluateAll((ps) => ps.map((p) => p.dataset.concern)))
        .toEqual([concern]);
      expect(await notes.locator(`p[data-concern="${concern}"]`).textContent()).toContain(words);
    }

    // Several at once, one note each, in the fixed order; saving is never blocked.
    await page.getByLabel('Title').fill('Ask my ex to lend me money');
    await page
      .getByLabel('What to do')
      .fill('Post her reply on Twitter if she says no, then message her daily.');
    await expect
      .poll(() => notes.locator('p').evaluateAll((ps) => ps.map((p) => p.dataset.concern)))
      .toEqual(['repeatedContact', 'recording', 'money']);
    expect(await page.getByRole('button', { name: 'Save ask' }).isEnabled()).toBe(true);
    await extension().close(page);
  });

  it('shows no note on harmless asks that share words with a concern', async () => {
    const page = await extension().open('asks.html');
    await page.getByRole('button', { name: 'Add your own ask' }).click();
    const notes = page.getByTestId('respect-warnings');
    for (const title of HARMLESS) {
      // A concern first, so the empty state is a change the test sees happen.
      await page.getByLabel('Title').fill('Secretly record the call');
      await expect.poll(() => notes.count()).toBe(1);
      await page.getByLabel('Title').fill(title);
      await expect.poll(() => notes.count()).toBe(0);
    }
    await extension().close(page);
  });
});
