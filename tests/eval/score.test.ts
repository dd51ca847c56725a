/**
 * The scorer on small hand-made gold/prediction pairs: alias matching, type agreement, one-to-one matching,
 * generic head nouns, relations counted once, count accuracy, micro-averaging.
 */
import { describe as group, expect, it } from 'vitest';
import type { DocumentExtraction, ExtractedEntity, ExtractedRelation } from '../../src/extract/types.ts';
import { type GoldFile, bipartiteMatch, headNoun, prf, scoreArticle, sumScores } from '../../src/eval/score.ts';
import { scoreName } from '../../src/domain/names.ts';
import { summarise } from '../../src/eval/index.ts';

function entity(id: string, label: string, type: ExtractedEntity['type'], aliases: string[] = [], generic = false): ExtractedEntity {
  return { id, label, type, aliases: [label, ...aliases], generic, wikidata: null };
}

function relation(subject: string, predicate: ExtractedRelation['predicate'], object: string, count: number | null = null): ExtractedRelation {
  return { subject, predicate, object, count, addressee: null, evidence: { text: 'x', start: 0, end: 1 } };
}

function prediction(entities: ExtractedEntity[], relations: ExtractedRelation[] = []): DocumentExtraction {
  return { document: { id: 'a', title: null, published: null, source: null, byline: null }, entities, relations, events: [] };
}

const GOLD: GoldFile = {
  document: 'a.txt',
  entities: [
    { name: 'Ruritania', type: 'Country', aliases: ['Ruritanian', 'Strelsau'] },
    { name: 'Strelsau', type: 'City', aliases: [] },
    { name: 'Tomas Varga', type: 'Person', aliases: ['Varga'] },
    { name: 'Storm Lance', type: 'WeaponSystem', aliases: [] },
    { name: 'cruise missile', type: 'WeaponSystem', generic: true, aliases: ['cruise missiles'] },
  ],
  relations: [
    { subject: ['Ruritania'], predicate: 'launched', object: ['Storm Lance'], count: 4, evidence: 'e1' },
    { subject: ['Ruritania'], predicate: 'launched', object: ['cruise missile'], evidence: 'e2' },
    { subject: ['Tomas Varga', 'Ruritania'], predicate: 'condemned', object: ['Ruritania'], evidence: 'e3' },
  ],
};

group('entity matching', () => {
  it('matches by alias, case- and punctuation-insensitively', () => {
    const s = scoreArticle(GOLD, prediction([entity('p', 'T. Varga', 'Person', ['VARGA'])]));
    expect(s.entitiesByType.Person).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('requires the type to agree', () => {
    const s = scoreArticle(GOLD, prediction([entity('x', 'Tomas Varga', 'Organisation')]));
    expect(s.entitiesByType.Organisation).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.entitiesByType.Person).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('matches one-to-one: a city and a state that share the alias both match', () => {
    const s = scoreArticle(GOLD, prediction([entity('c', 'Strelsau', 'City'), entity('r', 'Ruritania', 'Country', ['Strelsau'])]));
    expect(s.entitiesByType.City.tp).toBe(1);
    expect(s.entitiesByType.Country.tp).toBe(1);
  });

  it('counts a duplicate prediction as a false positive', () => {
    const s = scoreArticle(GOLD, prediction([entity('a', 'Ruritania', 'Country'), entity('b', 'Ruritanian', 'Country')]));
    expect(s.entitiesByType.Country).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('tallies generic classes apart', () => {
    const s = scoreArticle(GOLD, prediction([entity('g', 'cruise missile', 'WeaponSystem', [], true)]));
    expect(s.generic).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.entitiesByType.WeaponSystem).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

group('relation matching', () => {
  const entities = [
    entity('ruritania', 'Ruritania', 'Country'),
    entity('varga', 'Tomas Varga', 'Person'),
    entity('lance', 'Storm Lance', 'WeaponSystem'),
    entity('missile', 'missile', 'WeaponSystem', [], true),
  ];

  it('matches any gold reading of the subject', () => {
    const s = scoreArticle(GOLD, prediction(entities, [relation('varga', 'condemned', 'ruritania')]));
    expect(s.relationsByPredicate.condemned).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches a generic object by its head noun', () => {
    const s = scoreArticle(GOLD, prediction(entities, [relation('ruritania', 'launched', 'missile')]));
    expect(s.relationsByPredicate.launched.tp).toBe(1);
  });

  it('does not match a named object by head noun', () => {
    const s = scoreArticle(
      { ...GOLD, relations: [GOLD.relations[1]!] },
      prediction([entity('ruritania', 'Ruritania', 'Country'), entity('k', 'Kestrel missile', 'WeaponSystem')], [relation('ruritania', 'launched', 'k')]),
    );
    expect(s.relationsByPredicate.launched).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts a relation once per article', () => {
    const s = scoreArticle(GOLD, prediction(entities, [relation('ruritania', 'launched', 'lance', 4), relation('ruritania', 'launched', 'lance', 4)]));
    expect(s.relationsByPredicate.launched).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('requires the predicate to agree', () => {
    const s = scoreArticle(GOLD, prediction(entities, [relation('ruritania', 'intercepted', 'lance')]));
    expect(s.relationsByPredicate.intercepted.fp).toBe(1);
    expect(s.relationsByPredicate.launched.fn).toBe(2);
  });

  it('scores count accuracy on matched relations with a gold count', () => {
    const right = scoreArticle(GOLD, prediction(entities, [relation('ruritania', 'launched', 'lance', 4)]));
    const wrong = scoreArticle(GOLD, prediction(entities, [relation('ruritania', 'launched', 'lance', 5), relation('ruritania', 'launched', 'missile', 7)]));
    expect(right.counts).toEqual({ total: 1, correct: 1 });
    expect(wrong.counts).toEqual({ total: 1, correct: 0 });
  });
});

group('figures', () => {
  it('micro-averages over articles', () => {
    const a = scoreArticle(GOLD, prediction([entity('r', 'Ruritania', 'Country')]));
    const b = scoreArticle(GOLD, prediction([entity('x', 'Nowhere', 'Country')]));
    const summary = summarise(sumScores([a, b]), 2);
    expect(summary.entitiesByType.Country).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(summary.entities.fn).toBe(2 * 4 - 1);
  });

  const heads: Array<[string, string]> = [
    ['cruise missile', 'missile'],
    ['attack drones', 'drone'],
    ['unmanned aerial vehicle', 'drone'],
    ['air defence systems', 'air defense system'],
    ['fighter jets', 'aircraft'],
    ['strategic bomber', 'aircraft'],
    ['rockets', 'rocket'],
    ['tanks', 'tank'],
  ];
  it.each(heads)('head noun of %s is %s', (name, head) => {
    expect(headNoun(name)).toBe(head);
  });

  it('normalises names and computes P/R/F1', () => {
    expect(scoreName('U.S.')).toBe(scoreName('us'));
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
  });

  it('finds a maximum matching', () => {
    // left 0 may take 0 or 1, left 1 only 0: both are matched.
    expect(bipartiteMatch(2, 2, [[0, 1], [0]])).toEqual([1, 0]);
  });
});
