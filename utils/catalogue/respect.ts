// Words that suggest an ask breaks the respect pledge. The catalogue must contain none of
// them (a unit test reads every ask); a custom ask that does gets a gentle, specific note.
// Deliberately simple patterns: a hint for a person, not a verdict.

export type RespectConcern = 'deception' | 'romance' | 'repeatedContact' | 'physical' | 'recording' | 'money';

const PATTERNS: Record<RespectConcern, RegExp[]> = {
  deception: [
    /\bpretend(ing|ed)?\b/i,
    /\bfake\b/i,
    /\blie\b|\blying\b/i,
    /\btrick\b/i,
    /\bprank/i,
    /\bdisguise/i,
    /\bimpersonat/i,
    /\bmade[- ]up (story|reason|excuse)/i,
  ],
  romance: [
    /\bdating\b/i,
    /\b(on|for|out on) a date\b|\ba date with\b/i,
    /\bflirt/i,
    /\bromantic|\bromance\b/i,
    /\bcrush\b/i,
    /\bkiss/i,
    /\bsex(y|ual)?\b/i,
    /\bhug\b/i,
    /\battractive\b/i,
    /\bask (him|her|them) out\b/i,
  ],
  repeatedContact: [
    /\bkeep (asking|messaging|emailing|calling)/i,
    /\bagain and again\b/i,
    /\buntil (they|he|she) (say|says|agree)/i,
    /\bevery day\b/i,
    /\bfollow[- ]up twice\b|\bsecond follow[- ]up\b/i,
    /\bspam\b/i,
  ],
  physical: [/\bin person\b/i, /\btouch\b/i, /\bon the street\b/i, /\bdoor[- ]to[- ]door\b/i],
  recording: [
    /\brecord(ing)?\b(?! (of|label))/i,
    /\bscreenshot/i,
    /\bfilm(ing)?\b/i,
    /\blivestream/i,
    /\bpost (their|his|her) (reply|answer)/i,
    /\bshare (their|his|her) (reply|answer)/i,
    /\bname and shame\b/i,
  ],
  money: [
    /\bbuy\b/i,
    /\bpurchase\b/i,
    /\bpay for\b/i,
    /\bspend money\b/i,
    /\bbribe/i,
    /\b(break|bend) the rules\b/i,
  ],
};

/** Concerns the text raises, in a fixed order; empty when it reads as a respectful ask. */
export function respectConcerns(text: string): RespectConcern[] {
  return (Object.keys(PATTERNS) as RespectConcern[]).filter((concern) =>
    PATTERNS[concern].some((pattern) => pattern.test(text)),
  );
}

/** What a custom ask is warned about: the three the pledge names most directly. */
export const CUSTOM_ASK_WARNINGS: readonly RespectConcern[] = ['deception', 'romance', 'repeatedContact'];
