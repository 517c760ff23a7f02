// Compiles the rule set once: every pattern to a regular expression, and the lemmatiser's
// vocabulary from the words the patterns use.

import type { RespectConcern } from './concerns';
import { createLemmatizer } from './lemmatize';
import { isNegated } from './negation';
import { compilePattern, matchStarts, occurs, type Pattern } from './pattern';
import type { Rule } from './rule';
import { RULES } from './rules';

export interface Sentence {
  lemmas: readonly string[];
  /** The lemmas joined by single spaces, with a space at each end. */
  line: string;
}

export interface CompiledRule {
  /** The rule's `match`, to say which rule fired when tuning. */
  source: string;
  fires(sentences: readonly Sentence[], whole: string): boolean;
}

const found = (patterns: readonly Pattern[], line: string) =>
  patterns.some((pattern) => occurs(pattern, line));

function compileRule(rule: Rule, words: Set<string>): CompiledRule {
  const all = (sources: readonly string[] | undefined) =>
    (sources ?? []).map((s) => compilePattern(s, words));
  const match = compilePattern(rule.match, words);
  const unless = all(rule.unless);
  const unlessText = all(rule.unlessText);
  const within = all(rule.with);
  const requires = all(rule.requires);
  const notAfter = new Set(rule.notAfter ?? []);
  const negatable = rule.negatable ?? true;
  const times = rule.times ?? 1;
  return {
    source: rule.match,
    fires(sentences, whole) {
      // Most rules find nothing: one search of the whole text rules them out.
      if (!occurs(match, whole)) return false;
      if (requires.length > 0 && !found(requires, whole)) return false;
      if (found(unlessText, whole)) return false;
      return sentences.some(({ lemmas, line }) => {
        const starts = matchStarts(match, line).filter(
          (start) => !(negatable && isNegated(lemmas, start)) && !notAfter.has(lemmas[start - 1] ?? ''),
        );
        if (starts.length < times) return false;
        if (within.length > 0 && !found(within, line)) return false;
        return !found(unless, line);
      });
    },
  };
}

export function compileRules() {
  const words = new Set<string>();
  const rules = {} as Record<RespectConcern, CompiledRule[]>;
  for (const [concern, list] of Object.entries(RULES) as [RespectConcern, readonly Rule[]][]) {
    rules[concern] = list.map((rule) => compileRule(rule, words));
  }
  return { rules, lemma: createLemmatizer(words), vocabulary: words as ReadonlySet<string> };
}
