import { describe, expect, it } from 'vitest';
import { secondMessagePhrases, suggestsSecondMessage } from '../../../../utils/catalogue/secondMessage';

describe('secondMessagePhrases', () => {
  const suggestsAnother = [
    'one more note',
    'another nudge',
    'chase again',
    'a second email',
    'remind them again',
    'if still nothing, write again',
    'ping them again',
    'one more message',
    'try again later',
    'Give it a week, then send another.',
    'A further reminder after a fortnight is fine.',
    'Follow up with them again if the first follow-up goes unanswered.',
    'After two weeks, email the editor again.',
    'Send a couple more reminders if needed.',
    'A second follow-up is fine after a month.',
    'Ask again next week.',
    // A "don't" that only holds for a while says yes later.
    "Don't take silence personally, and don't send a second message soon after.",
    "Don't chase them again yet.",
    // The old respect notes this check was written for.
    'Assume an oversight. If there’s still no answer after a week or two, one more short note is reasonable.',
    "Assume an oversight. If there's still no answer after a week or two, one more short note is reasonable.",
  ];

  it.each(suggestsAnother)('flags “%s”', (text) => {
    expect(secondMessagePhrases(text)).not.toEqual([]);
    expect(suggestsSecondMessage(text)).toBe(true);
  });

  const harmless = [
    // A new ask on a new occasion.
    'try again next week with a different ask',
    'ask again in a month if the role is re-posted',
    "If they're busy, ask someone else.",
    // A plain "don't".
    "Don't send a second message.",
    'Leave it with them rather than chasing again.',
    // The one follow-up the pledge allows, named as one.
    'If you hear nothing after a week or two, one short follow-up is plenty.',
    'If it stays quiet for a while, one polite nudge on the pull request is fine; after that, let it be.',
    'Most senior people can’t say yes to every request. After one follow-up at most, let silence be the answer.',
    // Staying in a conversation the other side has answered.
    "If it still isn't clear, one more question in the same chat is fine.",
    'If the first reply misses the point, one calm answer back is enough.',
    // "again" without contacting anyone.
    'Thanks again for having me work on {project}.',
    "I've attached it again for convenience.",
    'Thank you again for {previous_contact}.',
    // Neither "second" nor "more" about a message.
    "Many organisations can't give individual feedback. If they don't, that isn't a second rejection.",
    'People with an audience get many messages.',
    'Any other thoughts are welcome too.',
  ];

  it.each(harmless)('leaves “%s” alone', (text) => {
    expect(secondMessagePhrases(text)).toEqual([]);
  });

  it('names the phrase it found', () => {
    expect(secondMessagePhrases('Be patient. If still nothing, ping them again.')).toEqual([
      'ping them again',
    ]);
  });
});
