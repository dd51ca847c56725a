/** Summaries in the export (rdf/summaries.ts): relation figures, requests by addressee, weapons by city from the events. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import type { DocumentExtraction, ExtractedEntity, ExtractedEvent, ExtractedRelation } from '../../src/extract/types.ts';
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
  /** A made-up article reporting one attack: [event date, targets, weapon, launched]. */
  function attack(id: string, published: string, date: string | null, targets: string[], launched: number | null): DocumentExtraction {
    const event: ExtractedEvent = {
      id: `${id}#e1`,
      kind: 'attack',
      date,
      attacker: 'russia',
      claimedBy: [],
      weapons: [{ weapon: 'kalibr', launched, intercepted: null }],
      targets,
      evidence: [{ text: 'sentence 0', start: 0, end: 10 }],
      claims: [{ claimedBy: null, weapons: [{ weapon: 'kalibr', launched, intercepted: null }], evidence: [{ text: 'sentence 0', start: 0, end: 10 }] }],
    };
    return { ...article(id, published, []), events: [event] };
  }

  it.each([
    [
      'one night reported by two articles is one event, with its reconciled (largest) figure',
      [attack('a', '2024-03-01', '2024-03-01', ['kyiv'], 10), attack('b', '2024-03-02', '2024-03-01', ['kyiv'], 12)],
      { launched: 12, events: 1, dates: ['2024-03-01'] },
    ],
    [
      'two nights are summed, their event dates listed (not the publication dates)',
      [attack('a', '2024-03-02', '2024-03-01', ['kyiv'], 10), attack('b', '2024-03-06', '2024-03-05', ['kyiv'], 5)],
      { launched: 15, events: 2, dates: ['2024-03-01', '2024-03-05'] },
    ],
    [
      'null, not 0, when no report states a number',
      [attack('a', '2024-03-01', '2024-03-01', ['kyiv'], null)],
      { launched: null, events: 1, dates: ['2024-03-01'] },
    ],
    [
      'an undated event counts, its date "undated" last',
      [attack('a', '2024-03-02', '2024-03-01', ['kyiv'], 4), attack('b', '2024-03-09', null, ['kyiv'], null)],
      { launched: 4, events: 2, dates: ['2024-03-01', 'undated'] },
    ],
  ])('weapons by city: %s', (_name, articles, expected) => {
    const [summary, ...rest] = summarize(buildGraph(articles)).cityWeapons;
    expect(rest).toEqual([]);
    expect(summary).toEqual({ city: 'kyiv', weapon: 'kalibr', ...expected });
  });

  it('credits only the cities an event targeted', () => {
    const graph = buildGraph([
      // A strike on Kyiv in one article and launches without a target in another are two events: no pair.
      article('a', '2024-03-01', [['russia', 'targeted', 'kyiv', null, null]]),
      attack('b', '2024-03-01', '2024-03-01', ['kherson-oblast'], 4),
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
