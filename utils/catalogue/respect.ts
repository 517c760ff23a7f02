// Whether a custom ask seems to break the respect pledge, and which part. The catalogue must
// raise no concern (a unit test reads every ask); a custom ask that does gets a gentle,
// specific note. A hint for a person, not a verdict: rules over lemmas with negation and
// word-sense exceptions (utils/catalogue/respect/), tuned on a labelled corpus
// (tests/fixtures/respect/).

import { compileRules, type Sentence } from './respect/compile';
import { RESPECT_CONCERNS, type RespectConcern } from './respect/concerns';
import { tokenize } from './respect/tokenize';

export { RESPECT_CONCERNS, type RespectConcern } from './respect/concerns';

let compiled: ReturnType<typeof compileRules> | undefined;

// Texts that reach most rules, so the engine has compiled their patterns before a person types.
const WARM_UP_TEXTS = [
  'Ask my manager for feedback on the slides I made, then follow up once next week if she has not answered.',
  "Pretend I'm a journalist, message her every day until she replies, post the chat online and ask for money, she's 15.",
  'Email the team about drinks on Friday and ask the shop for a discount on a new laptop.',
];

/**
 * The first checks are slow (a quarter of a second for the first, while the engine compiles
 * the rules' patterns; about a millisecond once warm), so the asks page runs these steps while
 * idle, one per idle slot, before the custom-ask form first needs them.
 */
export function respectCheckWarmUp(): (() => void)[] {
  return [
    () => {
      compiled ??= compileRules();
    },
    ...WARM_UP_TEXTS.map((text) => () => void respectConcerns(text)),
  ];
}

/** Concerns the text raises, in a fixed order; empty when it reads as a respectful ask. */
export function respectConcerns(text: string): RespectConcern[] {
  compiled ??= compileRules();
  const { rules, lemma } = compiled;
  const sentences: Sentence[] = tokenize(text).map((tokens) => {
    // A closing "," marks the end of the last clause for the patterns.
    const lemmas = [...tokens.map(lemma), ','];
    return { lemmas, line: ` ${lemmas.join(' ')} ` };
  });
  if (sentences.length === 0) return [];
  const whole = ` ${sentences.map((s) => s.lemmas.join(' ')).join(' ')} `;
  return RESPECT_CONCERNS.filter((concern) => rules[concern].some((rule) => rule.fires(sentences, whole)));
}
