import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';

// The standing checks are only worth something if they catch what they claim to catch.
const extension = useChromiumExtension();

describe('standing checks catch', () => {
  it('a request that leaves the extension, from a page', async () => {
    const page = await extension().open('newtab.html');
    await page.evaluate(() => fetch('https://example.com/').catch(() => undefined));
    await expect
      .poll(() => extension().checks.take().join('\n'))
      .toContain('network request to https://example.com/');
    await page.close();
  });

  it('a request that leaves the extension, from the service worker', async () => {
    await extension().worker.evaluate(() => fetch('https://example.org/').catch(() => undefined));
    await expect.poll(() => extension().checks.take().join('\n')).toContain('https://example.org/');
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
