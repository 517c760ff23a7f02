// A "done when" is a finish line the person reaches by their own action, whatever the answer:
// the message is sent, the question is asked. It never waits on the other side ("they
// agreed", "you've had a reply"), and never on something only they can grant, such as a
// slot to join or a meeting to pitch in.
//
// Two checks, both deliberately simple:
//  - otherSide: words for what the other side does or gives (agree, reply, respond, accept,
//    say yes, approve, confirm, hear back, get or receive something). The content of the
//    ask itself is left out first, so "You've asked whether they'd accept the return" is
//    fine: asking is the step, accepting stays theirs.
//  - notOwnStep: the finish line must have one of the two shapes the catalogue uses, with
//    an allowed verb in each part: "Your <thing> is sent / posted / submitted / filed /
//    open / in the chat" or "You've asked / sent / made / named / raised / said / given …".
//    Verbs outside that list, such as "joined" or "delivered", describe taking part in
//    something the other side has to hold open, so they are not a finish line of one's own.

export type DoneWhenProblem = 'otherSide' | 'notOwnStep';

const OTHER_SIDE =
  /\b(?:agre\w*|repl(?:y|ies|ied)|respon\w*|accept\w*|says? yes|said yes|yes from|approv\w*|confirm\w*|grant\w*|get a|gets a|got a|getting a|receiv\w*|heard back|hear back|answered|(?:an|their) answer|invited|hired|funded|chosen|selected|shortlisted)\b/i;

// Where the ask's own content starts: what was asked for is theirs to grant, not a condition.
const ASK_CONTENT = /\b(?:whether|if|for (?:the|a|an|your)\b)[^.;]*/gi;

const OWN_STEPS = new Set([
  'asked',
  'sent',
  'submitted',
  'posted',
  'filed',
  'made',
  'named',
  'raised',
  'said',
  'given',
  'offered',
  'proposed',
  'requested',
  'shared',
  'emailed',
  'messaged',
  'told',
  'linked',
  'included',
  'attached',
  'explained',
  'described',
]);
const STATES = new Set(['open', 'in']);
const IRREGULAR_PARTICIPLES = new Set([
  'made',
  'said',
  'given',
  'sent',
  'told',
  'put',
  'shown',
  'got',
  'gotten',
  'heard',
  'met',
  'had',
  'been',
  'won',
  'done',
  'run',
  'brought',
  'held',
]);

const looksLikeStep = (word: string) => word.endsWith('ed') || IRREGULAR_PARTICIPLES.has(word);

/** The steps a finish line names, in order, or null when it has neither allowed shape. */
function steps(sentence: string): string[] | null {
  const own = /^You['’]ve\s+(\w+)(.*)$/i.exec(sentence);
  const done = /^(?:Your|The)\b.*?\b(?:is|are)\s+(\w+)(.*)$/i.exec(sentence);
  const match = own ?? done;
  if (!match) return null;
  const [, first, rest] = match as unknown as [string, string, string];
  const later = [...rest.matchAll(/\band\s+(\w+)/gi)].map((m) => m[1]!.toLowerCase()).filter(looksLikeStep);
  return [first.toLowerCase(), ...later];
}

/** What is wrong with a "done when", if anything; empty when it is the person's own step. */
export function doneWhenProblems(doneWhen: string): DoneWhenProblem[] {
  const problems: DoneWhenProblem[] = [];
  if (OTHER_SIDE.test(doneWhen.replace(ASK_CONTENT, ''))) problems.push('otherSide');
  const sentences = doneWhen
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const ownSteps = sentences.every((sentence) => {
    const named = steps(sentence);
    return named?.every((step) => OWN_STEPS.has(step) || STATES.has(step)) ?? false;
  });
  if (sentences.length === 0 || !ownSteps) problems.push('notOwnStep');
  return problems;
}
