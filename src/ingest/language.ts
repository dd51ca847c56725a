/**
 * A small language check: is this text English? Counts English function words among the words of the text and
 * the share of letters that are not Latin (Cyrillic, Greek, CJK, ...). Enough to turn away a Ukrainian, Russian or
 * German article before extraction produces nonsense from it; not a general language identifier.
 */

/** Common English function words; in English news prose they make up roughly 35-45% of the words. */
const ENGLISH_STOPWORDS = new Set(
  ('the of and to in a is was that for on with as by at from it its said he she they his her their this which be has have had ' +
    'were are been not but an or after over more than who will would about into also were two one all other up out when ' +
    'there no new after before said we our us you i its them while since during against under between if can could may')
    .split(' '),
);

/** Options of `checkEnglish`. */
export interface LanguageOptions {
  /** Minimum share of English function words among Latin-script words. */
  minStopwordRatio: number;
  /** Maximum share of letters outside the Latin script. */
  maxNonLatinRatio: number;
  /** Texts with fewer words than this are not judged (too short to tell). */
  minWords: number;
  /** Only the first this-many characters are looked at. */
  sampleChars: number;
}

export const DEFAULT_LANGUAGE_OPTIONS: LanguageOptions = {
  minStopwordRatio: 0.15,
  maxNonLatinRatio: 0.3,
  minWords: 25,
  sampleChars: 2500,
};

/** The verdict: null when the text reads as English, else what it looked like instead. */
export function checkEnglish(text: string, options: Partial<LanguageOptions> = {}): string | null {
  const o = { ...DEFAULT_LANGUAGE_OPTIONS, ...options };
  // 1. script: share of letters that are not Latin (ASCII letters counted on a fast path)
  const sample = text.length > o.sampleChars ? text.slice(0, o.sampleChars) : text;
  let letters = 0;
  let nonLatin = 0;
  let cyrillic = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) letters++;
      continue;
    }
    // fast ranges first: Latin-1/Latin Extended letters, general punctuation (curly quotes, dashes), Cyrillic
    if (c >= 0xc0 && c <= 0x24f) {
      if (c !== 0xd7 && c !== 0xf7) letters++;
      continue;
    }
    if (c < 0xc0 || (c >= 0x2000 && c <= 0x206f)) continue;
    if (c >= 0x0400 && c <= 0x052f) {
      letters++;
      cyrillic++;
      nonLatin++;
      continue;
    }
    const ch = sample[i]!;
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (!/\p{Script=Latin}/u.test(ch)) nonLatin++;
  }
  if (letters > 0 && nonLatin / letters > o.maxNonLatinRatio) {
    return cyrillic > nonLatin / 2 ? 'Cyrillic script (Ukrainian or Russian?)' : 'mostly non-Latin script';
  }
  // 2. function words among Latin words
  const words = sample.toLowerCase().split(/[^a-z'’\u00c0-\u024f]+/).filter((w) => w.length > 0);
  if (words.length < o.minWords) return null;
  let hits = 0;
  for (const w of words) if (ENGLISH_STOPWORDS.has(w)) hits++;
  const ratio = hits / words.length;
  return ratio < o.minStopwordRatio ? `few English function words (${Math.round(ratio * 100)}% of words)` : null;
}
