import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxExtension } from '../harness/firefox';
import { makeFollowUpsDueInPage } from '../harness/followUpsDue';
import {
  askToSummary,
  clickButton,
  clickButtonIn,
  finishSummary,
  radio,
  startAsk,
  text,
  texts,
  waitFor,
  waitForExactText,
  waitForGone,
  waitForTextPart,
} from './pageActions';

// The popup's practice loop in Firefox, as tests/e2e/chromium/loop.e2e.ts runs it in Chromium:
// each answer, the asks waiting for one, and letting a commitment go.
const firefox = useFirefoxExtension();

const AWAITING = '[data-testid="awaiting"] li';
const awaitingTitles = (page: Page) => texts(page, `${AWAITING} .awaiting__title`);
const summaryText = (page: Page) => text(page, '[data-testid="summary"]');

async function newTabSays(testId: string): Promise<string> {
  const { page, goto } = firefox();
  await goto('newtab.html');
  return text(page, `[data-testid="${testId}"]`);
}

describe('the practice loop in the popup (Firefox ESR)', () => {
  it('compares forecast and feeling for a yes, a partly and a no, and counts each', async () => {
    const { page, goto } = firefox();
    await askToSummary(page, goto, {
      forecast: 7,
      expected: 'no',
      outcome: 'yes',
      actual: 2,
      happened: 'A yes',
    });
    expect(await text(page, '[data-testid="summary-compare"]')).toBe('You expected 7, it felt 2.');
    expect(await summaryText(page)).toContain("That's 5 points easier than you feared.");
    expect(await summaryText(page)).toContain('A yes, too');
    await finishSummary(page);

    const partly = await askToSummary(page, goto, {
      forecast: 6,
      expected: 'yes',
      outcome: 'partly',
      actual: 6,
    });
    expect(await text(page, '[data-testid="summary-compare"]')).toBe('You expected 6, it felt 6.');
    expect(await summaryText(page)).toContain('It felt about as you expected.');
    expect(await summaryText(page)).not.toContain('A yes, too');
    await finishSummary(page);

    await askToSummary(page, goto, {
      forecast: 4,
      expected: 'yes',
      outcome: 'no',
      actual: 5,
      happened: 'A no',
    });
    expect(await text(page, '#summary-heading')).toBe('Well done for asking');
    expect(await text(page, '[data-testid="summary-compare"]')).toBe('You expected 4, it felt 5.');
    expect(await summaryText(page)).toContain('It felt harder than you expected this time.');
    expect(await summaryText(page)).toContain('This attempt counts the same whatever the answer.');
    await finishSummary(page);
    await waitFor(page, '[data-testid="done-today"]');
    expect(await text(page, '[data-testid="popup-week-count"]')).toContain('Asks this week: 3');
    // Only the partly was left without a reflection.
    expect(await texts(page, '[data-testid="unreflected"] li span')).toEqual([partly]);

    expect(await newTabSays('week-count')).toBe('3 asks this week · goal 3 ✓');
    const outcomes = await text(page, '[data-testid="outcomes"]');
    for (const part of ['Yes: 1', 'Partly: 1', 'No: 1', 'No reply: 0', 'Still waiting: 0'])
      expect(outcomes).toContain(part);
  });

  it('files "no reply yet" as awaiting, then takes the answer when it comes', async () => {
    const { page, goto } = firefox();
    const title = await askToSummary(page, goto, {
      forecast: 8,
      expected: 'no',
      outcome: 'noReply',
      actual: 6,
    });
    expect(await text(page, '[data-testid="summary-compare"]')).toBe('You expected 8, it felt 6.');
    expect(await summaryText(page)).toContain("It's now waiting for a reply.");
    await finishSummary(page);
    expect(await awaitingTitles(page)).toEqual([title]);
    expect(await text(page, AWAITING)).toContain('Asked today');
    expect(await newTabSays('outcomes')).toContain('Still waiting: 1');
    expect(await text(page, '[data-testid="week-count"]')).toBe('1 ask this week · goal 3');

    // Later, with the popup opened again.
    await goto('popup.html');
    await waitFor(page, AWAITING);
    await clickButtonIn(page, AWAITING, 'Got an answer');
    await waitFor(page, '#answer-heading');
    expect(await text(page, '#answer-heading + .hint')).toBe(title);
    await radio(page, 'answer', 'yes');
    await clickButton(page, 'Save');
    await waitFor(page, '#reflect-heading');
    await clickButton(page, 'Later');
    await waitFor(page, '[data-testid="summary"]');
    expect(await summaryText(page)).toContain('A yes, too');
    await finishSummary(page);
    expect(await text(page, '[data-testid="awaiting"]')).toContain('Nothing is waiting for a reply.');
    expect(await text(page, '[data-testid="unreflected"]')).toContain(title);

    const outcomes = await newTabSays('outcomes');
    expect(outcomes).toContain('Yes: 1');
    expect(outcomes).toContain('Still waiting: 0');
    // The same ask, answered later: still one ask this week.
    expect(await text(page, '[data-testid="week-count"]')).toBe('1 ask this week · goal 3');
  });

  it('offers one follow-up only, closes as no reply (still counted), and undoes the close', async () => {
    const { page, goto } = firefox();
    const title = await askToSummary(page, goto, {
      forecast: 7,
      expected: 'partly',
      outcome: 'noReply',
      actual: 5,
    });
    await finishSummary(page);
    // Not on the day it was asked: a follow-up is offered from its follow-up day.
    expect(await texts(page, `${AWAITING} button`)).toEqual(['Got an answer', 'Close as no reply']);
    expect(await text(page, `${AWAITING} [data-testid="follow-up-later"]`)).toBe(
      'Follow up in 5 days, if no answer comes',
    );
    await page.evaluate(makeFollowUpsDueInPage, Date.now());
    await goto('popup.html');
    await waitFor(page, AWAITING);
    const weekBefore = await text(page, '[data-testid="popup-week-count"]');
    expect(weekBefore).toContain('Asks this week: 1');

    await clickButtonIn(page, AWAITING, 'Follow up');
    await waitFor(page, '#follow-up-heading');
    expect(await text(page, '[data-testid="ask-template"]')).toContain('No worries at all');
    await clickButton(page, 'I sent it');
    await waitForTextPart(page, AWAITING, 'Followed up today');
    expect(await texts(page, `${AWAITING} button`)).toEqual(['Got an answer', 'Close as no reply']);

    await clickButtonIn(page, AWAITING, 'Close as no reply');
    await waitForTextPart(
      page,
      '[data-testid="awaiting-status"]',
      `Closed “${title}” as no reply. It still counts: you asked.`,
    );
    expect(await page.$(AWAITING)).toBeNull();
    // The Undo outlives the popup: still on offer when it opens again.
    await goto('popup.html');
    await waitForTextPart(page, '[data-testid="awaiting-status"]', `Closed “${title}” as no reply.`);
    expect(await text(page, '[data-testid="awaiting"]')).toContain('Nothing is waiting for a reply.');
    expect(await text(page, '[data-testid="popup-week-count"]')).toBe(weekBefore);

    await clickButtonIn(page, '[data-testid="awaiting-status"]', 'Undo');
    await waitFor(page, AWAITING);
    expect(await awaitingTitles(page)).toEqual([title]);
    await waitForExactText(page, '[data-testid="awaiting-status"]', '');
    expect(await text(page, AWAITING)).toContain('Followed up today');
    expect(await newTabSays('outcomes')).toContain('Still waiting: 1');
    expect(await text(page, '[data-testid="outcomes"]')).toContain('No reply: 0');

    // Closed for good this time: the new tab counts it as no reply, and still as an ask.
    await goto('popup.html');
    await waitFor(page, AWAITING);
    await clickButtonIn(page, AWAITING, 'Close as no reply');
    await waitForGone(page, AWAITING);
    expect(await newTabSays('outcomes')).toContain('No reply: 1');
    expect(await text(page, '[data-testid="week-count"]')).toBe('1 ask this week · goal 3');
  });

  it('lets a commitment go after a confirmation, with nothing counted', async () => {
    const { page, goto } = firefox();
    const title = await startAsk(page, goto);
    await radio(page, 'forecast', '9');
    await radio(page, 'expected', 'no');
    await clickButton(page, 'Commit');
    await waitFor(page, '[data-testid="doing"]');

    await clickButton(page, 'Not this time');
    await waitFor(page, '[data-testid="let-go"]');
    expect(await text(page, '[data-testid="let-go"]')).toContain('Let this one go?');
    await clickButtonIn(page, '[data-testid="let-go"]', 'Keep it');
    await waitForGone(page, '[data-testid="let-go"]');
    expect(await page.$('[data-testid="doing"]')).not.toBeNull();

    // Still committed on reopening; then let go for real.
    await goto('popup.html');
    await waitFor(page, '[data-testid="doing"]');
    await clickButton(page, 'Not this time');
    await waitFor(page, '[data-testid="let-go"]');
    await clickButtonIn(page, '[data-testid="let-go"]', 'Yes, let it go');
    await waitFor(page, '[data-testid="today-card"]');
    expect(await page.$('[data-testid="doing"]')).toBeNull();
    expect(await text(page, '#today-title')).toBe(title);
    expect(await text(page, '[data-testid="popup-week-count"]')).toContain('Asks this week: 0');

    await goto('newtab.html');
    await waitFor(page, '[data-testid="week-empty"]');
    expect(await page.$('[data-testid="week-count"]')).toBeNull();
  });
});
