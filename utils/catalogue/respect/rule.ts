import type { RespectConcern } from './concerns';

/**
 * One respect rule, in the pattern language of `pattern.ts`. It fires when `match` is found in a
 * sentence, not negated there (unless `negatable` is false), not right after a word of
 * `notAfter`, with one of `with` in the same sentence and one of `requires` anywhere in the text
 * when given, and with no `unless` in the sentence and no `unlessText` anywhere.
 */
export interface Rule {
  match: string;
  unless?: readonly string[];
  unlessText?: readonly string[];
  with?: readonly string[];
  requires?: readonly string[];
  notAfter?: readonly string[];
  negatable?: boolean;
  /** How many separate matches the sentence needs (several channels at once). */
  times?: number;
}

export type RuleSet = Record<RespectConcern, readonly Rule[]>;
