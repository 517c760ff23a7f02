// A tiny pattern language for the respect rules, compiled once to regular expressions over a
// sentence's lemmas joined by single spaces (" ask her out , "):
//   ask/invite      one token, either word (lemmas: "ask" also meets "asked", "asking")
//   pose+as         several tokens in a row, inside an alternative
//   record*         a token starting with "record"
//   text?           an optional token
//   ..3             up to three tokens of anything
//   ~5              up to five tokens inside one phrase: none of them ",", "to", "and", "if"…
//   _               exactly one token of anything
//   $obj            a concept class: a named set of alternatives (lexicon.ts)
//   {[1-9]}         a token matching a regular expression
//   !of/loud        the next token is not one of these
//   ^               the start of a sentence or clause (after ",", "but", "and", "so", "because")

import { LEXICON } from './lexicon';

const MACROS: Record<string, string> = LEXICON;

// Words a phrase gap does not cross: a new clause or a new verb phrase starts there.
const PHRASE_BREAK = '(?:,|to|and|but|or|about|for|if|whether|what|how|why|when|that|so|because)';

export interface Pattern {
  source: string;
  regex: RegExp;
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function token(word: string, words: Set<string>): string {
  if (word === '_') return '\\S+';
  if (word.startsWith('{') && word.endsWith('}')) return `(?:${word.slice(1, -1)})`;
  if (word.startsWith('$')) {
    const macro = MACROS[word.slice(1)];
    if (macro === undefined) throw new Error(`Unknown macro ${word}`);
    return slot(macro, words);
  }
  if (word.endsWith('*')) return `${escapeRegExp(word.slice(0, -1))}\\S*`;
  words.add(word);
  return escapeRegExp(word);
}

function alternative(alt: string, words: Set<string>): string {
  // Regular expressions may hold "+" themselves: split only outside braces.
  return (alt.match(/\{[^}]*\}|[^+]+/g) ?? []).map((word) => token(word, words)).join(' ');
}

function slot(text: string, words: Set<string>): string {
  return `(?:${text
    .split('/')
    .map((alt) => alternative(alt, words))
    .join('|')})`;
}

/** Compiles one pattern; adds the literal words it uses to `words` (the lemmatiser's vocabulary). */
export function compilePattern(source: string, words: Set<string>): Pattern {
  let regex = '';
  for (const part of source.trim().split(/\s+/)) {
    if (part === '^') regex += '(?<=^|,|\\bbut|\\band|\\bso|\\bbecause)';
    else if (/^\.\.\d+$/.test(part)) regex += `(?: \\S+){0,${part.slice(2)}}`;
    else if (/^~\d+$/.test(part)) regex += `(?: (?!${PHRASE_BREAK}(?= ))\\S+){0,${part.slice(1)}}`;
    else if (part.startsWith('!')) regex += `(?! ${slot(part.slice(1), words)}(?= ))`;
    else if (part.endsWith('?') && part.length > 1) regex += `(?: ${slot(part.slice(0, -1), words)})?`;
    else regex += ` ${slot(part, words)}`;
  }
  return { source, regex: new RegExp(`${regex}(?= )`, 'g') };
}

/** Whether the pattern occurs anywhere in the line. */
export function occurs(pattern: Pattern, line: string): boolean {
  pattern.regex.lastIndex = 0;
  return pattern.regex.test(line);
}

/** Token indexes where the pattern starts in a sentence's lemma line (" a b c "). */
export function matchStarts(pattern: Pattern, line: string): number[] {
  const starts: number[] = [];
  pattern.regex.lastIndex = 0;
  for (let m = pattern.regex.exec(line); m; m = pattern.regex.exec(line)) {
    // The match begins at the space before its first token: count the tokens before it.
    let index = 0;
    for (let i = 0; i < m.index; i++) if (line.charCodeAt(i) === 32) index++;
    starts.push(index);
    if (m[0].length === 0) pattern.regex.lastIndex++;
  }
  return starts;
}
