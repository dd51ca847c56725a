/**
 * Review helper: prints the WordNet senses of a lemma (sense key, lexicographer file, synonyms, gloss) and,
 * with a depth, each sense's hyponyms, so that a reviewer can pick seed senses for ontology/lexicon/seeds.json.
 *
 *   npx tsx scripts/lexicon/senses.ts strike v [depth]
 */
import { loadWordNet, POINTER, type Synset, type WordNet } from './wordnet.ts';

function show(wn: WordNet, synset: Synset, depth: number, indent: string): void {
  if (depth <= 0) return;
  for (const p of synset.pointers) {
    if (p.symbol !== POINTER.hyponym) continue;
    const child = wn.synset(p.target)!;
    console.log(`${indent}~ ${child.words.map((w) => w.lemma).join(', ')} [${child.lexFile}] ${child.gloss.slice(0, 70)}`);
    show(wn, child, depth - 1, `${indent}  `);
  }
}

const [lemma, pos, depth] = process.argv.slice(2);
if (!lemma) {
  console.error('usage: senses.ts LEMMA [n|v|a|r] [hyponym depth]');
  process.exit(2);
}
const wn = loadWordNet();
for (const { key, synset } of wn.sensesOf(lemma, pos as 'n' | 'v' | 'a' | 'r' | undefined)) {
  const derived = synset.pointers
    .filter((p) => p.symbol === POINTER.derivation)
    .map((p) => wn.synset(p.target)!.words[p.targetWord - 1]?.lemma)
    .join(', ');
  console.log(`${key} [${synset.lexFile}] ${synset.words.map((w) => w.lemma).join(', ')} | ${synset.gloss.slice(0, 110)}${derived ? `  + ${derived}` : ''}`);
  show(wn, synset, Number(depth ?? 0), '    ');
}
