/**
 * RDF files dropped on the explorer (Turtle, N-Triples, TriG, N-Quads): parsed with n3's Parser, then mapped back
 * onto the knowledge graph by the graph helper's browser-safe `quadsToGraph` (src/rdf/fromQuads.ts), so a graph.ttl
 * from `newsgraph build` opens exactly like its graph.json. Loaded on demand (a separate chunk).
 */
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { InputError } from '../../errors.ts';
import { quadsToGraph } from '../../rdf/fromQuads.ts';
import type { KnowledgeGraph } from './types.ts';

/** n3 format names by file extension. */
const FORMATS: Record<string, string> = { ttl: 'text/turtle', turtle: 'text/turtle', nt: 'application/n-triples', trig: 'application/trig', nq: 'application/n-quads' };

/** The n3 format of a file name, or null when it is not an RDF file. */
export function rdfFormatOf(name: string): string | null {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return FORMATS[extension] ?? null;
}

/** Parses RDF text of `format` into the knowledge graph (InputError when it is not valid or not newsgraph RDF). */
export function parseRdfGraph(text: string, format: string, source: string): KnowledgeGraph {
  let quads: Quad[];
  try {
    quads = new Parser({ format }).parse(text) as unknown as Quad[];
  } catch (error) {
    throw new InputError(source, `not valid RDF (${(error as Error).message}); expected a graph.ttl from newsgraph build`);
  }
  return quadsToGraph(quads, source);
}
