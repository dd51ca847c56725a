/** Summaries in the export (rdf/summaries.ts): relation figures, requests by addressee, weapons by city and day. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import type { DocumentExtraction, ExtractedEntity, ExtractedRelation } from '../../src/extract/types.ts';
import { summarize } from '../../src/rdf/summaries.ts';

const ENTITIES: ExtractedEntity[] = [
  { id: 'russia', label: 'Russia', type: 'Country', aliases: ['Russia'], generic: false, wikidata: null },
  { id: 'kyiv', label: 'Kyiv', type: 'City', aliases: ['Kyiv'], generic: false, wikidata: null },
  { id: 'kherson-oblast', label: 'Kherson Oblast', type: 'Region', aliases: ['Kherson Oblast'], generic: false, wikidata: null },
  { id: 'kalibr', label: 'Kalibr', type: 'WeaponSystem', aliases: ['Kalibr'], generic: false, wikidata: null },
  { id: 'patriot', label: 'Patriot', type: 'WeaponSystem', aliases: ['Patriot'], generic: false, wikidata: null },
  { id: 'mayor', label: 'Test Mayor', type: 'Person', aliases: ['Test Mayor'], generic: false, wikidata: null },
  { id: 'germany', label: 'Germany', type: 'Country', aliases: ['Germany'], generic: false, wikidata: null },
];

/** A made-up article: relations as [subject, predicate, object, count, addressee]. */
function article(id: string, published: string | null, relations: [string, ExtractedRelation['predicate'], string, number | null, string[] | null][]): DocumentExtraction {
  return {
    document: { id, title: id, published, source: null, byline: null },
    entities: ENTITIES,
    relations: relations.map(([subject, predicate, object, count, addressee], i) => ({
      subject,
      predicate,
      object,
      count,
      addressee,
      evidence: { text: `sentence ${i}`, start: i * 20, end: i * 20 + 10 },
    })),
    events: [],
  };
}

describe('summarize', () => {
  it.each([
    [
      'the largest number of a day, days summed',
      [
        article('a', '2024-03-01', [['russia', 'targeted', 'kyiv', null, null], ['russia', 'launched', 'kalibr', 10, null]]),
        article('b', '2024-03-01', [['russia', 'targeted', 'kyiv', null, null], ['russia', 'launched', 'kalibr', 12, null]]),
        article('c', '2024-03-02', [['russia', 'targeted', 'kyiv', null, null], ['russia', 'launched', 'kalibr', 5, null]]),
      ],
      { launched: 17, days: [{ day: '2024-03-01', count: 12 }, { day: '2024-03-02', count: 5 }] },
    ],
    [
      'null, not 0, when no article states a number',
      [article('a', '2024-03-01', [['russia', 'targeted', 'kyiv', null, null], ['russia', 'launched', 'kalibr', null, null]])],
      { launched: null, days: [{ day: '2024-03-01', count: null }] },
    ],
    [
      'stated days only in the sum; an undated report is its own day, last',
      [
        article('a', '2024-03-01', [['russia', 'targeted', 'kyiv', null, null], ['russia', 'launched', 'kalibr', null, null]]),
        article('b', null, [['russia', 'targeted', 'kyiv', null, null], ['russia', 'launched', 'kalibr', 3, null]]),
      ],
      { launched: 3, days: [{ day: '2024-03-01', count: null }, { day: 'undated', count: 3 }] },
    ],
  ])('weapons by city: %s', (_name, articles, expected) => {
    const [summary, ...rest] = summarize(buildGraph(articles)).cityWeapons;
    expect(rest).toEqual([]);
    expect(summary).toEqual({ city: 'kyiv', weapon: 'kalibr', ...expected });
  });

  it('pairs a launch with a strike only within one article, and only on a city', () => {
    const graph = buildGraph([
      article('a', '2024-03-01', [['russia', 'targeted', 'kyiv', null, null]]),
      article('b', '2024-03-01', [['russia', 'launched', 'kalibr', 4, null], ['russia', 'targeted', 'kherson-oblast', null, null]]),
    ]);
    expect(summarize(graph).cityWeapons).toEqual([]);
  });

  it('relations carry their sources and publication dates; requests are grouped by addressee', () => {
    const graph = buildGraph([
      article('a', '2024-03-01', [['mayor', 'requested', 'patriot', null, ['germany']]]),
      article('b', '2024-03-04', [['mayor', 'requested', 'patriot', null, null]]),
      article('c', '2024-03-02', [['mayor', 'requested', 'patriot', null, ['germany']]]),
    ]);
    const { relations, requests } = summarize(graph);
    expect(relations).toEqual([{ subject: 'mayor', predicate: 'requested', object: 'patriot', sources: 3, firstPublished: '2024-03-01', lastPublished: '2024-03-04' }]);
    expect(requests).toEqual([
      { subject: 'mayor', object: 'patriot', addressee: null, sources: 1, documents: ['b'] },
      { subject: 'mayor', object: 'patriot', addressee: 'germany', sources: 2, documents: ['a', 'c'] },
    ]);
  });
});
