/**
 * The benchmark corpus generator (bench/corpus.ts): deterministic for a seed, distinct copies, and every copy still
 * ingests to the same metadata as the sample article it was made from (prose shuffling keeps the head of the page).
 */
import { describe, expect, it } from 'vitest';
import { generateCorpus, loadSamples, seededRandom } from '../../bench/corpus.ts';
import { DEFAULT_CORPUS_OPTIONS } from '../../bench/corpus.ts';
import { ingestText } from '../../src/ingest/index.ts';

describe('generateCorpus', () => {
  const corpus = generateCorpus({ size: 60, seed: 42 });

  it('makes the requested number of articles, the same for the same seed', () => {
    expect(corpus).toHaveLength(60);
    expect(generateCorpus({ size: 60, seed: 42 }).map((a) => a.text)).toEqual(corpus.map((a) => a.text));
    expect(generateCorpus({ size: 60, seed: 43 }).map((a) => a.id)).not.toEqual(corpus.map((a) => a.id));
  });

  it('gives every copy a unique id and varies the text between copies of one sample', () => {
    expect(new Set(corpus.map((a) => a.id)).size).toBe(60);
    const copies = corpus.filter((a) => a.sourceId === corpus[0]!.sourceId).map((a) => a.text);
    expect(copies.length).toBeGreaterThan(1);
    expect(new Set(copies).size).toBeGreaterThan(1);
  });

  it('keeps the metadata of each sample: same title, date and byline after ingest', () => {
    const samples = new Map(loadSamples(DEFAULT_CORPUS_OPTIONS.sourceDir).map((s) => [s.id, ingestText(s.text, { id: s.id, format: 'txt' })]));
    for (const article of corpus.slice(0, 24)) {
      const doc = ingestText(article.text, { id: article.id, format: 'txt' });
      const original = samples.get(article.sourceId)!;
      expect([doc.title, doc.published, doc.byline]).toEqual([original.title, original.published, original.byline]);
    }
  });

  it('seededRandom is deterministic and in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
