/**
 * The graph of the real sample corpus (the seeds in ../shared/corpus/seeds plus the dev corpus in corpus/), through
 * the real ingest and extraction: cross-document entity resolution is measured (duplicate nodes for one gazetteer
 * entity or one Wikidata QID must be 0), and the RDF export conforms to the SHACL shapes and parses with rapper.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultGazetteer, extractDocument } from '../../src/extract/index.ts';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { mergeName } from '../../src/domain/names.ts';
import type { EntityAttributes, KnowledgeGraph } from '../../src/graph/types.ts';
import { importGraph, readQuads } from '../../src/rdf/files.ts';
import { exportGraph } from '../../src/output/index.ts';
import { validateQuads } from '../../src/rdf/validate.ts';
import { RAPPER_SYNTAX, ROOT, loadShapes, rapperCount, snapshot } from '../rdf/helpers.ts';

const SEEDS = join(ROOT, '..', 'shared', 'corpus', 'seeds');
const DEV = join(ROOT, 'corpus');

function articles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html?)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

let extractions: DocumentExtraction[] = [];
let graph: KnowledgeGraph;
let dir = '';

beforeAll(async () => {
  const files = [...articles(SEEDS), ...articles(DEV)];
  extractions = files.map((file) => extractDocument(ingestFile(file)));
  graph = buildGraph(extractions);
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'));
  await exportGraph(graph, dir, { joined: true });
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function entities(g: KnowledgeGraph): [string, EntityAttributes][] {
  const out: [string, EntityAttributes][] = [];
  g.forEachNode((key, a) => {
    if (a.kind === 'entity') out.push([key, a]);
  });
  return out;
}

describe('cross-document resolution over seeds + dev corpus', () => {
  it('reads all 17 articles', () => {
    expect(extractions.length).toBe(17);
    expect(graph.filterNodes((_k, a) => a.kind === 'document')).toHaveLength(17);
  });

  it('has no two nodes with the same Wikidata QID', () => {
    const byQid = new Map<string, string[]>();
    for (const [key, a] of entities(graph)) if (a.wikidata) byQid.set(a.wikidata, [...(byQid.get(a.wikidata) ?? []), key]);
    const duplicates = [...byQid].filter(([, keys]) => keys.length > 1);
    expect(duplicates).toEqual([]);
  });

  it('has no two nodes for one gazetteer entity (by id, QID, or its name or an alias with the same type)', () => {
    const nodes = entities(graph);
    const duplicates: string[] = [];
    for (const entry of defaultGazetteer().entries) {
      const names = new Set([entry.name, ...entry.aliases].map(mergeName));
      const hits = nodes.filter(
        ([key, a]) =>
          key === entry.id ||
          (entry.wikidata !== null && a.wikidata === entry.wikidata) ||
          (a.type === entry.type && names.has(mergeName(a.label))),
      );
      if (hits.length > 1) duplicates.push(`${entry.id}: ${hits.map(([k]) => k).join(', ')}`);
    }
    expect(duplicates).toEqual([]);
  });

  it('merges entities that several articles mention into one node each', () => {
    const shared = entities(graph).filter(([, a]) => a.documents > 1);
    // The corpus is about one war: Russia and Ukraine are in most articles, on one node each.
    const russia = entities(graph).filter(([, a]) => a.type === 'Country' && mergeName(a.label) === 'russia');
    expect(russia).toHaveLength(1);
    expect(russia[0]![1].documents).toBeGreaterThan(8);
    expect(shared.length).toBeGreaterThan(10);
  });
});

describe('RDF export of the sample corpus', () => {
  it('conforms to ontology/shapes.ttl', async () => {
    const outcome = await validateQuads(await readQuads(join(dir, 'graph.ttl')), loadShapes());
    expect(outcome.violations.slice(0, 5)).toEqual([]);
    expect(outcome.conforms).toBe(true);
  });

  it.each(Object.entries(RAPPER_SYNTAX))('%s parses with rapper and n3 alike', async (file, syntax) => {
    expect(rapperCount(join(dir, file), syntax)).toBe((await readQuads(join(dir, file))).length);
  });

  it.each(['graph.ttl', 'graph.json'])('reads back from %s into the same graph', async (file) => {
    expect(snapshot(await importGraph(join(dir, file)))).toEqual(snapshot(graph));
  });
});
