// A small lemmatiser: irregular forms from a table, regular ones by trying the usual suffixes
// and keeping the first base form the rules know. Words no rule uses are left as they are.

const IRREGULAR: Record<string, string> = {
  told: 'tell',
  made: 'make',
  sent: 'send',
  left: 'leave',
  bought: 'buy',
  met: 'meet',
  paid: 'pay',
  lent: 'lend',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  got: 'get',
  gotten: 'get',
  wrote: 'write',
  written: 'write',
  kept: 'keep',
  ran: 'run',
  found: 'find',
  sold: 'sell',
  stole: 'steal',
  stolen: 'steal',
  fell: 'fall',
  fallen: 'fall',
  came: 'come',
  went: 'go',
  gone: 'go',
  rang: 'ring',
  rung: 'ring',
  thought: 'think',
  heard: 'hear',
  held: 'hold',
  saw: 'see',
  seen: 'see',
  sat: 'sit',
  hid: 'hide',
  spoke: 'speak',
  spoken: 'speak',
  began: 'begin',
  begun: 'begin',
  did: 'do',
  does: 'do',
  done: 'do',
  doing: 'do',
  has: 'have',
  had: 'have',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  am: 'be',
  been: 'be',
  being: 'be',
  dms: 'dm',
  dmd: 'dm',
  "dm'd": 'dm',
  dmed: 'dm',
  dmming: 'dm',
  dming: 'dm',
  texted: 'text',
  lying: 'lie',
  lied: 'lie',
  lies: 'lie',
  pics: 'pic',
  nudes: 'nude',
  // Not "not" + "es".
  notes: 'note',
  ate: 'eat',
  eaten: 'eat',
};

// British spellings the rules meet, written the American way.
const SPELLING: Record<string, string> = {
  neighbour: 'neighbor',
  neighbours: 'neighbors',
  practise: 'practice',
  pretence: 'pretense',
  pretences: 'pretenses',
  programme: 'program',
  licence: 'license',
  favour: 'favor',
  colour: 'color',
  cheque: 'check',
  fulfil: 'fulfill',
  enrol: 'enroll',
};

/** The word and the base forms it may be an inflection of, most likely first. */
export function candidates(word: string): string[] {
  const out = [word];
  const stem = (suffix: string) => (word.endsWith(suffix) ? word.slice(0, -suffix.length) : null);
  const ies = stem('ies') ?? stem('ied');
  if (ies) out.push(`${ies}y`);
  const es = stem('es');
  if (es) out.push(es);
  const s = stem('s');
  if (s && !word.endsWith('ss')) out.push(s);
  for (const suffix of ['ed', 'ing']) {
    const base = stem(suffix);
    if (!base || base.length < 3) continue;
    out.push(base, `${base}e`);
    if (/([^aeiou])\1$/.test(base)) out.push(base.slice(0, -1));
  }
  return out;
}

// A slip of the keyboard on a longer word the rules know ("pretned", "nudez"): two letters
// swapped, or a plural "z". Short words are left alone: too many are one swap from another.
function typo(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  if (word.endsWith('z') && word.length > 3) {
    const plural = `${word.slice(0, -1)}s`;
    for (const candidate of candidates(plural)) if (vocabulary.has(candidate)) return candidate;
  }
  if (word.length < 6) return undefined;
  for (let i = 0; i < word.length - 1; i++) {
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    for (const candidate of candidates(swapped))
      if (candidate.length >= 6 && vocabulary.has(candidate)) return candidate;
  }
  return undefined;
}

/** A lemmatiser that knows the base forms in `vocabulary`, the words the rules are written in. */
export function createLemmatizer(vocabulary: ReadonlySet<string>): (word: string) => string {
  const cache = new Map<string, string>();
  return (raw) => {
    const known = cache.get(raw);
    if (known !== undefined) return known;
    const word = SPELLING[raw] ?? raw;
    let lemma = IRREGULAR[word] ?? word;
    if (!vocabulary.has(lemma)) {
      for (const candidate of candidates(word)) {
        const american = candidate.replace(/is(e|ation)$/, 'iz$1');
        if (vocabulary.has(candidate)) {
          lemma = candidate;
          break;
        }
        if (vocabulary.has(american)) {
          lemma = american;
          break;
        }
      }
    }
    if (!vocabulary.has(lemma)) lemma = typo(word, vocabulary) ?? lemma;
    if (cache.size < 5000) cache.set(raw, lemma);
    return lemma;
  };
}
