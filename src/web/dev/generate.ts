/**
 * A generator of graph.json-shaped knowledge graphs (same node and edge attributes as `newsgraph build`), for
 * development, browser tests and the bench. Deterministic for a given seed; nodes come in clusters laid out on a
 * disc so the graph has precomputed positions. Runs in Node and in the browser (graphology only).
 */
import { MultiDirectedGraph } from 'graphology';
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '../../domain/index.ts';
import { GRAPH_FORMAT_VERSION, type EvidenceRecord, type KnowledgeGraph } from '../../graph/types.ts';
import { UsageError } from '../../errors.ts';

/** Options of generateGraph. */
export interface GenerateOptions {
  /** Number of entity nodes. */
  nodes: number;
  /** Relation edges per entity node (on average). */
  edgesPerNode: number;
  /** Number of document nodes the evidence points to (no `mentions` edges are generated). */
  documents: number;
  /** Nodes per cluster. */
  clusterSize: number;
  /** Largest number of evidence sentences per relation (1 keeps big graphs small). */
  maxEvidence: number;
  seed: number;
}

/** Defaults of generateGraph. */
export const GENERATE_DEFAULTS: GenerateOptions = { nodes: 1000, edgesPerNode: 5, documents: 20, clusterSize: 40, maxEvidence: 2, seed: 1 };

/** A small seeded PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** Generates a knowledge graph with positions (see GenerateOptions). */
export function generateGraph(options: Partial<GenerateOptions> = {}): KnowledgeGraph {
  const settings = { ...GENERATE_DEFAULTS, ...options };
  if (!(settings.nodes >= 2) || !(settings.edgesPerNode >= 0) || !(settings.clusterSize >= 1) || !(settings.documents >= 1)) {
    throw new UsageError('generateGraph: invalid options; expected nodes >= 2, edgesPerNode >= 0, clusterSize >= 1, documents >= 1');
  }
  const random = createRandom(settings.seed);
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.setAttribute('formatVersion', GRAPH_FORMAT_VERSION);
  graph.setAttribute('laidOut', true);

  // 1. Documents, one per day from 2023-01-01
  const documentDates: string[] = [];
  for (let index = 0; index < settings.documents; index++) {
    const date = new Date(Date.UTC(2023, 0, 1 + index * 3)).toISOString().slice(0, 10);
    documentDates.push(date);
    graph.addNode(`doc:gen-${index}`, {
      kind: 'document', type: 'Document', label: `Report ${index + 1}`, title: `Generated report number ${index + 1}`,
      published: date, source: `https://example.org/report/${index + 1}`, byline: null, x: 0, y: 0,
    });
  }

  // 2. Entities in clusters on a disc (sunflower spiral of cluster centres)
  const clusters = Math.ceil(settings.nodes / settings.clusterSize);
  const spread = Math.sqrt(settings.nodes) * 10;
  const keys: string[] = [];
  for (let index = 0; index < settings.nodes; index++) {
    const cluster = index % clusters;
    const angle = cluster * 2.399963;
    const radius = spread * Math.sqrt((cluster + 0.5) / clusters);
    const type: EntityType = pick(random, ENTITY_TYPES);
    const key = `${type}:gen-${index}`;
    const r = Math.sqrt(random()) * Math.sqrt(settings.clusterSize) * 6;
    const theta = random() * Math.PI * 2;
    graph.addNode(key, {
      kind: 'entity', label: `${type} ${index}`, type, aliases: [`E${index}`], generic: false,
      wikidata: index % 7 === 0 ? `Q${1000 + index}` : null, documents: 1,
      x: Math.cos(angle) * radius + Math.cos(theta) * r, y: Math.sin(angle) * radius + Math.sin(theta) * r,
    });
    keys.push(key);
  }
  // place documents around the rim
  for (let index = 0; index < settings.documents; index++) {
    const angle = (index / settings.documents) * Math.PI * 2;
    graph.mergeNodeAttributes(`doc:gen-${index}`, { x: Math.cos(angle) * spread * 1.15, y: Math.sin(angle) * spread * 1.15 });
  }

  // 3. Relations: mostly inside a cluster, some across
  const total = Math.round(settings.nodes * settings.edgesPerNode);
  let made = 0;
  let attempts = 0;
  while (made < total && attempts < total * 4) {
    attempts++;
    const sourceIndex = Math.floor(random() * settings.nodes);
    const targetIndex = random() < 0.85
      ? (sourceIndex + clusters * (1 + Math.floor(random() * (settings.clusterSize - 1)))) % settings.nodes
      : Math.floor(random() * settings.nodes);
    if (sourceIndex === targetIndex) continue;
    const source = keys[sourceIndex] as string;
    const target = keys[targetIndex] as string;
    const predicate: Predicate = pick(random, PREDICATES);
    const key = `rel|${source}|${predicate}|${target}`;
    if (graph.hasEdge(key)) continue;
    const count = 1 + Math.floor(random() * Math.max(1, settings.maxEvidence));
    const evidence: EvidenceRecord[] = [];
    for (let index = 0; index < count; index++) {
      const documentIndex = Math.floor(random() * settings.documents);
      const text = `${graph.getNodeAttribute(source, 'label')} ${predicate} ${graph.getNodeAttribute(target, 'label')}, the generated report says.`;
      evidence.push({ document: `gen-${documentIndex}`, text, start: 0, end: text.length, published: documentDates[documentIndex] ?? null, count: null, addressee: null });
    }
    const dates = evidence.map((record) => record.published as string).sort();
    graph.addDirectedEdgeWithKey(key, source, target, {
      kind: 'relation', predicate, evidence, firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null,
      documents: new Set(evidence.map((record) => record.document)).size,
    });
    made++;
  }
  return graph;
}
