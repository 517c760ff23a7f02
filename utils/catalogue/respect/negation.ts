// Whether a phrase is negated: a negating word up to four tokens before it, in the same clause.
// "I won't lie", "without pretending", "not asking her out", "no made-up offer", "instead of
// bluffing". A "no" that is an answer ("after a no", "she said no") negates nothing.

const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nor', 'instead', 'rather', 'neither', 'avoid']);
const CLAUSE_END = new Set([',', 'but', 'so', 'then', 'because', 'if', 'and']);
const ANSWER_BEFORE_NO = new Set([
  'a',
  'the',
  'say',
  "'s",
  'his',
  'her',
  'their',
  'accept',
  'hear',
  'get',
  'take',
]);
const WINDOW = 4;

export function isNegated(lemmas: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - WINDOW; i--) {
    const word = lemmas[i] ?? '';
    if (CLAUSE_END.has(word)) return false;
    if (!NEGATORS.has(word)) continue;
    if (word === 'no' && ANSWER_BEFORE_NO.has(lemmas[i - 1] ?? '')) continue;
    return true;
  }
  return false;
}
