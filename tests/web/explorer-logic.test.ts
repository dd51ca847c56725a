/**
 * Unit tests of the explorer's DOM-free logic added for analysts: hiding unconnected entities, outlets, label
 * placement without overlap, alias lists, the map projection and places, the export caption, and the URL state of
 * the map view, colour mode, outlets and isolated entities.
 */
import { describe, expect, it } from 'vitest';
import { computeSizes, outletColors, OUTLET_PALETTE, SIZE_RANGE } from '../../src/web/appearance/index.ts';
import { boxesOverlap, placeLabels, type LabelCandidate } from '../../src/web/core/labels.ts';
import { captionLines } from '../../src/web/export/legend.ts';
import { applyFilters, defaultFilters, documentOutlets, filterDomain, outletOf, sourcesInRange, UNKNOWN_OUTLET } from '../../src/web/filters/index.ts';
import { GAZETTEER_PLACES, placeCoordinates } from '../../src/web/map/places.ts';
import { fitProjection, frameOf } from '../../src/web/map/projection.ts';
import { displayAliases, spellingKey } from '../../src/web/panels/aliases.ts';
import { decodeViewState, defaultViewState, encodeViewState } from '../../src/web/state/url.ts';
import type { RelationAttributes } from '../../src/graph/types.ts';
import { buildSampleGraph } from './fixtures/sample-graph.ts';

const rel = (subject: string, predicate: string, object: string): string => `rel|${subject}|${predicate}|${object}`;

describe('unconnected entities', () => {
  it('hides an entity with no relation by default and shows it on request', () => {
    const graph = buildSampleGraph();
    graph.addNode('City:lonely', { kind: 'entity', label: 'Lonely', type: 'City', aliases: [], generic: false, wikidata: null, documents: 1 });
    expect(applyFilters(graph, defaultFilters()).nodes.has('City:lonely')).toBe(true);
    expect(applyFilters(graph, { ...defaultFilters(), showIsolated: true }).nodes.has('City:lonely')).toBe(false);
  });

  it('hides the entities a predicate filter leaves without a visible relation, and only those', () => {
    const graph = buildSampleGraph();
    const filters = defaultFilters();
    filters.predicates = new Set(['launched', 'intercepted', 'targeted', 'condemned']);
    const hidden = applyFilters(graph, filters);
    // Patriot is only ever requested; Zelensky only requests
    expect(hidden.nodes.has('WeaponSystem:patriot')).toBe(true);
    expect(hidden.nodes.has('Person:volodymyr-zelensky')).toBe(true);
    expect(hidden.nodes.has('Country:ukraine')).toBe(false);
  });

  it('hides the entities a time filter leaves unconnected', () => {
    const graph = buildSampleGraph();
    const hidden = applyFilters(graph, { ...defaultFilters(), from: '2023-07-01' });
    expect(hidden.nodes.has('City:kyiv')).toBe(true);
    expect(hidden.nodes.has('Region:odesa-oblast')).toBe(false);
  });

  it('reports the documents behind the visible relations', () => {
    const graph = buildSampleGraph();
    expect([...applyFilters(graph, defaultFilters()).documents].sort()).toEqual(['fx-1', 'fx-2', 'fx-3']);
    expect([...applyFilters(graph, { ...defaultFilters(), to: '2023-05-31' }).documents]).toEqual(['fx-1']);
  });
});

describe('outlets', () => {
  it.each([
    ['https://www.example.org/news/1', 'example.org'],
    ['http://News.Example.com/a?b=c', 'news.example.com'],
    ['ftp://example.org/file', UNKNOWN_OUTLET],
    ['not a url', UNKNOWN_OUTLET],
    [null, UNKNOWN_OUTLET],
  ])('the outlet of %s is %s', (source, outlet) => {
    expect(outletOf({ source })).toBe(outlet);
  });

  it('counts relations per outlet and filters evidence by outlet', () => {
    const graph = buildSampleGraph({ outlets: true });
    const outlets = documentOutlets(graph);
    expect(outlets.get('fx-1')).toBe('kyiv-daily.example');
    const domain = filterDomain(graph);
    expect([...domain.outletCounts.keys()]).toEqual(['kyiv-daily.example', 'wire.example']);
    const kinzhal = graph.getEdgeAttributes(rel('Country:russia', 'launched', 'WeaponSystem:kinzhal')) as RelationAttributes;
    const onlyWire = { ...defaultFilters(), outlets: new Set(['wire.example']) };
    expect(sourcesInRange(kinzhal, onlyWire, outlets)).toBe(1);
    const hidden = applyFilters(graph, onlyWire);
    // fx-1 and fx-3 come from kyiv-daily: a relation stated only there disappears, with its unconnected ends
    expect(hidden.edges.has(rel('Country:russia', 'targeted', 'City:kyiv'))).toBe(true);
    expect(hidden.nodes.has('City:kyiv')).toBe(true);
    expect(hidden.edges.has(rel('Country:russia', 'targeted', 'City:kharkiv'))).toBe(false);
  });

  it('gives outlets distinct colours, the rest the last one', () => {
    const names = Array.from({ length: OUTLET_PALETTE.length + 2 }, (_, index) => `o${index}.example`);
    const colors = outletColors(names);
    expect(new Set(names.slice(0, OUTLET_PALETTE.length - 1).map((name) => colors.get(name))).size).toBe(OUTLET_PALETTE.length - 1);
    expect(colors.get(names[names.length - 1] as string)).toBe(OUTLET_PALETTE[OUTLET_PALETTE.length - 1]);
  });
});

describe('node size by sources', () => {
  it('sizes entities by the number of documents that mention them', () => {
    const graph = buildSampleGraph();
    graph.mergeNodeAttributes('Country:russia', { documents: 3 });
    const sizes = computeSizes(graph, 'sources');
    expect(sizes.get('Country:russia')).toBe(SIZE_RANGE.max);
    expect(sizes.get('City:kyiv') as number).toBeLessThan(SIZE_RANGE.max);
  });
});

describe('label placement', () => {
  const measure = (text: string): number => text.length * 7;
  const candidate = (key: string, x: number, y: number, priority: number): LabelCandidate => ({ key, x, y, size: 5, label: key, priority });

  it('keeps the more important of two overlapping labels', () => {
    const boxes = placeLabels([candidate('Kyiv Oblast', 100, 100, 2), candidate('Lviv Oblast', 104, 104, 5)], measure);
    expect(boxes.map((box) => box.key)).toEqual(['Lviv Oblast']);
  });

  it('never keeps two overlapping labels in a crowded field', () => {
    const crowd = Array.from({ length: 300 }, (_, index) => candidate(`Place ${index}`, (index * 137) % 1200, (index * 53) % 900, index % 7));
    const boxes = placeLabels(crowd, measure, { width: 1200, height: 900 });
    expect(boxes.length).toBeGreaterThan(10);
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) expect(boxesOverlap(boxes[a]!, boxes[b]!)).toBe(false);
    }
  });

  it('keeps a label off the disc of a node at least as important, not off a lesser one', () => {
    // Bravo's label would run over Alpha's disc 30 px to its right
    const hubFirst = placeLabels([candidate('Alpha', 130, 100, 1), candidate('Bravo station', 100, 100, 5)], measure);
    // the hub's label may cross the lesser disc (and then Alpha's own label has no room)
    expect(hubFirst.map((box) => box.key)).toEqual(['Bravo station']);
    const lesser = placeLabels([candidate('Alpha', 130, 100, 5), candidate('Bravo station', 100, 100, 1)], measure);
    expect(lesser.map((box) => box.key)).toEqual(['Alpha']);
  });

  it('skips labels outside the viewport and stops at the maximum', () => {
    const boxes = placeLabels([candidate('far', 5000, 10, 9), ...Array.from({ length: 20 }, (_, index) => candidate(`n${index}`, 10, index * 40, 1))], measure, { width: 800, height: 600, max: 5 });
    expect(boxes.map((box) => box.key)).not.toContain('far');
    expect(boxes).toHaveLength(5);
  });
});

describe('aliases shown once per spelling', () => {
  it.each([
    ['Kyiv', ['KIEV', 'KYIV', 'Kiev', 'Kiev city', 'Kyiv', 'Kyiv city', 'Kyyiv', 'city of Kyiv'], ['Kiev', 'Kiev city', 'Kyiv city', 'Kyyiv', 'city of Kyiv']],
    ['Russia', ['MOSCOW', 'Moscow', 'Russian Federation'], ['Moscow', 'Russian Federation']],
    ['NATO', ['nato', 'North Atlantic Treaty Organization'], ['North Atlantic Treaty Organization']],
    ['Zaporizhzhia', ['ZAPORIZHZHIA'], []],
  ])('%s', (label, aliases, shown) => {
    expect(displayAliases(label, aliases)).toEqual(shown);
  });

  it('folds case, curly quotes and spaces', () => {
    expect(spellingKey('People\u2019s  Republic')).toBe(spellingKey("people's republic"));
  });
});

describe('map projection and places', () => {
  const frame = { minX: -100, maxX: 100, minY: -80, maxY: 80 };
  const points = [
    { lon: 24.03, lat: 49.84 },
    { lon: 30.52, lat: 50.45 },
    { lon: 36.25, lat: 49.98 },
    { lon: 30.73, lat: 46.48 },
  ];

  it('keeps west-to-east and south-to-north order (north has larger y, as sigma draws it higher)', () => {
    const projection = fitProjection(points, frame);
    const [lviv, kyiv, kharkiv, odesa] = points.map((point) => projection.project(point.lon, point.lat));
    expect(lviv!.x).toBeLessThan(kyiv!.x);
    expect(kyiv!.x).toBeLessThan(kharkiv!.x);
    expect(odesa!.y).toBeLessThan(kyiv!.y);
  });

  it('fits the middle of the places inside the frame, centred', () => {
    const projection = fitProjection(points, frame);
    const projected = frameOf(points.map((point) => projection.project(point.lon, point.lat)));
    expect(projected.minX).toBeGreaterThanOrEqual(frame.minX);
    expect(projected.maxX).toBeLessThanOrEqual(frame.maxX);
    const centre = projection.project(projection.centre.lon, projection.centre.lat);
    expect(centre.x).toBeCloseTo(0);
    expect(centre.y).toBeCloseTo(0);
  });

  it('does not let far capitals shrink the map', () => {
    const withFar = [...points, ...points, { lon: -77.04, lat: 38.9 }];
    const near = fitProjection(points, frame);
    const trimmed = fitProjection(withFar, frame);
    expect(trimmed.scale).toBeGreaterThan(near.scale / 2);
  });

  it('locates the gazetteer\'s places of a graph by node key', () => {
    expect(GAZETTEER_PLACES.get('kyiv')?.lon).toBeGreaterThan(30);
    const graph = buildSampleGraph();
    graph.addNode('kharkiv', { kind: 'entity', label: 'Kharkiv', type: 'City', aliases: [], generic: false, wikidata: null, documents: 1 });
    graph.addNode('russia', { kind: 'entity', label: 'Russia', type: 'Country', aliases: [], generic: false, wikidata: null, documents: 1 });
    const places = placeCoordinates(graph);
    expect([...places.keys()]).toEqual(['kharkiv']);
  });
});

describe('export caption', () => {
  it('says the view, the counts, the dates and the filters', () => {
    const filters = { ...defaultFilters(), from: '2023-06-01', minSources: 2 };
    filters.predicates.delete('condemned');
    const lines = captionLines({
      mode: 'map', filters, allTypes: ['Person', 'City', 'Document'], allPredicates: ['launched', 'condemned'], dates: ['2023-05-10', '2023-07-15'],
      shownNodes: 4, shownEdges: 3, sources: 2, origin: 'graph.json',
    });
    expect(lines[0]).toBe('newsgraph, map view of graph.json: 4 entities, 3 relations from 2 source documents');
    expect(lines[1]).toBe('Published 2023-06-01 to 2023-07-15 (time filter)');
    expect(lines[2]).toContain('relations: launched');
    expect(lines[2]).toContain('at least 2 sources per relation');
  });
});

describe('view state of the new controls', () => {
  it('round-trips the map view, outlet colours, outlets and isolated entities', () => {
    const state = { ...defaultViewState(), mode: 'map' as const, color: 'outlet' as const };
    state.filters.outlets = new Set(['wire.example', UNKNOWN_OUTLET]);
    state.filters.showIsolated = true;
    const fragment = encodeViewState(state);
    expect(fragment).toContain('view=map');
    expect(decodeViewState(fragment)).toEqual(state);
  });

  it('reads unknown modes as the defaults', () => {
    const state = decodeViewState('view=globe&color=rainbow&isolated=yes');
    expect([state.mode, state.color, state.filters.showIsolated]).toEqual(['graph', 'predicate', false]);
  });
});
