/**
 * Candidate lemmas of a semantic class: the words of its seed senses (synonyms), of their hyponyms down to each
 * seed's depth, and the derivationally related forms of all of these that fall in the class's parts of speech
 * ("bombard" -> "bombardment"). Candidates are then accepted or rejected in review.json (grow.ts).
 */
import { compareCodes, POINTER, type Synset, type WordNet } from './wordnet.ts';
import type { ClassSpec, LexPos, SeedFile } from './types.ts';

/** A lemma WordNet proposes for a class, with the senses that brought it. */
export interface Candidate {
  /** The review key: lower case. */
  lemma: string;
  /** The spelling entries use: WordNet's, which keeps the capital of a proper noun (`Monday`, `May`). */
  display: string;
  /** Its parts of speech within the class, in the class's order. */
  pos: LexPos[];
  /** Sense keys of the lemma in the synsets it came from, sorted. */
  senses: string[];
  /** How it came: `seed`, `hyponym` or `derivation` (the closest of the ways, in that order). */
  via: 'seed' | 'hyponym' | 'derivation';
  /** The gloss of its first synset, for the reviewer. */
  gloss: string;
}

const POS_OF_SYNSET: Record<string, LexPos> = { n: 'noun', v: 'verb', a: 'adjective', s: 'adjective', r: 'adverb' };
const VIA_RANK = { seed: 0, hyponym: 1, derivation: 2 } as const;

/** Lemma spelling used across the lexicon: lower case, single spaces. */
export const normaliseLemma = (lemma: string): string => lemma.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The synsets under a seed: the seed itself and its hyponyms to `depth` levels (verbs: troponyms; adjectives:
 * the satellites similar to a head adjective). Instance hyponyms (`~i`: named individuals) are not followed.
 * @throws Error when the sense key is not in WordNet.
 */
export function seedClosure(wn: WordNet, sense: string, depth: number): { synset: Synset; level: number }[] {
  const root = wn.senseSynset(sense);
  if (!root) throw new Error(`seeds.json: sense ${sense} is not in WordNet ${wn.version}; expected a sense key from index.sense`);
  const seen = new Set([root.id]);
  const out = [{ synset: root, level: 0 }];
  for (let i = 0; i < out.length; i++) {
    const { synset, level } = out[i]!;
    if (level >= depth) continue;
    for (const p of synset.pointers) {
      const down = p.symbol === POINTER.hyponym || (synset.pos === 'a' && p.symbol === POINTER.similar);
      if (!down || seen.has(p.target)) continue;
      seen.add(p.target);
      out.push({ synset: wn.synset(p.target)!, level: level + 1 });
    }
  }
  return out;
}

/**
 * The candidates of class `name`: a map from lower-case lemma to its candidate entry (one per lemma, with every
 * part of speech it has among the class's).
 */
export function expandClass(wn: WordNet, seeds: SeedFile, name: string): Map<string, Candidate> {
  const spec: ClassSpec | undefined = seeds.classes[name];
  if (!spec) throw new Error(`seeds.json: no class ${name}`);
  const wanted = new Set(spec.pos);
  const found = new Map<string, Candidate>();

  const add = (synset: Synset, lemma: string, via: Candidate['via']): void => {
    const pos = POS_OF_SYNSET[synset.pos]!;
    if (!wanted.has(pos)) return;
    const key = normaliseLemma(lemma);
    const sense = wn.keyOf(synset.id, lemma) ?? synset.id;
    const display = /\p{Lu}/u.test(lemma) ? lemma.replace(/\s+/g, ' ').trim() : key;
    const known = found.get(key);
    if (!known) {
      found.set(key, { lemma: key, display, pos: [pos], senses: [sense], via, gloss: synset.gloss });
      return;
    }
    if (!known.senses.includes(sense)) known.senses = [...known.senses, sense].sort(compareCodes);
    if (VIA_RANK[via] < VIA_RANK[known.via]) known.via = via;
    if (display === key) known.display = key; // a lower-case use wins: the word is not only a name
    if (!known.pos.includes(pos)) known.pos = [...known.pos, pos].sort((a, b) => spec.pos.indexOf(a) - spec.pos.indexOf(b));
  };

  // 1. the seeds and their hyponyms: every word of every synset
  const deriveSources: Synset[] = [];
  for (const seed of spec.seeds) {
    for (const { synset, level } of seedClosure(wn, seed.sense, seed.depth ?? 0)) {
      for (const word of synset.words) add(synset, word.lemma, level === 0 ? 'seed' : 'hyponym');
      if (seed.derive !== false) deriveSources.push(synset);
    }
  }
  // 2. other classes whose seeds feed this one through derivations
  for (const other of spec.deriveFrom ?? []) {
    const otherSpec = seeds.classes[other];
    if (!otherSpec) throw new Error(`seeds.json: class ${name} derives from unknown class ${other}`);
    for (const seed of otherSpec.seeds) {
      if (seed.derive === false) continue;
      for (const { synset } of seedClosure(wn, seed.sense, seed.depth ?? 0)) deriveSources.push(synset);
    }
  }
  // 3. derivationally related forms (lexical pointers: one word to one word)
  const lexFiles = spec.deriveLexFiles ? new Set(spec.deriveLexFiles) : null;
  for (const synset of deriveSources) {
    for (const p of synset.pointers) {
      if (p.symbol !== POINTER.derivation) continue;
      const target = wn.synset(p.target)!;
      if (lexFiles && !lexFiles.has(target.lexFile)) continue;
      const word = target.words[p.targetWord - 1];
      if (word) add(target, word.lemma, 'derivation');
    }
  }
  return new Map([...found].sort(([a], [b]) => compareCodes(a, b)));
}
