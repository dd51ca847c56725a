/**
 * graph.json: graphology's serialisation plus `formatVersion` (see graph/serialize.ts), streamed one node or edge
 * line at a time. The explorer, `loadGraph`, `import` and `build --update` read it.
 *
 * The lines that depend on one document or one event node alone (its node line, a document's `mentions` edges, an
 * event's role edges: three quarters of the file) are kept in parts, and the other pieces (header, entity and relation
 * lines, separators) in a head file, with a manifest of their order (layout and readers: src/graph/json-parts.ts):
 *
 *   .gen-<id>/json/<sha1>.part   a run of owned lines, joined by ",\n"
 *   .gen-<id>/json/_head.json    the other pieces back to back, serialised by every build
 *   .gen-<id>/json/parts.json    the order of the pieces: ranges of the head file and part names
 *   .gen-<id>/graph.json         the joined file, only with `build --joined`
 *
 * The lines are cut into runs where the owner's key hashes to 0 modulo `RUN_DIVISOR` (documents) or
 * `EVENT_RUN_DIVISOR` (events): a cut that depends on that key alone, so a new document changes the run it falls in
 * and no other. A part is named by the SHA-1 of the layout version and the keys of its lines: an update links a part
 * from the previous generation when that name is there and none of its owners changed (`changedKeys`), and
 * serialises it otherwise. The pieces in order are the bytes one writer over the whole graph gives; readers read
 * them one after the other, so an update neither reads its unchanged parts back nor writes a joined copy of them.
 */
import { createHash } from 'node:crypto';
import { closeSync, createWriteStream, existsSync, fsyncSync, linkSync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { betweenNodesAndEdges, edgeLine, graphJsonEnd, graphJsonHeader, nodeLine, serializeGraphChunks } from '../../graph/serialize.ts';
import { compareStrings } from '../../graph/text.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { TextSink } from '../../util/text-sink.ts';
import {
  JSON_HEAD_FILE,
  JSON_MANIFEST,
  JSON_MANIFEST_VERSION,
  JSON_PARTS_FOLDER,
  JSON_PART_EXT,
  graphJsonChunks,
  readJsonManifest,
  type GraphJsonSource,
  type JsonManifest,
  type JsonPiece,
} from '../../graph/json-parts.ts';
import type { OutputFiles, OutputWriter } from '../types.ts';

/** Version of the parts layout: parts of another version never match a name (it is hashed into every name). */
export const JSON_PARTS_VERSION = 2;
/** Folder of the parts inside a generation (src/graph/json-parts.ts). */
export { JSON_PARTS_FOLDER };
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

/**
 * Where the pieces of graph.json go: the lines serialised every time into the head file (as byte ranges of it), the
 * runs of owned lines into parts (linked from the previous generation when unchanged), and their order.
 */
class PartStore {
  written = 0;
  linked = 0;
  private readonly order: JsonPiece[] = [];
  private offset = 0;
  private rangeStart = 0;
  private bytes = 0;

  constructor(
    readonly folder: string,
    private readonly head: TextSink,
    readonly previous: string | null,
    readonly changed: ReadonlySet<string> | null,
  ) {}

  /** Appends text to the head file. */
  async text(text: string): Promise<void> {
    this.head.write(text);
    const n = Buffer.byteLength(text);
    this.offset += n;
    this.bytes += n;
    if (this.head.full) await this.head.flush();
  }

  /** Appends a part (already on disk in `folder`, of `bytes` bytes) after the head text so far. */
  part(name: string, bytes: number): void {
    this.endRange();
    this.order.push(name.slice(0, -JSON_PART_EXT.length));
    this.bytes += bytes;
  }

  private endRange(): void {
    if (this.offset > this.rangeStart) this.order.push([this.rangeStart, this.offset]);
    this.rangeStart = this.offset;
  }

  /** The manifest of what was appended. */
  manifest(): JsonManifest {
    this.endRange();
    return { version: JSON_MANIFEST_VERSION, bytes: this.bytes, order: this.order };
  }
}

/**
 * Writes the lines of one section (nodes or edges, keys sorted) into the store, each run of owned lines as a part.
 * `ownerOf` gives the document or event a line depends on alone, or null for the other lines (entities, relation
 * edges), which are serialised every time.
 */
async function writeSection(
  keys: readonly string[],
  section: 'nodes' | 'edges',
  ownerOf: (key: string) => string | null,
  line: (key: string) => string,
  store: PartStore,
): Promise<void> {
  let first = true;
  const separator = async (): Promise<void> => {
    if (!first) await store.text(',\n');
    first = false;
  };
  let run: Run | null = null;
  let lastOwner: string | null = null;
  const endRun = async (): Promise<void> => {
    if (run) {
      await separator();
      putRun(run, section, line, store);
    }
    run = null;
  };
  for (const key of keys) {
    const owner = ownerOf(key);
    if (owner === null) {
      await endRun();
      lastOwner = null;
      await separator();
      await store.text(line(key));
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
function putRun(run: Run, section: string, line: (key: string) => string, store: PartStore): void {
  const hash = createHash('sha1').update(`newsgraph graph.json part ${JSON_PARTS_VERSION} ${section}\n`);
  for (const key of run.keys) hash.update(`${key}\n`);
  const name = `${hash.digest('hex')}${JSON_PART_EXT}`;
  const path = join(store.folder, name);
  if (existsSync(path)) {
    // The same run twice in one graph cannot happen (keys are unique); a leftover is never trusted.
    throw new Error(`graph.json part ${name} written twice`);
  }
  const previous = store.previous ? join(store.previous, name) : null;
  if (previous && store.changed && existsSync(previous) && ![...run.owners].some((owner) => store.changed?.has(owner))) {
    linkSync(previous, path);
    store.linked += 1;
    // Its size from the link: an unchanged part is never read.
    store.part(name, statSync(path).size);
    return;
  }
  const text = run.keys.map(line).join(',\n');
  writeFileSync(path, text, { flush: true });
  store.written += 1;
  store.part(name, Buffer.byteLength(text));
}

/**
 * Writes graph.json in parts under `files.folder/json/` (see src/graph/json-parts.ts): the head file, the parts (the
 * unchanged ones linked from the previous generation) and the manifest of their order. With `joined`, also streams
 * the joined graph.json into `joined`. Resolves to the parts written and linked.
 */
export async function writeGraphJsonParts(
  graph: KnowledgeGraph,
  files: Pick<OutputFiles, 'folder' | 'previous' | 'changedKeys'>,
  joined: TextSink | null = null,
): Promise<{ written: number; linked: number; bytes: number }> {
  const folder = join(files.folder, JSON_PARTS_FOLDER);
  mkdirSync(folder, { recursive: true });
  const head = new TextSink(createWriteStream(join(folder, JSON_HEAD_FILE), { flush: true }));
  const store = new PartStore(folder, head, files.previous && files.changedKeys ? join(files.previous, JSON_PARTS_FOLDER) : null, files.changedKeys ?? null);
  let manifest: JsonManifest;
  try {
    // 1. Header, then the nodes: a document or event node depends on itself alone.
    await store.text(graphJsonHeader(graph));
    const nodes = graph.nodes().sort(compareStrings);
    await store.text(nodes.length ? '[\n' : '[');
    const ownNode = (key: string): string | null => (graph.getNodeAttribute(key, 'kind') === 'entity' ? null : key);
    await writeSection(nodes, 'nodes', ownNode, (key) => nodeLine(graph, key), store);
    await store.text(betweenNodesAndEdges(nodes.length === 0));
    // 2. The edges: a mentions edge depends on its document alone, an event's role edge on its event.
    const edges = graph.edges().sort(compareStrings);
    await store.text(edges.length ? '[\n' : '[');
    const ownEdge = (key: string): string | null => (graph.getEdgeAttribute(key, 'kind') === 'relation' ? null : graph.source(key));
    await writeSection(edges, 'edges', ownEdge, (key) => edgeLine(graph, key), store);
    await store.text(graphJsonEnd(edges.length === 0));
    manifest = store.manifest();
    await head.end();
  } catch (error) {
    head.destroy();
    throw error;
  }
  // 3. The order, last: a folder whose manifest is there is complete. Then the folder's entries on disk (each part
  //    was flushed as it was written).
  writeFileSync(join(folder, JSON_MANIFEST), `${JSON.stringify(manifest)}\n`, { flush: true });
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // 4. The joined file, only when asked (`build --joined`): the pieces in order, copied as bytes.
  if (joined) {
    const source: GraphJsonSource = { folder, order: manifest.order, file: null, bytes: manifest.bytes, label: join(files.folder, 'graph.json') };
    for await (const chunk of graphJsonChunks(source)) await joined.writeBytes(chunk);
    await joined.flush();
  }
  return { written: store.written, linked: store.linked, bytes: manifest.bytes };
}

/** The graph.json writer. */
export const jsonWriter: OutputWriter = {
  id: 'json',
  files: ['graph.json'],
  optional: ['graph.json'],
  present: (generation) => readJsonManifest(join(generation, JSON_PARTS_FOLDER)) !== null || existsSync(join(generation, 'graph.json')),
  description: 'graph.json: the graphology graph (explorer, query API, import, --update), in parts (src/graph/json-parts.ts)',
  async write(graph, files) {
    await writeGraphJsonParts(graph, files, files.joined ? files.open('graph.json') : null);
    return {};
  },
};
