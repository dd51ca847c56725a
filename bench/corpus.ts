/**
 * Benchmark corpora: many articles made by repeating and shuffling the sample corpus (corpus/*.txt) with a seeded
 * PRNG, so every run measures the same texts. Each copy also swaps its prose paragraphs among themselves, so no two
 * copies are byte-identical (no cache can make a repeated text free) while every copy stays a realistic page.
 * Reusable by every bench section (extract, build, query).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One generated article. */
export interface BenchArticle {
  /** `<source id>-<copy number>`, unique in the corpus. */
  id: string;
  /** The id of the sample article it was made from. */
  sourceId: string;
  text: string;
}

/** Options of `generateCorpus`. */
export interface CorpusOptions {
  /** Number of articles to generate. */
  size: number;
  /** PRNG seed: the same seed gives the same corpus. */
  seed: number;
  /** Folder of sample articles (.txt). */
  sourceDir: string;
  /** Swap prose paragraphs within each copy (default true). */
  shuffleParagraphs: boolean;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  size: 5000,
  seed: 20240321,
  sourceDir: resolve(import.meta.dirname, '../corpus'),
  shuffleParagraphs: true,
};

/** A small, fast seeded PRNG (mulberry32): returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle in place with the given PRNG. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** The sample articles of `dir` (sorted by file name). */
export function loadSamples(dir: string): { id: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

/** A paragraph of article prose (long, ends like a sentence): the only paragraphs that get swapped. */
function isProse(paragraph: string): boolean {
  return paragraph.split(/\s+/).length >= 15 && /[.!?]["”’)]?\s*$/.test(paragraph);
}

function shuffleProse(text: string, random: () => number): string {
  const paragraphs = text.split(/\n\s*\n/);
  const slots = paragraphs.map((p, i) => (isProse(p) ? i : -1)).filter((i) => i >= 0);
  // keep the lead paragraph in place (datelines live there); swap the rest among themselves
  const movable = slots.slice(1);
  const order = shuffle(movable.map((i) => paragraphs[i]!), random);
  movable.forEach((slot, k) => {
    paragraphs[slot] = order[k]!;
  });
  return paragraphs.join('\n\n');
}

/**
 * Generates `size` articles: rounds of the whole sample corpus, each round in a shuffled order.
 * 1. load the samples; 2. per round, shuffle their order; 3. per copy, shuffle prose paragraphs.
 */
export function generateCorpus(options: Partial<CorpusOptions> = {}): BenchArticle[] {
  const o = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  // 1. samples
  const samples = loadSamples(o.sourceDir);
  if (samples.length === 0) throw new Error(`bench corpus: no .txt articles in ${o.sourceDir}; expected the sample corpus`);
  const random = seededRandom(o.seed);
  const out: BenchArticle[] = [];
  for (let round = 0; out.length < o.size; round++) {
    // 2. shuffled order per round
    for (const sample of shuffle([...samples], random)) {
      if (out.length >= o.size) break;
      // 3. shuffled prose per copy
      const text = o.shuffleParagraphs ? shuffleProse(sample.text, random) : sample.text;
      out.push({ id: `${sample.id}-${round}`, sourceId: sample.id, text });
    }
  }
  return out;
}

/** Words in a text (runs of letters or digits), the unit of words/s in every bench. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
