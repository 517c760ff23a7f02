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

describe('respect check: deception, a claim the text itself undoes', () => {
  const deceptive = [
    // A negated echo of the claimed word.
    'Would it be alright to say my laptop was nicked so the client gives me another week? It wasn’t nicked.',
    'Tell the examiner my cat died so I get more time, I don’t have a cat',
    // A concession or "when in fact" after the claim.
    'Let HR know I have a master’s degree, even though I never finished it',
    'tell my boss the wifi was down all day when actually i was at the beach',
    'Tell the bank I earn 60k, it’s actually closer to 35k',
    // A bare denial, the real reason beside the excuse.
    'Tell the recruiter I have another offer on the table, there isn’t one really',
    'tell my manager my train got cancelled, i just didn’t fancy coming in tbh',
    // Speaking as someone else, framing, false impressions, altered figures, extra accounts.
    'Reply to the buyer as my brother’s solicitor so he backs down',
    'Word the message as if my boss approved the spend',
    'Give the client the impression we have a team of 20 when it’s just me',
    'Let the recruiter believe I’m still employed',
    'Edit the date on my receipt so the shop accepts the return',
    'Make a couple of extra accounts to vote for my design in the contest',
  ];
  it.each(deceptive)('flags “%s” as deception', (text) => {
    expect(respectConcerns(text)).toContain('deception');
  });

  const honest = [
    'Tell my boss sorry I’m late, I overslept and it won’t happen again',
    'Tell her I’m free on Monday but not free on Tuesday',
    'Say thank you to my neighbour even though we don’t talk much',
    'Email the CEO directly with my idea, even though I’m only an intern',
    'Write to the editor pitching my article, though I’m not a professional writer',
    'Tell the client we can’t hit Friday, it’s closer to Tuesday',
    'Word the message as if you were talking to a friend',
    'Let the client think about the offer over the weekend',
    'Email the hotel that I never received the invoice',
    'fake it till you make it confidence tips for asking my manager for feedback',
  ];
  it.each(honest)('leaves “%s” alone', (text) => {
    expect(respectConcerns(text)).not.toContain('deception');
  });
});
