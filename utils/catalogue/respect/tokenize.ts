// Text to sentences of lower-case tokens. Commas, dashes, brackets and colons stay as a ","
// token, so a rule can tell where a clause ends; quotes and other marks are dropped.

const CONTRACTIONS: [RegExp, string][] = [
  [/[’‘`´]/g, "'"],
  [/[“”„]/g, '"'],
  [/\s[–—]\s|\s-\s|--/g, ' , '],
  [/&/g, ' and '],
  [/\b(wo|wont)n't\b|\bwont\b/g, 'will not'],
  [/\bcan't\b|\bcannot\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b|\baint\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [/\b(do|did|does|is|was|are|were|has|have|had|should|would|could)nt\b/g, '$1 not'],
  [/\bi'm\b|\bim\b/g, 'i am'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  // Not "hell" or "shell", which are words of their own.
  [/\b(that|they|it|you)ll\b/g, '$1 will'],
  [/'d\b/g, ' would'],
  [/\b(she|he|it|that|there|what|who|here|where)'s\b/g, '$1 is'],
  [/\blet's\b/g, 'let us'],
  [/'s\b/g, " 's"],
  [/s'(?=\s|$)/g, "s 's"],
  [/\be-?mail/g, 'email'],
  // Text-speak and shorthand.
  [/\b18\+/g, ' nsfw '],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\b(cuz|coz|cos|bc)\b/g, 'because'],
  [/\bgonna\b/g, 'going to'],
  [/\bwanna\b/g, 'want to'],
  [/\bw\/(?=\s)/g, 'with'],
  [/\bpls\b|\bplz\b/g, 'please'],
  [/\bfollow(?:s|ed|ing)?[- ]?up(s)?\b/g, 'followup$1'],
];

// "'s" only on its own: an opening quote before "somewhere" is no possessive.
const TOKEN = /[a-z0-9£$€]+(?:'[a-z]+)?|'s(?![a-z])|[,;:()[\]]/g;
const SENTENCE = /[.!?;\n]+(?=\s|$)|\n/;

/** Sentences of tokens, each clause boundary kept as ",". */
export function tokenize(text: string): string[][] {
  // Accents dropped, not the letters that carry them: "fiancé" is "fiance".
  let normal = ` ${text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()} `;
  for (const [pattern, replacement] of CONTRACTIONS) normal = normal.replace(pattern, replacement);
  normal = normal.replace(/-/g, ' ');
  return normal
    .split(SENTENCE)
    .map((sentence) =>
      (sentence.match(TOKEN) ?? []).map((token) => (/^[;:()[\]]$/.test(token) ? ',' : token)),
    )
    .filter((tokens) => tokens.length > 0);
}
