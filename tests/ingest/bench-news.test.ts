/**
 * The scale corpus generator (bench/news.ts): deterministic, in publication order, a prefix of a large corpus is the
 * same as a small corpus, an update batch continues the days, and the articles extract to the relations the
 * generator wrote (the pipeline reads them as news, with dates and counts), with names that keep growing.
 */
import { describe, expect, it } from 'vitest';
import { generateNews } from '../../bench/news.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';

const take = (options: Parameters<typeof generateNews>[0]) => [...generateNews(options)];

describe('generateNews', () => {
  const corpus = take({ size: 120, seed: 5, perDay: 40 });

  it('is the same for the same seed and different for another', () => {
    expect(take({ size: 120, seed: 5, perDay: 40 }).map((a) => a.text)).toEqual(corpus.map((a) => a.text));
    expect(take({ size: 120, seed: 6, perDay: 40 }).map((a) => a.text)).not.toEqual(corpus.map((a) => a.text));
  });

  it('comes out in publication order, perDay articles a day, with unique ids', () => {
    expect(corpus.map((a) => a.published)).toEqual([...corpus.map((a) => a.published)].sort());
    expect(new Set(corpus.map((a) => a.published))).toEqual(new Set(['2024-01-01', '2024-01-02', '2024-01-03']));
    expect(new Set(corpus.map((a) => a.id)).size).toBe(120);
  });

  it('a small corpus is the start of a large one, and offset continues it', () => {
    expect(take({ size: 50, seed: 5, perDay: 40 }).map((a) => a.text)).toEqual(corpus.slice(0, 50).map((a) => a.text));
    expect(take({ size: 70, seed: 5, perDay: 40, offset: 50 }).map((a) => a.id)).toEqual(corpus.slice(50).map((a) => a.id));
  });

  it('varies wording: no two articles are the same text', () => {
    expect(new Set(corpus.map((a) => a.text)).size).toBe(corpus.length);
  });

  it('extracts to dated documents with launched, intercepted, targeted, condemned and requested relations', () => {
    // Four articles a day over ten days: several waves, attackers and reactions.
    const articles = take({ size: 40, seed: 5, perDay: 4 });
    const extractions = articles.map((a) => extractDocument(ingestText(a.text, { id: a.id, format: 'txt' })));
    for (const [i, e] of extractions.entries()) expect(e.document.published).toBe(articles[i]!.published);
    const predicates = new Set(extractions.flatMap((e) => e.relations.map((r) => r.predicate)));
    expect(predicates).toEqual(new Set(['launched', 'intercepted', 'targeted', 'condemned', 'requested']));
    const counted = extractions.flatMap((e) => e.relations).filter((r) => r.predicate === 'launched' && r.count !== null);
    expect(counted.length).toBeGreaterThan(10);
  });

  it('keeps bringing new people (local officials, reporters) as a year of news does', () => {
    const people = (articles: typeof corpus) => new Set(articles.flatMap((a) => a.text.match(/(?:Mayor|Governor|governor|administration|secretary|mayor) ([A-Z]\w+ [A-Z]\w+)/g) ?? []));
    const later = take({ size: 120, seed: 5, perDay: 40, offset: 4000 });
    const early = people(corpus);
    expect([...people(later)].filter((p) => !early.has(p)).length).toBeGreaterThan(0);
  });
});
