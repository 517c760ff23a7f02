import { describe, expect, it } from 'vitest';
import { useChromiumExtension } from '../harness/chromium';
import { REFUSED_BY_POLICY, tryWhatThePolicyForbids } from '../harness/policyProbe';
import { storedSettingsInPage } from '../harness/storedSettings';
import { popupFlow } from './popupFlow';

const extension = useChromiumExtension();

describe('extension pages (Chromium)', () => {
  it('opens onboarding in a tab on install', async () => {
    const onboardingUrl = extension().url('onboarding.html');
    await expect
      .poll(() =>
        extension()
          .context.pages()
          .some((p) => p.url() === onboardingUrl),
      )
      .toBe(true);
    const onboarding = extension()
      .context.pages()
      .find((p) => p.url() === onboardingUrl)!;
    await expect
      .poll(() => onboarding.getByRole('heading', { level: 1 }).textContent())
      .toBe('Welcome to Ask Anyway');
    expect(await onboarding.getByText('practice tool, not therapy').count()).toBe(1);
  });

  it('declares only storage, alarms and unlimited storage (the rest optional), and no host access', async () => {
    const manifest = await extension().worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions?.sort()).toEqual(['alarms', 'storage', 'unlimitedStorage']);
    expect(manifest.optional_permissions).toEqual(['notifications', 'downloads', 'offscreen']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('has the browser enforce a strict policy on its pages: no network, no remote code', async () => {
    const manifest = await extension().worker.evaluate(() => chrome.runtime.getManifest());
    const policy = (manifest.content_security_policy as { extension_pages?: string } | undefined)
      ?.extension_pages;
    const directives = policy?.split('; ') ?? [];
    expect(directives.filter((d) => !d.startsWith('style-src')).sort()).toEqual(
      [
        "default-src 'self'",
        "script-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].sort(),
    );
    // Styles: the extension's own files and the one inline stylesheet, by its hash.
    expect(directives.filter((d) => d.startsWith('style-src'))).toEqual([
      expect.stringMatching(/^style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='$/),
    ]);
    // The page still draws with its inline stylesheet (allowed by its hash)…
    const options = await extension().open('options.html');
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(251, 250, 247)',
    );
    // …and the browser refuses what the policy forbids, before any request leaves.
    expect(await options.evaluate(tryWhatThePolicyForbids)).toEqual(REFUSED_BY_POLICY);
    await options.close();
    // The refusals are logged as errors, as they should be: taken here, as expected.
    expect(extension().checks.take().join('\n')).toMatch(/Content Security Policy/);
  });

  it('takes today’s ask from the focus areas the user ticks', async () => {
    const options = await extension().open('options.html');
    await options.getByLabel('Money and negotiation').check();
    await expect.poll(() => options.getByTestId('focus-status').textContent()).toBe('Saved.');
    // Saved as its own item in sync storage: only the setting changed is written.
    expect(await extension().worker.evaluate(storedSettingsInPage)).toEqual({
      focusCategories: ['money'],
      pledgeAcceptedAt: expect.any(Number),
    });
    await extension().close(options);

    const popup = await extension().open('popup.html');
    expect(await popup.getByTestId('today-card').locator('.ask__meta').textContent()).toContain(
      'Money and negotiation',
    );
    expect(await popup.getByTestId('today-card').getAttribute('data-ask-id')).toMatch(/^money_/);
    await extension().close(popup);

    const reopened = await extension().open('options.html');
    expect(await reopened.getByLabel('Money and negotiation').isChecked()).toBe(true);
    await reopened.getByLabel('Money and negotiation').uncheck();
    await expect.poll(() => reopened.getByTestId('focus-status').textContent()).toBe('Saved.');
    await extension().close(reopened);
  });

  it('saves the weekly goal in sync storage and the new tab uses it', async () => {
    const options = await extension().open('options.html');
    const goal = options.getByLabel('Weekly goal (asks per week)');
    await goal.fill('20');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('whole number from 1 to 14');
    await goal.fill('5');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => options.locator('#weekly-goal-status').textContent()).toBe('Saved.');
    expect(await extension().worker.evaluate(storedSettingsInPage)).toMatchObject({ weeklyGoal: 5 });

    await options.reload();
    await expect.poll(() => options.getByLabel('Weekly goal (asks per week)').inputValue()).toBe('5');
    await extension().close(options);

    const popup = await extension().open('popup.html');
    await popupFlow.complete(popup, { forecast: 4, expected: 'Yes', outcome: 'Yes', actual: 2 });
    await extension().close(popup);
    const newtab = await extension().open('newtab.html');
    await expect.poll(() => newtab.getByTestId('week-count').textContent()).toBe('1 ask this week · goal 5');
  });

  it('renders in dark mode with readable contrast', async () => {
    const newtab = await extension().open('newtab.html');
    await newtab.emulateMedia({ colorScheme: 'dark' });
    const background = await newtab.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 24, 27)');
    await extension().scanOpenPages();
  });
});
