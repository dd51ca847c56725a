/**
 * Opening a built graph folder for queries: `loadGraph('graph/')` reads graph.json (written by `newsgraph build`)
 * and returns a `NewsGraph` with its indexes built.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { NotFoundError } from '../errors.ts';
import { readGraphJson, type ReadOptions } from '../graph/read.ts';
import { graphJsonSource, hasGraphJson } from '../graph/json-parts.ts';
import { importGraph } from '../rdf/files.ts';
import { NewsGraph } from './news-graph.ts';

/** The folder `loadGraph` and the query commands read when none is given. */
export const DEFAULT_GRAPH_DIR = 'graph';

/**
 * Checks that `dir` is a built graph folder holding `file`; returns the file's path.
 * Throws NotFoundError naming the folder and the command that creates it.
 */
export function graphFile(dir: string, file: string): string {
  const folder = resolve(dir);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new NotFoundError(`${dir}: no such graph folder; expected the output folder of \`newsgraph build <corpus> --out ${dir}\``);
  }
  const path = join(folder, file);
  // graph.json is kept in parts (src/graph/json-parts.ts): the folder holds it when it holds those.
  if (file === 'graph.json' ? !hasGraphJson(folder) : !existsSync(path)) {
    throw new NotFoundError(`${dir}: no ${file} in the graph folder; expected the output of \`newsgraph build <corpus> --out ${dir}\``);
  }
  return path;
}

/**
 * Loads the graph built into `dir` (default `graph/`) and returns its query object. `dir` may also name one
 * exported file (graph.json, graph.ttl, graph.nt or graph.trig). `{ mentions: false }` leaves out the documents'
 * mentions edges, which no query reads (the commands and `serve` do, to hold less: see ReadOptions); the graph of
 * such a query object cannot be exported or updated.
 * @throws NotFoundError when the folder or its graph.json is missing; InputError when graph.json is malformed
 */
export async function loadGraph(dir: string = DEFAULT_GRAPH_DIR, options: ReadOptions = {}): Promise<NewsGraph> {
  // A file (graph.json, graph.ttl, graph.nt, graph.trig) is read by the graph module's importer.
  if (existsSync(dir) && statSync(dir).isFile()) return new NewsGraph(await importGraph(dir));
  // A build folder's graph.json named by its path: its parts beside it (src/graph/json-parts.ts).
  if (!existsSync(dir) && basename(dir) === 'graph.json' && graphJsonSource(dir)) return new NewsGraph(await readGraphJson(dir, options));
  // graph.json is streamed line by line: never one string, whatever its size.
  return new NewsGraph(await readGraphJson(graphFile(dir, 'graph.json'), options));
}
