import { describe, expect, it } from 'vitest';
import { useFirefoxExtension } from '../harness/firefox';

// The standing checks are only worth something if they catch what they claim to catch, in
// Firefox as in Chromium (tests/e2e/chromium/harness.e2e.ts).
const firefox = useFirefoxExtension();

const caught = () => firefox().checks.take().join('\n');

describe('standing checks catch, in Firefox', () => {
  it('a console error on an extension page', async () => {
    const { page, goto } = firefox();
    await goto('options.html');
    await page.evaluate(() => console.error('something broke on a page'));
    await expect.poll(caught).toContain('something broke on a page');
  });

  it('an uncaught error and an unhandled rejection on an extension page', async () => {
    const { page } = firefox();
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('thrown on a page');
      }, 0);
      void Promise.reject(new Error('rejected on a page'));
    });
    // Each poll takes what has arrived since the last one: the two may come in different polls.
    let seen = '';
    await expect
      .poll(() => (seen += `${caught()}\n`))
      .toMatch(/thrown on a page[\s\S]*rejected on a page|rejected on a page[\s\S]*thrown on a page/);
  });

  it('a console error in the background', async () => {
    const { page } = firefox();
    await page.evaluate(async () => {
      const background = (await browser.runtime.getBackgroundPage()) as (Window & typeof globalThis) | null;
      background?.console.error('something broke in the background');
    });
    await expect.poll(caught).toContain('something broke in the background');
  });

  it('a request that leaves the browser', async () => {
    const { page, browser } = firefox();
    // A navigation is not a fetch (the pages' policy refuses those), so it does leave.
    await page.evaluate(() => {
      window.open('http://example.net/left-the-browser');
    });
    // The tab it opens asks for its page, then for its icon: both are seen leaving.
    let seen = '';
    await expect
      .poll(() => (seen += caught()), { timeout: 10_000 })
      .toMatch(
        /example\.net\/left-the-browser[\s\S]*example\.net\/favicon|example\.net\/favicon[\s\S]*example\.net\/left-the-browser/,
      );
    for (const opened of await browser.pages())
      if ((await opened.evaluate(() => location.href).catch(() => '')).includes('example.net'))
        await opened.close();
  });

  it('a serious accessibility violation', async () => {
    const { page, goto, scan } = firefox();
    await goto('options.html');
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'text';
      document.body.append(input);
    });
    await scan();
    expect(caught()).toMatch(/axe (serious|critical) .*label/);
    // Gone again, so the scan after the test finds the page as it should be.
    await page.evaluate(() => document.querySelector('body > input')?.remove());
  });
});
