/** The corpus graph builder: merging across documents, aggregation of evidence, replacement of documents. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { addExtraction, buildGraph, parseExtraction, removeDocument } from '../../src/graph/build.ts';
import { serializeGraph } from '../../src/graph/serialize.ts';
import type { EntityAttributes, MentionsAttributes, RelationAttributes } from '../../src/graph/types.ts';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { clone, loadFixtures, snapshot } from '../rdf/helpers.ts';

const fixtures = loadFixtures();
const [alpha, beta, gamma] = fixtures as [DocumentExtraction, DocumentExtraction, DocumentExtraction];

/** `alpha` with one event of its own entities, a claim included. */
function withEvent(): DocumentExtraction {
  const x = clone(alpha);
  const [first, second] = x.entities as [DocumentExtraction['entities'][number], DocumentExtraction['entities'][number]];
  const evidence = { text: 'Two were fired.', start: 0, end: 15 };
  const line = { weapon: second.id, launched: 2, intercepted: null };
  x.events = [
    {
      id: `${x.document.id}#e1`, kind: 'attack', date: '2024-03-08', attacker: first.id, claimedBy: [first.id],
      weapons: [line], targets: [], evidence: [evidence], claims: [{ claimedBy: first.id, weapons: [line], evidence: [evidence] }],
    },
  ];
  return x;
}

function entity(graph: ReturnType<typeof buildGraph>, key: string): EntityAttributes {
  return graph.getNodeAttributes(key) as EntityAttributes;
}

describe('buildGraph: entities', () => {
  const graph = buildGraph(fixtures);

  it('merges by Wikidata QID across documents (russia and Country:russia are one node)', () => {
    expect(graph.hasNode('russia')).toBe(true);
    expect(graph.hasNode('Country:russia')).toBe(false);
    const russia = entity(graph, 'russia');
    expect(russia.documents).toBe(3);
    expect(russia.aliases).toEqual(expect.arrayContaining(['Russia', 'Russian Federation', 'Kremlin', 'Moscow']));
    // The label given by most documents wins.
    expect(russia.label).toBe('Russia');
  });

  it('merges by id when there is no QID (Person:oksana-test in two documents)', () => {
    expect(entity(graph, 'Person:oksana-test').documents).toBe(2);
    expect(entity(graph, 'Person:oksana-test').aliases).toEqual(['Oksana Test', 'Test']);
  });

  it('merges by normalised name and type when ids differ', () => {
    const a = clone(alpha);
    const b = clone(beta);
    a.entities.push({ id: 'Person:a-1', label: 'Olena  Kovalenko', type: 'Person', aliases: [], generic: false, wikidata: null });
    b.entities.push({ id: 'Person:b-2', label: 'olena kovalenko', type: 'Person', aliases: ['Kovalenko'], generic: false, wikidata: null });
    // Same name, other type: stays apart.
    b.entities.push({ id: 'Organisation:b-3', label: 'Olena Kovalenko', type: 'Organisation', aliases: [], generic: false, wikidata: null });
    const g = buildGraph([a, b]);
    expect(g.hasNode('Person:a-1')).toBe(true);
    expect(g.hasNode('Person:b-2')).toBe(false);
    expect(entity(g, 'Person:a-1').documents).toBe(2);
    expect(g.hasNode('Organisation:b-3')).toBe(true);
  });

  it('keeps generic classes and QIDs', () => {
    expect(entity(graph, 'drone').generic).toBe(true);
    expect(entity(graph, 'kinzhal').wikidata).toBe('Q47521772');
  });

  it('links each document to its entities with mentions edges carrying the surface forms', () => {
    const edge = graph.getEdgeAttributes('mentions|doc:fx_alpha|kinzhal') as MentionsAttributes;
    expect(edge).toEqual({ kind: 'mentions', label: 'Kinzhal', aliases: ['Kh-47M2', 'Kinzhal'] });
    expect(graph.outDegree('doc:fx_gamma')).toBe(gamma.entities.length);
  });
});

describe('buildGraph: mentions carry the forms the article used', () => {
  const spelled = (forms: string[] | undefined): DocumentExtraction => {
    const x = clone(alpha);
    x.entities = [{ id: 'kinzhal-test', label: 'Kinzhal', type: 'WeaponSystem', aliases: ['Kh-47M2', 'Kinzhal', 'Kinzhal missile'], ...(forms ? { forms } : {}), generic: false, wikidata: null }];
    x.relations = [];
    return x;
  };

  it.each([
    ['the forms it names', ['Kinzhal'], ['Kinzhal'], ['Kh-47M2', 'Kinzhal missile']],
    ['every alias for an extraction without forms (older versions)', undefined, ['Kh-47M2', 'Kinzhal', 'Kinzhal missile'], undefined],
  ])('a mention keeps %s; the other spellings go once onto the entity', (_name, forms, mentionForms, spellings) => {
    const graph = buildGraph([spelled(forms)]);
    expect((graph.getEdgeAttributes(`mentions|doc:${alpha.document.id}|kinzhal-test`) as MentionsAttributes).aliases).toEqual(mentionForms);
    expect(entity(graph, 'kinzhal-test').spellings).toEqual(spellings);
    expect(entity(graph, 'kinzhal-test').aliases).toEqual(['Kh-47M2', 'Kinzhal', 'Kinzhal missile']);
  });
});

describe('buildGraph: relations', () => {
  const graph = buildGraph(fixtures);

  it('aggregates every mention of (subject, predicate, object) on one edge', () => {
    const edge = graph.getEdgeAttributes('rel|russia|launched|kinzhal') as RelationAttributes;
    expect(edge.evidence.map((e) => e.document)).toEqual(['fx_alpha', 'fx_beta']);
    expect(edge.documents).toBe(2);
    expect(edge.firstDate).toBe('2024-02-03');
    expect(edge.lastDate).toBe('2024-02-05');
    expect(edge.evidence[0]).toMatchObject({ count: 4, start: 0, end: 57, published: '2024-02-03', addressee: null });
  });

  it('maps addressees to node keys', () => {
    const edge = graph.getEdgeAttributes('rel|ukraine|requested|patriot') as RelationAttributes;
    expect(edge.evidence[0]?.addressee).toEqual(['germany']);
  });

  it('maps relation ends through merged entities (Country:russia -> russia)', () => {
    expect(graph.hasEdge('rel|european-union|condemned|russia')).toBe(true);
  });

  it('counts one evidence span once even when a document states it twice', () => {
    const a = clone(alpha);
    a.relations.push(clone(a.relations[0]!));
    const g = buildGraph([a]);
    expect((g.getEdgeAttributes('rel|russia|launched|kinzhal') as RelationAttributes).evidence).toHaveLength(1);
  });

  it('puts undated evidence last and leaves dates null when no evidence has one', () => {
    const edge = graph.getEdgeAttributes('rel|russia|targeted|City:харків') as RelationAttributes;
    expect(edge.firstDate).toBeNull();
    expect(edge.lastDate).toBeNull();
  });

  it('skips (and counts) a relation naming an entity its document does not define', () => {
    const a = clone(alpha);
    a.relations.push({ ...clone(a.relations[0]!), subject: 'nobody' });
    const g = buildGraph([]);
    expect(addExtraction(g, a).skippedRelations).toBe(1);
  });
});

describe('buildGraph: determinism and replacement', () => {
  it('does not depend on the order of the extractions', () => {
    const one = serializeGraph(buildGraph(fixtures));
    const two = serializeGraph(buildGraph([...fixtures].reverse()));
    expect(two).toBe(one);
  });

  it('adding documents one by one equals building them at once', () => {
    const g = buildGraph([]);
    for (const x of [gamma, alpha, beta]) addExtraction(g, x);
    expect(serializeGraph(g)).toBe(serializeGraph(buildGraph(fixtures)));
  });

  it('re-adding a document replaces its contributions without duplicates', () => {
    const g = buildGraph(fixtures);
    const before = structuredClone(snapshot(g));
    const report = addExtraction(g, alpha);
    expect(report.replaced).toBe(1);
    expect(snapshot(g)).toEqual(before);
  });

  it('a changed document replaces the old version: its old evidence and lone entities go', () => {
    const g = buildGraph(fixtures);
    const changed = clone(alpha);
    changed.relations = changed.relations.filter((r) => r.object !== 'lviv');
    changed.entities = changed.entities.filter((e) => e.id !== 'lviv');
    addExtraction(g, changed);
    expect(g.hasNode('lviv')).toBe(false);
    expect(g.hasEdge('rel|russia|targeted|lviv')).toBe(false);
    expect(serializeGraph(g)).toBe(serializeGraph(buildGraph([changed, beta, gamma])));
  });

  it('removeDocument undoes addExtraction', () => {
    const g = buildGraph([alpha, beta]);
    addExtraction(g, gamma);
    expect(removeDocument(g, 'fx_gamma')).toBe(true);
    expect(removeDocument(g, 'fx_gamma')).toBe(false);
    expect(serializeGraph(g)).toBe(serializeGraph(buildGraph([alpha, beta])));
  });
});

describe('parseExtraction: malformed input is an InputError naming the input', () => {
  // What breaks the extraction, and the path of the field the one-line message must name.
  // biome-ignore lint/suspicious/noExplicitAny: each row breaks the shape on purpose
  const broken: [string, (x: Record<string, any>) => void, string][] = [
    ['no document', (x) => delete x.document, 'document'],
    ['empty document id', (x) => (x.document.id = ''), 'document.id'],
    ['entities not an array', (x) => (x.entities = {}), 'entities'],
    ['unknown entity type', (x) => (x.entities[0].type = 'Planet'), 'entities.0.type'],
    ['unknown predicate', (x) => (x.relations[0].predicate = 'admired'), 'relations.0.predicate'],
    ['negative offset', (x) => (x.relations[0].evidence.start = -1), 'relations.0.evidence.start'],
    ['missing evidence', (x) => delete x.relations[0].evidence, 'relations.0.evidence.text'],
    ['count not a number', (x) => (x.relations[0].count = 'four'), 'relations.0.count'],
    ['label not a string', (x) => (x.entities[0].label = 42), 'entities.0.label'],
    ['alias not a string', (x) => (x.entities[0].aliases = ['a', 7]), 'entities.0.aliases.1'],
    ['events not an array', (x) => (x.events = {}), 'events'],
    ['unknown event kind', (x) => (x.events[0].kind = 'raid'), 'events.0.kind'],
    ['event date not YYYY-MM-DD', (x) => (x.events[0].date = 'March 8'), 'events.0.date'],
    ['weapon line count not a number', (x) => (x.events[0].weapons[0].launched = 'two'), 'events.0.weapons.0.launched'],
    ['claims not an array', (x) => (x.events[0].claims = 'none'), 'events.0.claims'],
    ['claim evidence not an array', (x) => (x.events[0].claims[0].evidence = null), 'events.0.claims.0.evidence'],
  ];
  it.each(broken)('%s', (_name, breakIt, path) => {
    // biome-ignore lint/suspicious/noExplicitAny: see the table above
    const x = clone(withEvent()) as unknown as Record<string, any>;
    breakIt(x);
    let error: unknown;
    try {
      parseExtraction(x, 'bad.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message.startsWith(`bad.json: ${path}: `), message).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('reads missing optional fields as the contract says (no generic: false; no aliases: []; no count: null)', () => {
    // biome-ignore lint/suspicious/noExplicitAny: fields are deleted on purpose
    const x = clone(alpha) as unknown as Record<string, any>;
    delete x.entities[0].generic;
    delete x.entities[0].aliases;
    delete x.entities[0].wikidata;
    delete x.relations[0].count;
    delete x.relations[0].addressee;
    const parsed = parseExtraction(x, 'ok.json');
    expect(parsed.entities[0]).toMatchObject({ generic: false, aliases: [], wikidata: null });
    expect(parsed.relations[0]).toMatchObject({ count: null, addressee: null });
  });

  it('reads events with their claims as written, and no events or no claims as empty lists', () => {
    const x = withEvent();
    expect(parseExtraction(clone(x), 'ok.json').events).toEqual(x.events);
    // biome-ignore lint/suspicious/noExplicitAny: fields are deleted on purpose
    const bare = clone(x) as unknown as Record<string, any>;
    delete bare.events[0].claims;
    expect(parseExtraction(bare, 'ok.json').events[0]?.claims).toEqual([]);
    delete bare.events;
    expect(parseExtraction(bare, 'ok.json').events).toEqual([]);
  });

  it('accepts a valid extraction and cleans lone surrogates', () => {
    const x = clone(alpha);
    x.entities[0]!.label = 'Rus\ud800sia';
    expect(parseExtraction(x, 'ok.json').entities[0]?.label).toBe('Rus\ufffdsia');
  });
});

describe('stored layouts', () => {
  it('adding documents marks a finished layout as incomplete (new nodes have no position)', () => {
    const g = buildGraph([alpha]);
    g.setAttribute('laidOut', true);
    addExtraction(g, beta);
    expect(g.getAttribute('laidOut')).toBe(false);
  });
});
