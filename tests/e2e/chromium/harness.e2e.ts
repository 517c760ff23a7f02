import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';

// The standing checks are only worth something if they catch what they claim to catch.
const extension = useChromiumExtension();

describe('standing checks catch', () => {
  it('a request that leaves the extension, from a page', async () => {
    const page = await extension().open('newtab.html');
    await page.evaluate(() => fetch('https://example.com/').catch(() => undefined));
    // The page's policy refuses it before it leaves; the refusal is logged, and caught.
    await expect.poll(() => extension().checks.take().join('\n')).toContain('https://example.com/');
    await page.close();
  });

  it('a request the service worker starts: its own fetch is refused, a tab it opens is caught', async () => {
    const refused = await extension().worker.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'fetched',
        () => 'refused',
      ),
    );
    // The extension's policy covers the worker too: nothing left the browser.
    expect(refused).toBe('refused');
    // A navigation is not covered by connect-src: the context-wide watch sees it leave.
    await extension().worker.evaluate(() =>
      chrome.tabs.create({ url: 'https://example.org/from-the-worker' }),
    );
    await expect
      .poll(() => extension().checks.take().join('\n'))
      .toContain('https://example.org/from-the-worker');
    for (const page of extension().context.pages())
      if (page.url().startsWith('https://example.org')) await page.close();
  });

  it('a console error on an extension page', async () => {
    const page = await extension().open('options.html');
    await page.evaluate(() => console.error('something broke'));
    await expect.poll(() => extension().checks.take().join('\n')).toContain('something broke');
    await page.close();
  });

  it('a serious accessibility violation', async () => {
    const page = await extension().open('options.html');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.body.append(input);
    });
    await extension().close(page);
    expect(extension().checks.take().join('\n')).toMatch(/axe (serious|critical) .*label/);
  });
});
