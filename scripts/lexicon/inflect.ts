/**
 * Surface forms of a class entry: verb inflections (3rd person, past, participle, -ing) and noun plurals from
 * en-inflectors, with reviewed overrides, l-doubling ("pummeled" / "pummelled") and British/American spelling
 * variants ("neutralize" / "neutralise", "defense" / "defence"). Every generated form is cross-checked with
 * wink-lemmatizer: a form that does not lemmatise back to its lemma is reported unless review.json confirms it.
 */
import { Inflectors } from 'en-inflectors';
import lemmatizer from 'wink-lemmatizer';
import { compareCodes } from './wordnet.ts';
import type { InflectionSlot, LexPos, ReviewFile, SeedFile } from './types.ts';

/** The forms of one entry, its phrasal-verb parts, and the cross-check failures. */
export interface Inflected {
  forms: string[];
  head?: string;
  particle?: string;
  separable?: boolean;
  problems: string[];
}

type Slots = Partial<Record<InflectionSlot, string[]>>;

/** Ends in consonant + single vowel + l: the l doubles in British spelling (pummel, signal, label). */
const DOUBLING_L = /[^aeiou][aeiou]l$/;

/** The inflections of a one-word verb, before overrides. */
function verbSlots(verb: string, stressedFinalL: ReadonlySet<string>): Slots {
  const inf = new Inflectors(verb);
  const slots: Slots = {
    base: [verb],
    third: [inf.toPresentS()],
    past: [inf.toPast()],
    participle: [inf.toPastParticiple()],
    gerund: [inf.toGerund()],
  };
  if (DOUBLING_L.test(verb)) {
    // British doubles the l always; American only after a stressed syllable (repel -> repelled).
    const doubled = [`${verb}led`, `${verb}ling`];
    const single = stressedFinalL.has(verb) ? [] : [`${verb}ed`, `${verb}ing`];
    slots.past = [doubled[0]!, ...(single[0] ? [single[0]] : [])];
    slots.participle = slots.past;
    slots.gerund = [doubled[1]!, ...(single[1] ? [single[1]] : [])];
  }
  return slots;
}

/** The word of a noun phrase that takes the plural: before "of" ("acts of terrorism"), else the last. */
function pluralIndex(words: string[]): number {
  const of = words.indexOf('of');
  return of > 0 ? of - 1 : words.length - 1;
}

/** British/American variants of one word, both ways: whole-word table, then -ize/-ise and -yze/-yse. */
function spellingVariants(word: string, review: ReviewFile): string[] {
  const out = new Set([word]);
  for (const [american, british] of Object.entries(review.spelling.words)) {
    if (word === american) out.add(british);
    if (word === british) out.add(american);
    // inflected forms of a table word: defenses -> defences
    if (word.startsWith(american) && word.length > american.length && /^(s|es|d|ed|ing)$/.test(word.slice(american.length))) {
      out.add(british + word.slice(american.length));
    }
  }
  const ize = /^(.*)iz(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (ize && !review.spelling.izeExceptions.some((e) => `${ize[1]}ize`.endsWith(e))) out.add(`${ize[1]}is${ize[2]}`);
  const yze = /^(.*)yz(e|es|ed|ing|er|ers)$/.exec(word);
  if (yze) out.add(`${yze[1]}ys${yze[2]}`);
  return [...out];
}

/** Cross-checks a generated inflection of `lemma` with wink's lemmatiser. */
function check(form: string, lemma: string, pos: 'verb' | 'noun', review: ReviewFile, problems: string[]): void {
  if (form === lemma) return;
  // a hyphenated compound inflects its last part (dive-bombed): the lemmatiser knows only that part
  const lastPart = (word: string): string => word.toLowerCase().slice(word.lastIndexOf('-') + 1);
  const back = pos === 'verb' ? lemmatizer.verb(lastPart(form)) : lemmatizer.noun(lastPart(form));
  const message = `${pos} ${lemma}: generated form "${form}" lemmatises to "${back}" (confirm it or override it in review.json inflection)`;
  if (back !== lastPart(lemma) && !problems.includes(message) && !(form in review.inflection.confirmed)) {
    problems.push(message);
  }
}

/**
 * The surface forms of `lemma` as part of speech `pos`. Multi-word verbs inflect their first word (or the last,
 * for the lemmas in review.json `lastWordHead`); a verb + particle ("shoot down") also reports its parts.
 */
export function inflect(lemma: string, pos: LexPos, seeds: SeedFile, review: ReviewFile): Inflected {
  const words = lemma.split(' ');
  const problems: string[] = [];
  const overrides = review.inflection.overrides[lemma] ?? {};
  const forms = new Set<string>();
  const result: Inflected = { forms: [], problems };

  if (pos === 'verb') {
    const headIndex = review.inflection.lastWordHead.includes(lemma) ? words.length - 1 : 0;
    const head = words[headIndex]!;
    const { plural: _plural, ...verbOverrides } = overrides;
    const slots = { ...verbSlots(head, new Set(review.inflection.stressedFinalL)), ...verbOverrides };
    for (const [slot, list] of Object.entries(slots)) {
      for (const form of list ?? []) {
        if (!(slot in verbOverrides)) check(form, head, 'verb', review, problems);
        forms.add([...words.slice(0, headIndex), form, ...words.slice(headIndex + 1)].join(' '));
      }
    }
    const last = words[words.length - 1]!;
    const tail = words.slice(1).join(' ');
    if (words.length > 2 && headIndex === 0 && (seeds.particles.separablePhrases ?? []).includes(tail)) {
      // "knock out of the sky": the fixed phrase may follow the object ("knocked 44 of them out of the sky").
      Object.assign(result, { head, particle: tail, separable: true });
    } else if (words.length === 2 && headIndex === 0) {
      const separable = seeds.particles.separable.includes(last);
      if (separable || seeds.particles.prepositional.includes(last)) {
        Object.assign(result, { head, particle: last, separable });
      }
    }
  } else if (pos === 'noun') {
    forms.add(lemma);
    if (!review.inflection.uncountable.includes(lemma)) {
      const at = pluralIndex(words);
      const word = words[at]!;
      // en-inflectors lower-cases; a proper noun keeps its capital (Mondays)
      const recase = (form: string): string => (/^\p{Lu}/u.test(word) ? word[0] + form.slice(1) : form);
      const plural = overrides.plural ?? [recase(new Inflectors(word).toPlural())];
      for (const form of plural) {
        if (!overrides.plural) check(form, word, 'noun', review, problems);
        forms.add([...words.slice(0, at), form, ...words.slice(at + 1)].join(' '));
      }
    }
  } else {
    forms.add(lemma);
  }

  const all = new Set<string>();
  for (const form of forms) {
    // every combination of the words' spelling variants (at most a few per form)
    let variants = [''];
    for (const word of form.split(' ')) {
      const options = spellingVariants(word, review);
      variants = variants.flatMap((v) => options.map((o) => (v ? `${v} ${o}` : o)));
    }
    for (const v of variants) all.add(v);
  }
  result.forms = [...all].sort(compareCodes);
  return result;
}
