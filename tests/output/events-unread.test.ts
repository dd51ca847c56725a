/**
 * `build --update` reading only the event parts of the dates it touches (src/graph/read.ts `readGraphJsonForUpdate`,
 * the records of src/graph/event-days.ts kept in json/events.json): the events of the other dates are left unread,
 * and every file comes out as a fresh build of the same articles gives it (graph.json, the RDF syntaxes with their
 * city and weapon summaries, and the sidecar files); what would change an unread event makes the update read the
 * whole graph. Articles and sentences are made up for these tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { buildGraph, partialRead } from '../../src/graph/build.ts';
import { documentDay } from '../../src/graph/day.ts';
import { eventPartsLeftAlone, unreadEventsOf, type EventPart, type EventRecord } from '../../src/graph/event-days.ts';
import { JSON_EVENTS } from '../../src/graph/json-parts.ts';
import { readGraphJsonForUpdate } from '../../src/graph/read.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { currentGeneration, exportGraph, updateGraph } from '../../src/output/index.ts';
import { JSON_PARTS_FOLDER } from '../../src/output/writers/json.ts';
import { article, TEST_KNOWLEDGE } from '../graph/event-fixture.ts';
import { outputText } from '../rdf/helpers.ts';
import { add, expectSameAsFresh, FILES, FORMATS, merged, sidecars } from './unread-helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'newsgraph-events-unread-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


const CITIES = ['kyiv', 'lviv', 'odesa', 'kharkiv', 'dnipro'];
const day = (n: number): string => `2024-05-${String(n).padStart(2, '0')}`;

/** An article published on `published` reporting the night of `date` (null: undated) on `target` with `drones`. */
function night(id: string, published: string, date: string | null, target: string, drones: number, attacker = 'russia'): DocumentExtraction {
  return article(id, published, [{ date, attacker, targets: [target], claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', drones, drones - 3], ['kh-101', 2, 1]] }] }]);
}

/** Nights of days 1-24, each reported on its day and the next, two cities a night; a late report; a night reported the next day only; two undated reports. */
const base: DocumentExtraction[] = [
  ...Array.from({ length: 24 }, (_, i) => [
    night(`a${String(i).padStart(3, '0')}`, day(i + 1), day(i + 1), CITIES[i % 5] as string, 20 + i),
    night(`b${String(i).padStart(3, '0')}`, day(i + 2), day(i + 1), CITIES[(i + 1) % 5] as string, 21 + i),
  ]).flat(),
  // A late report: published on day 20, of the night of day 12.
  night('z001', day(20), day(12), 'kharkiv', 19),
  // The night of day 29, reported on day 30 only: its RDF day part holds that event and no document.
  night('y001', day(30), day(29), 'dnipro', 15),
  night('u001', day(3), null, 'odesa', 7),
  night('u002', day(9), null, 'lviv', 8),
];


/** The event dates (days) of `graph`'s event nodes. */
function eventDays(graph: KnowledgeGraph): Set<string> {
  const days = new Set<string>();
  graph.forEachNode((_key, a) => {
    if (a.kind === 'event') days.add(documentDay(a.date));
  });
  return days;
}

interface Case {
  name: string;
  later: DocumentExtraction[];
  /** The event dates the update must hold every event of. */
  touched: string[];
}

const CASES: Case[] = [
  { name: 'new articles on new days reporting new nights', later: [night('c001', day(26), day(26), 'kyiv', 40), night('c002', day(27), day(26), 'lviv', 41)], touched: [day(26), day(27)] },
  { name: 'a report joining an old night', later: [night('c003', day(26), day(10), 'kyiv', 33)], touched: [day(10), day(26)] },
  // b004 was published on day 6 and reported the night of day 5: that night is found from json/events.json.
  { name: 'an article replaced without the night it reported', later: [{ ...night('b004', day(6), day(6), 'dnipro', 9), events: [] }], touched: [day(5), day(6)] },
  // The late report's night (day 12) lies far from its article's day: only json/events.json says it must be read.
  { name: 'a late report replaced without its night', later: [{ ...night('z001', day(20), day(20), 'odesa', 9), events: [] }], touched: [day(12), day(20)] },
  { name: 'an article moved to another old day with another night', later: [night('a002', day(20), day(20), 'odesa', 12)], touched: [day(3), day(20)] },
  { name: 'an undated report (every undated event is read)', later: [night('c004', day(26), null, 'kharkiv', 5)], touched: ['undated', day(26)] },
];

describe('build --update reads the event parts of the dates it touches', () => {
  it.each(CASES)('$name', async ({ name, later, touched }) => {
    const slug = name.replace(/\W+/g, '-');
    const dir = join(work, slug);
    const before = buildGraph(base, { knowledge: TEST_KNOWLEDGE });
    const allDays = eventDays(before);
    await exportGraph(before, dir);
    const updated = await updateGraph(dir, later, FORMATS, add);
    expect(updated.wholeBecause).toBeNull();
    const unread = unreadEventsOf(updated.graph);
    // Every event of a touched date is in the graph; many of the others were left unread.
    expect([...(unread?.days ?? [])].filter((d) => touched.includes(d))).toEqual([]);
    const held = eventDays(updated.graph);
    expect(unread?.events.size ?? 0).toBeGreaterThan(allDays.size / 3);
    for (const d of touched) if (allDays.has(d)) expect(held.has(d), d).toBe(true);
    await expectSameAsFresh(updated, dir, join(work, `${slug}-fresh`), merged(base, later));
  });

  it('leaves out exactly the nodes and role edges of the unread events (and mentions of untouched documents)', async () => {
    const dir = join(work, 'what-is-read');
    const whole = buildGraph(base, { knowledge: TEST_KNOWLEDGE });
    await exportGraph(whole, dir);
    const graph = await readGraphJsonForUpdate(dir, [night('f001', day(26), day(26), 'kyiv', 80)]);
    const unread = unreadEventsOf(graph);
    expect(unread?.events.size ?? 0).toBeGreaterThan(0);
    let missingNodes = 0;
    whole.forEachNode((key, attributes) => {
      if (graph.hasNode(key)) return;
      expect(attributes.kind).toBe('event');
      expect(unread?.events.has(key), key).toBe(true);
      missingNodes += 1;
    });
    expect(missingNodes).toBe(unread?.events.size);
    whole.forEachEdge((key, attributes, source) => {
      if (graph.hasEdge(key)) return;
      if (attributes.kind === 'mentions') expect(partialRead(graph)?.skippedDocuments.has(source)).toBe(true);
      else expect(unread?.events.has(source), key).toBe(true);
    });
    // Every event read is in the graph with every role edge.
    graph.forEachNode((key, attributes) => {
      if (attributes.kind === 'event') expect(graph.outDegree(key)).toBe(whole.outDegree(key));
    });
  });

  it('two updates in a row leave old nights unread and equal a fresh build', async () => {
    const dir = join(work, 'twice');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    const batches = [[night('d001', day(26), day(26), 'kyiv', 50)], [night('d002', day(27), day(26), 'odesa', 51), night('d003', day(27), day(2), 'lviv', 52)]];
    for (const batch of batches) {
      const updated = await updateGraph(dir, batch, FORMATS, add);
      expect(updated.wholeBecause).toBeNull();
      expect(unreadEventsOf(updated.graph)?.events.size ?? 0).toBeGreaterThan(0);
      await exportGraph(updated.graph, dir, { changedDays: updated.changedDays, changedKeys: updated.changedKeys, changedEvidence: updated.changedEvidence });
    }
    const fresh = join(work, 'twice-fresh');
    await exportGraph(buildGraph(merged(base, batches.flat()), { knowledge: TEST_KNOWLEDGE }), fresh);
    for (const file of FILES) expect(outputText(dir, file), file).toBe(outputText(fresh, file));
    expect(sidecars(dir)).toEqual(sidecars(fresh));
  });

  it('an attacker relabelled by the batch makes the update read every event (their labels name it)', async () => {
    const dir = join(work, 'relabel');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    // Sixty new reports call Russia "Russian Federation": the most frequent label changes, and so does every event's.
    const later = Array.from({ length: 60 }, (_, i) => {
      const a = night(`r${String(i).padStart(3, '0')}`, day(28), day(28), 'kyiv', 60 + i);
      return { ...a, entities: a.entities.map((e) => (e.id === 'russia' ? { ...e, label: 'Russian Federation' } : e)) };
    });
    const updated = await updateGraph(dir, later, FORMATS, add);
    expect(updated.wholeBecause).toMatch(/relabelled/);
    expect(unreadEventsOf(updated.graph)).toBeUndefined();
    await exportGraph(updated.graph, dir, { changedDays: updated.changedDays, changedKeys: updated.changedKeys, changedEvidence: updated.changedEvidence });
    const fresh = join(work, 'relabel-fresh');
    await exportGraph(buildGraph(merged(base, later), { knowledge: TEST_KNOWLEDGE }), fresh);
    for (const file of FILES) expect(outputText(dir, file), file).toBe(outputText(fresh, file));
  });

  it('a build without json/events.json (an older newsgraph) has every event read, and its update writes the file', async () => {
    const dir = join(work, 'no-events-file');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    rmSync(join(currentGeneration(dir) as string, JSON_PARTS_FOLDER, JSON_EVENTS));
    const later = [night('e001', day(26), day(26), 'kyiv', 70)];
    const updated = await updateGraph(dir, later, FORMATS, add);
    expect(unreadEventsOf(updated.graph)).toBeUndefined();
    await exportGraph(updated.graph, dir, { changedDays: updated.changedDays, changedKeys: updated.changedKeys, changedEvidence: updated.changedEvidence });
    const fresh = join(work, 'no-events-file-fresh');
    await exportGraph(buildGraph(merged(base, later), { knowledge: TEST_KNOWLEDGE }), fresh);
    expect(sidecars(dir)).toEqual(sidecars(fresh));
  });
});

describe('eventPartsLeftAlone', () => {
  const record = (date: string | null): EventRecord => [date, 'russia', 'attack', 'label', [], [], [], []];
  const records = new Map<string, EventRecord>([
    ['event:2024-05-01/russia/1', record('2024-05-01')],
    ['event:2024-05-01/russia/10', record('2024-05-01')],
    ['event:2024-05-02/russia/1', record('2024-05-02')],
    ['event:2024-05-03/russia/1', record('2024-05-03')],
    ['event:2024-05-04/russia/1', record('2024-05-04')],
    ['event:undated/russia/1', record(null)],
  ]);
  const part = (name: string, section: EventPart['section'], owners: string[]): EventPart => {
    const keys = owners.map((o) => (section === 'nodes' ? o : `event|${o}|attacker|russia`));
    return { name, section, first: keys[0] as string, last: keys[keys.length - 1] as string, owners };
  };
  const parts: EventPart[] = [
    part('n1', 'nodes', ['event:2024-05-01/russia/1', 'event:2024-05-01/russia/10']),
    part('n2', 'nodes', ['event:2024-05-02/russia/1']),
    part('n3', 'nodes', ['event:2024-05-03/russia/1', 'event:2024-05-04/russia/1']),
    part('n4', 'nodes', ['event:undated/russia/1']),
    // In the edges section `/10|` sorts before `/1|`: a run may hold events of two node parts.
    part('e1', 'edges', ['event:2024-05-01/russia/10']),
    part('e2', 'edges', ['event:2024-05-01/russia/1', 'event:2024-05-02/russia/1']),
    part('e3', 'edges', ['event:2024-05-03/russia/1', 'event:2024-05-04/russia/1']),
    part('e4', 'edges', ['event:undated/russia/1']),
  ];
  it.each([
    // A date none of whose events exists: only where its lines would fall is read (n3/e3 hold 05-03 and 05-04).
    { touched: ['2024-05-05'], alone: ['n1', 'n2', 'e1', 'e2', 'n4', 'e4'] },
    // Day 2's node part is n2, its edges share e2 with day 1's /1, whose node part n1 holds /10, whose edges are e1.
    { touched: ['2024-05-02'], alone: ['n3', 'e3', 'n4', 'e4'] },
    { touched: ['undated'], alone: ['n1', 'n2', 'e1', 'e2'] },
    { touched: ['2024-05-04'], alone: ['n1', 'n2', 'e1', 'e2', 'n4', 'e4'] },
    // Negative: every date touched leaves nothing alone; an event without a record is always read.
    { touched: ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', 'undated'], alone: [] },
  ])('touching $touched leaves $alone', ({ touched, alone }) => {
    expect([...eventPartsLeftAlone(parts, records, new Set(touched))].sort()).toEqual([...alone].sort());
  });
  it('reads a part holding an event without a record', () => {
    const partial = new Map([...records].filter(([key]) => key !== 'event:undated/russia/1'));
    expect(eventPartsLeftAlone(parts, partial, new Set(['2024-05-05'])).has('n4')).toBe(false);
  });
});
