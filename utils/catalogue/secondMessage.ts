// Wording that suggests a second follow-up. The respect pledge allows one follow-up at most,
// and the catalogue names that one in so many words ("one short follow-up", "one polite
// nudge on the pull request"). Anything past it must never be suggested, however it is put.
//
// What counts as a second message: contacting the same person again about the same ask.
//  - another / one more / a second / a further … note, message, email, nudge, reminder,
//    ping, chaser or follow-up ("one more short note is reasonable", "another nudge");
//  - a contact verb with "again" ("write again", "chase them again", "remind them again",
//    "ping them again", "try again later", "ask again");
//  - a "don't" that holds only for a while ("don't send a second message soon after"): a
//    no that is only for now says yes later.
// What does not count:
//  - a plain "don't" ("don't send a second message", "rather than chasing again");
//  - a new ask on a new occasion, named in the same sentence ("try again next week with a
//    different ask", "ask again in a month if the role is re-posted", "ask someone else");
//  - staying in the conversation the other side has answered: "one more question in the
//    same chat", "one calm answer back" (a live reply is not a message sent into silence);
//  - "again" without a contact verb ("thanks again", "I've attached it again").
// Deliberately simple patterns, like respect.ts: a guard for the catalogue's wording.

const ADJECTIVE = '(?:(?:short|quick|polite|gentle|friendly|brief|little|kind|final|small|firm|last)\\s+)*';
const MESSAGE_WORD =
  '(?:notes?|messages?|e-?mails?|mails?|DMs?|nudges?|reminders?|pings?|chasers?|follow[- ]?ups?|bumps?|prods?|pokes?)\\b';
const MORE =
  '(?:another|one more|two more|a few more|a couple (?:of )?more|some more|any more|a second|a third|a further|second|third|an extra)';

const CONTACT_VERB =
  '(?:writ\\w*|wrote|e-?mail\\w*|messag\\w*|mail\\w*|DM\\w*|chas\\w*|nudg\\w*|ping\\w*|remind\\w*|contact\\w*|' +
  'follow\\w* up|reach\\w* out|get\\w* in touch|send\\w*|sent|tr(?:y|ies|ying|ied)|ask\\w*|prod\\w*|pok(?:e|es|ing|ed)|' +
  'call\\w*|phon\\w*|text\\w*|bump\\w*|pester\\w*|rais\\w*|check\\w* in|resend\\w*)';

const PATTERNS: RegExp[] = [
  new RegExp(`\\b${MORE}\\s+${ADJECTIVE}${MESSAGE_WORD}`, 'gi'),
  new RegExp(`\\bsend(?:s|ing)?\\s+(?:(?:them|him|her)\\s+)?${MORE}\\b`, 'gi'),
  // A contact verb and "again", up to four words apart, within one clause.
  new RegExp(`\\b${CONTACT_VERB}(?:\\s+[\\w'’-]+){0,4}?\\s+again\\b`, 'gi'),
];

const NEGATION = /\b(?:don['’]t|do not|never|no need to|not|rather than|instead of|without|avoid)\b/i;
const ONLY_FOR_NOW =
  /\b(?:soon|yet|straight away|right away|immediately|too quickly|for now|for a while|the same day|that day)\b/i;
const NEW_OCCASION =
  /\b(?:different (?:ask|idea|project|person|request)|(?:new|fresh) (?:ask|role|opening|project|idea)|someone else|re-?(?:posted|advertised|opened))\b/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');
}

/** The phrases in the text that suggest a second message; empty when there are none. */
export function secondMessagePhrases(text: string): string[] {
  const found: string[] = [];
  for (const sentence of sentences(text)) {
    for (const pattern of PATTERNS) {
      for (const match of sentence.matchAll(pattern)) {
        const clauseStart = Math.max(
          sentence.lastIndexOf(',', match.index),
          sentence.lastIndexOf(';', match.index),
          sentence.lastIndexOf(':', match.index),
        );
        const before = sentence.slice(clauseStart + 1, match.index);
        const rest = sentence.slice(match.index + match[0].length);
        // A new occasion counts when it is named in the phrase's clause or after it.
        if (NEW_OCCASION.test(before + match[0] + rest)) continue;
        const negated = NEGATION.test(before);
        if (negated && !ONLY_FOR_NOW.test(rest.split(/[,;:]/)[0] ?? '')) continue;
        found.push(match[0]);
      }
    }
  }
  return found;
}

/** True when the text suggests contacting the same person a second time about one ask. */
export function suggestsSecondMessage(text: string): boolean {
  return secondMessagePhrases(text).length > 0;
}
