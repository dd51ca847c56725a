/**
 * Shared helpers of the graph and RDF tests: the extraction fixtures, Debian's rapper as an independent parser,
 * a comparable snapshot of a graph, and the SHACL shapes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { compareStrings } from '../../src/graph/text.ts';
import { parseShapes } from '../../src/rdf/validate.ts';
import { rdfSource } from '../../src/rdf/parts.ts';
import { graphJsonSource, readGraphJsonTextSync } from '../../src/graph/json-parts.ts';
import type { Quad } from '@rdfjs/types';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'extractions');

/** The hand-written extraction fixtures (invented sentences), in file order. */
export function loadFixtures(): DocumentExtraction[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as DocumentExtraction);
}

/** A deep copy of a fixture, to vary in a test. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Nodes and edges with attributes, sorted by key: equal snapshots mean equal graphs. */
export function snapshot(graph: KnowledgeGraph) {
  return {
    attributes: graph.getAttributes(),
    nodes: graph
      .nodes()
      .sort(compareStrings)
      .map((key) => ({ key, attributes: graph.getNodeAttributes(key) })),
    edges: graph
      .edges()
      .sort(compareStrings)
      .map((key) => ({ key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) })),
  };
}

/** rapper's syntax name for each export file. */
export const RAPPER_SYNTAX = { 'graph.ttl': 'turtle', 'graph.nt': 'ntriples', 'graph.trig': 'trig' } as const;

/**
 * Parses `file` with Debian's rapper (raptor2-utils) and returns the number of triples it read.
 * Throws (so the test FAILS) when rapper is not installed: CI installs it, and a silent pass would hide that.
 */
export function rapperCount(file: string, syntax: 'turtle' | 'ntriples' | 'trig'): number {
  const run = spawnSync('rapper', ['-i', syntax, '-c', file], { encoding: 'utf8' });
  if (run.error) throw new Error(`rapper is not available (${run.error.message}); install raptor2-utils (apt-get install raptor2-utils)`);
  if (run.status !== 0) throw new Error(`rapper rejected ${file}:\n${run.stderr}`);
  const match = /Parsing returned (\d+) triples/.exec(run.stderr);
  if (!match) throw new Error(`rapper gave no count for ${file}:\n${run.stderr}`);
  return Number(match[1]);
}

let shapes: Quad[] | undefined;
/** ontology/shapes.ttl as quads. */
export function loadShapes(): Quad[] {
  shapes ??= parseShapes(readFileSync(join(ROOT, 'ontology', 'shapes.ttl'), 'utf8'));
  return shapes;
}

/** The RDF syntax of each joined export file. */
const FILE_FORMAT = { 'graph.ttl': 'turtle', 'graph.nt': 'ntriples', 'graph.trig': 'trig' } as const;

/**
 * The text of output `file` of build folder `dir`: graph.json and an RDF file as their parts joined in order (the bytes
 * `build --joined` writes), other files as written. Throws when neither is there.
 */
export function outputText(dir: string, file: string): string {
  if (file === 'graph.json') {
    // graph.json's pieces in order (src/graph/json-parts.ts), or the joined file.
    const json = graphJsonSource(join(dir, file));
    if (!json) throw new Error(`${dir}: no graph.json, joined or in parts`);
    return readGraphJsonTextSync(json);
  }
  const format = FILE_FORMAT[file as keyof typeof FILE_FORMAT];
  if (!format || existsSync(join(dir, file))) return readFileSync(join(dir, file), 'utf8');
  const source = rdfSource(dir, format);
  if (!source) throw new Error(`${dir}: no ${file} and no ${format} parts`);
  return Buffer.concat(source.paths.map((path) => readFileSync(path))).toString('utf8');
}
