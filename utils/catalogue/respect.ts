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

/**
 * Compiles the rules now rather than on the first call. Compiling takes a noticeable moment
 * (a tenth of a second or more), so the asks page does it while idle, before the custom-ask
 * form first needs it.
 */
export function prepareRespectCheck(): void {
  compiled ??= compileRules();
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
