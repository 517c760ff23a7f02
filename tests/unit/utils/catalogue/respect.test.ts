import { describe, expect, it } from 'vitest';
import { RESPECT_CONCERNS, type RespectConcern, respectConcerns } from '../../../../utils/catalogue/respect';

// The phrasings named in issue 19: what the old check missed, and where it warned on a harmless ask.

describe('respect check: what it used to miss', () => {
  const missed: [string, RespectConcern][] = [
    ['Last week I made up an excuse to skip the stand-up; ask for Friday off the same way', 'deception'],
    ['Told my landlord a made-up story about a leak so he would come round sooner', 'deception'],
    ['I lied to the recruiter about my notice period, now ask her to move the start date', 'deception'],
    ['Pose as a journalist and ask the press office for their hiring numbers', 'deception'],
    ['Posing as a customer, ask the rival shop how they price', 'deception'],
    ['Fib about my notice period so the recruiter moves faster', 'deception'],
    ['Ask the new guy in marketing out for a drink', 'romance'],
    ['Keep asking Lena out until she says yes', 'romance'],
    ['Message the recruiter daily about my application', 'repeatedContact'],
    ['Email the hiring manager until they answer', 'repeatedContact'],
    ['Send a fourth reminder to the editor about my pitch', 'repeatedContact'],
    ['Ask her for explicit photos', 'sexual'],
    ['She said no, so make a new account and ask her again', 'repeatedContact'],
  ];

  it.each(missed)('flags “%s” as %s', (text, concern) => {
    expect(respectConcerns(text)).toContain(concern);
  });
});

describe('respect check: harmless asks that share words', () => {
  const harmless = [
    'Generate fake data for the signup form and ask QA to review it',
    'Ask my writing group to beta read my romance novel',
    'Ask the organiser for the date of the next meeting',
    'Record my own talk and ask a friend to count my ums',
    'Ask if the meeting that happens every day could move to 10',
    'Share a shortcut trick in Excel and ask if anyone has a better one',
    // Negated.
    'Apply for the senior role. I won’t lie about my experience',
    'Answer a beginner’s question without pretending to be an expert',
    'Not asking her out, just asking a designer for feedback',
    // A company's discount or refund, one's own pay.
    'Ask the shop for the refund they owe me',
    'Ask the bike shop for a discount if I buy the lock and lights together',
    'Negotiate my own pay for the new role',
    'Send one polite follow-up a week after the application',
  ];

  it.each(harmless)('leaves “%s” alone', (text) => {
    expect(respectConcerns(text)).toEqual([]);
  });
});

describe('respect check: its answer', () => {
  it('lists concerns once each, in the fixed order', () => {
    const found = respectConcerns(
      'Ask my ex to lend me money, post her reply on Twitter, and pretend it was a joke. Keep messaging her daily.',
    );
    expect(found).toEqual(RESPECT_CONCERNS.filter((c) => found.includes(c)));
    expect(found).toEqual(['deception', 'repeatedContact', 'recording', 'money']);
  });

  it('is empty for empty or blank text', () => {
    expect(respectConcerns('')).toEqual([]);
    expect(respectConcerns('  \n ')).toEqual([]);
  });
});

describe('respect check: repeated contact and romance, said in other words', () => {
  const flagged: [string, RespectConcern][] = [
    // Showing up in person, or on another line, after being ignored.
    ['She left me on read, so I’ll turn up at her flat tonight', 'repeatedContact'],
    ['He hasn’t answered in two weeks; should I just drop by his office', 'repeatedContact'],
    ['She turned me down, so I’ll turn up at her house', 'repeatedContact'],
    ['He won’t pick up, so ring him from a withheld number', 'repeatedContact'],
    ['My ex blocked me, so message her from my sister’s account', 'repeatedContact'],
    // Counted, scheduled or chained contacts.
    ['DM her like 20 times until she notices', 'repeatedContact'],
    ['Circle back with the client every other day', 'repeatedContact'],
    ['Bump my post in the group every few hours so she sees it', 'repeatedContact'],
    ['Send a reminder about the reminder to the landlord', 'repeatedContact'],
    ['Tag the brand on every post until they repost me', 'repeatedContact'],
    ['He told me he’s not interested, but email him again next month', 'repeatedContact'],
    ['Should I triple text him', 'repeatedContact'],
    ['Send her three texts in a row', 'repeatedContact'],
    ['I won’t take no for an answer, message her again', 'repeatedContact'],
    // Romance in other words.
    ['Ask the new hire to come as my date to the gala', 'romance'],
    ['Invite my colleague for a candle-lit meal', 'romance'],
    ['I can’t stop thinking about the guy from the gym, help me message him', 'romance'],
    ['Ask my coworker if we could be more than just friends', 'romance'],
    ['I have a thing for my lab partner, should I say something', 'romance'],
    ['I can’t get her out of my head, should I text her', 'romance'],
    ['Take her out for Valentine’s, she’s in my pottery class', 'romance'],
    ['I want to tell her how I feel before she moves', 'romance'],
    ['She’s totally my type, help me ask her', 'romance'],
  ];

  it.each(flagged)('flags “%s” as %s', (text, concern) => {
    expect(respectConcerns(text)).toContain(concern);
  });

  const quiet: [string, RespectConcern][] = [
    ['Call the clinic from my work phone to book an appointment', 'repeatedContact'],
    ['I’ll wait outside the venue for my friend', 'repeatedContact'],
    ['Visit my grandma at her house this weekend', 'repeatedContact'],
    ['Keep my manager in the loop', 'repeatedContact'],
    ['Bump into my old teacher at the shops and say hi', 'repeatedContact'],
    ['Ask the landlord three questions about the lease', 'repeatedContact'],
    ['Send my mum a text on Monday, Wednesday and Friday to check she’s ok, as we agreed', 'repeatedContact'],
    ['Book a candlelit dinner for my wife and me for our anniversary', 'romance'],
    ['Ask my manager about the team dinner, just us devs', 'romance'],
    ['Ask my boss if I can take her out for a farewell lunch with the team', 'romance'],
    ['Tell my friend I can’t stop thinking about her advice', 'romance'],
    ['I can’t stop thinking about the exam', 'romance'],
    ['I have a thing for spreadsheets', 'romance'],
    ['Help me write a Valentine’s Day newsletter for customers', 'romance'],
    ['Tell my manager how I feel about the reorg', 'romance'],
    ['Share my feelings with my therapist', 'romance'],
    ['Send another email to HR about my payslip', 'repeatedContact'],
    ['Ask my manager to stop booking back-to-back meetings', 'repeatedContact'],
    ['The bank declined my card, so I’ll go to their branch office tomorrow', 'repeatedContact'],
    ['My friend isn’t picking up, I’ll wait outside the cinema as planned', 'repeatedContact'],
    ['She declined the meeting, so I’ll send her the notes from my work email', 'repeatedContact'],
  ];

  it.each(quiet)('does not flag “%s” as %s', (text, concern) => {
    expect(respectConcerns(text)).not.toContain(concern);
  });
});
