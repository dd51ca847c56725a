/**
 * graph.json: graphology's serialisation plus `formatVersion` (see graph/serialize.ts), streamed one node or edge
 * line at a time. The explorer, `loadGraph`, `import` and `build --update` read it.
 *
 * The lines that depend on one document or one event node alone (its node line, a document's `mentions` edges, an
 * event's role edges: three quarters of the file) are also kept in parts, so that `build --update` serialises only
 * the parts of the documents and events it touched, and the entity and relation lines:
 *
 *   .gen-<id>/json/<sha1>.part   a run of such lines, joined by ",\n"
 *
 * The lines are cut into runs where the owner's key hashes to 0 modulo `RUN_DIVISOR` (documents) or
 * `EVENT_RUN_DIVISOR` (events): a cut that depends on that key alone, so a new document changes the run it falls in
 * and no other. A part is named by the SHA-1 of the layout version and the keys of its lines: an update links a part
 * from the previous generation when that name is there and none of its owners changed (`changedKeys`), and
 * serialises it otherwise. graph.json is the header, the other lines and the parts in key order, so it has the same
 * bytes as one writer over the whole graph gives (the parts only save the serialisation).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { betweenNodesAndEdges, edgeLine, graphJsonEnd, graphJsonHeader, nodeLine, serializeGraphChunks } from '../../graph/serialize.ts';
import { compareStrings } from '../../graph/text.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import type { TextSink } from '../../util/text-sink.ts';
import type { OutputFiles, OutputWriter } from '../types.ts';

/** Version of the parts layout: parts of another version never match a name (it is hashed into every name). */
export const JSON_PARTS_VERSION = 2;
/** Folder of the parts inside a generation. */
export const JSON_PARTS_FOLDER = 'json';
/**
 * A run of lines starts at a document whose key hashes to 0 modulo this (about this many documents per part: a
 * document's lines are about 2 KB).
 */
export const RUN_DIVISOR = 128;
/** The same for event nodes, whose lines are about 30 KB (every report and claim): about 4 events per part. */
export const EVENT_RUN_DIVISOR = 4;

/** Streams the canonical graph.json text of `graph` into `sink` (the caller ends the sink). */
export async function writeGraphJson(graph: KnowledgeGraph, sink: TextSink): Promise<void> {
  for (const chunk of serializeGraphChunks(graph)) {
    sink.write(chunk);
    if (sink.full) await sink.flush();
  }
  await sink.flush();
}

/** FNV-1a (32 bits) of a key's UTF-16 code units: where the runs of lines are cut. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Whether a run of lines starts at the lines of owner `key` (a document or an event node). */
function cutsBefore(key: string): boolean {
  return fnv1a(key) % (key.startsWith('doc:') ? RUN_DIVISOR : EVENT_RUN_DIVISOR) === 0;
}

/** One run of lines: their keys (nodes or edges) and the documents or events they depend on. */
interface Run {
  keys: string[];
  owners: Set<string>;
}

/** Where parts are written and from where they may be linked. */
interface PartStore {
  folder: string;
  previous: string | null;
  changed: ReadonlySet<string> | null;
  written: number;
  linked: number;
}

/**
 * Writes the lines of one section (nodes or edges, keys sorted) into `sink`, each run of owned lines through a part.
 * `ownerOf` gives the document or event a line depends on alone, or null for the other lines (entities, relation
 * edges), which are serialised every time.
 */
async function writeSection(
  keys: readonly string[],
  section: 'nodes' | 'edges',
  ownerOf: (key: string) => string | null,
  line: (key: string) => string,
  sink: TextSink,
  store: PartStore,
): Promise<void> {
  let first = true;
  const put = async (text: string | Buffer): Promise<void> => {
    if (!first) sink.write(',\n');
    first = false;
    if (typeof text === 'string') sink.write(text);
    else await sink.writeBytes(text);
    if (sink.full) await sink.flush();
  };
  let run: Run | null = null;
  let lastOwner: string | null = null;
  const endRun = async (): Promise<void> => {
    if (run) await putRun(run, section, line, put, store);
    run = null;
  };
  for (const key of keys) {
    const owner = ownerOf(key);
    if (owner === null) {
      await endRun();
      lastOwner = null;
      await put(line(key));
      continue;
    }
    if (run === null || (owner !== lastOwner && cutsBefore(owner))) {
      await endRun();
      run = { keys: [], owners: new Set() };
    }
    (run as Run).keys.push(key);
    (run as Run).owners.add(owner);
    lastOwner = owner;
  }
  await endRun();
}

/** Writes one run: linked from the previous generation when its part is there and unchanged, else serialised. */
async function putRun(run: Run, section: string, line: (key: string) => string, put: (text: string | Buffer) => Promise<void>, store: PartStore): Promise<void> {
  const hash = createHash('sha1').update(`newsgraph graph.json part ${JSON_PARTS_VERSION} ${section}\n`);
  for (const key of run.keys) hash.update(`${key}\n`);
  const name = `${hash.digest('hex')}.part`;
  const path = join(store.folder, name);
  if (existsSync(path)) {
    // The same run twice in one graph cannot happen (keys are unique); a leftover is never trusted.
    throw new Error(`graph.json part ${name} written twice`);
  }
  const previous = store.previous ? join(store.previous, name) : null;
  if (previous && store.changed && existsSync(previous) && ![...run.owners].some((owner) => store.changed?.has(owner))) {
    linkSync(previous, path);
    store.linked += 1;
    await put(readFileSync(path));
    return;
  }
  const text = run.keys.map(line).join(',\n');
  writeFileSync(path, text, { flush: true });
  store.written += 1;
  await put(text);
}

/**
 * Streams graph.json into `sink` and keeps its document and event lines in parts under `files.folder/json/`,
 * linking the unchanged ones from the previous generation (see the file comment). Resolves to the parts written and
 * linked.
 */
export async function writeGraphJsonParts(graph: KnowledgeGraph, sink: TextSink, files: Pick<OutputFiles, 'folder' | 'previous' | 'changedKeys'>): Promise<{ written: number; linked: number }> {
  const folder = join(files.folder, JSON_PARTS_FOLDER);
  mkdirSync(folder, { recursive: true });
  const store: PartStore = {
    folder,
    previous: files.previous && files.changedKeys ? join(files.previous, JSON_PARTS_FOLDER) : null,
    changed: files.changedKeys ?? null,
    written: 0,
    linked: 0,
  };
  // 1. Header, then the nodes: a document or event node depends on itself alone.
  sink.write(graphJsonHeader(graph));
  const nodes = graph.nodes().sort(compareStrings);
  sink.write(nodes.length ? '[\n' : '[');
  const ownNode = (key: string): string | null => (graph.getNodeAttribute(key, 'kind') === 'entity' ? null : key);
  await writeSection(nodes, 'nodes', ownNode, (key) => nodeLine(graph, key), sink, store);
  sink.write(betweenNodesAndEdges(nodes.length === 0));
  // 2. The edges: a mentions edge depends on its document alone, an event's role edge on its event.
  const edges = graph.edges().sort(compareStrings);
  sink.write(edges.length ? '[\n' : '[');
  const ownEdge = (key: string): string | null => (graph.getEdgeAttribute(key, 'kind') === 'relation' ? null : graph.source(key));
  await writeSection(edges, 'edges', ownEdge, (key) => edgeLine(graph, key), sink, store);
  sink.write(graphJsonEnd(edges.length === 0));
  await sink.flush();
  // 3. The parts' folder entries on disk (each part was flushed as it was written).
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return { written: store.written, linked: store.linked };
}

/** The graph.json writer. */
export const jsonWriter: OutputWriter = {
  id: 'json',
  files: ['graph.json'],
  description: 'graph.json: the graphology graph (explorer, query API, import, --update)',
  async write(graph, files) {
    await writeGraphJsonParts(graph, files.open('graph.json'), files);
    return {};
  },
};
