/**
 * graph.json: graphology's serialisation plus `formatVersion` (see graph/serialize.ts), streamed one node or edge
 * line at a time. The explorer, `loadGraph`, `import` and `build --update` read it.
 *
 * The lines that depend on one document or one event node alone (its node line, a document's `mentions` edges, an
 * event's role edges: three quarters of the file) are kept in parts, the relation evidence in one part per publication
 * day (see "Relation evidence by publication day" below), and the other pieces (header, entity lines, relation lines
 * around their evidence, separators) in a head file, with a manifest of their order (layout and readers:
 * src/graph/json-parts.ts):
 *
 *   .gen-<id>/json/<sha1>.part            a run of owned lines, joined by ",\n"
 *   .gen-<id>/json/evidence-<day>.part    the relation evidence records of one publication day
 *   .gen-<id>/json/_head.json             the other pieces back to back, serialised by every build
 *   .gen-<id>/json/parts.json             the order of the pieces: ranges of the head file, part names, ranges of parts
 *   .gen-<id>/json/mentions.json, tallies.json, relations.json, events.json, documents.json   what `build --update`
 *                                         reads instead of the parts it leaves unread (not part of graph.json's bytes;
 *                                         graph/json-parts.ts)
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
import { closeSync, createWriteStream, existsSync, fsyncSync, linkSync, mkdirSync, openSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { betweenNodesAndEdges, edgeLine, graphJsonEnd, graphJsonHeader, nodeLine, serializeGraphChunks, stableStringify } from '../../graph/serialize.ts';
import { documentDay } from '../../graph/day.ts';
import { RELATION_DAYS_VERSION, relationDaysRecord, unreadDaysOf, unreadEvidenceOf } from '../../graph/relation-days.ts';
import { EVENT_DAYS_VERSION, eventRecords, unreadEventsOf, type EventPart } from '../../graph/event-days.ts';
import { DOCUMENT_DAYS_VERSION, documentDays, unreadDocumentsOf, type DocumentPart } from '../../graph/document-days.ts';
import { compareStrings } from '../../graph/text.ts';
import type { EvidenceRecord, KnowledgeGraph, RelationAttributes } from '../../graph/types.ts';
import { TextSink } from '../../util/text-sink.ts';
import { NeedsWholeGraph, entityTallies, partialRead, type SkippedPart } from '../../graph/build.ts';
import {
  JSON_DOCUMENTS,
  JSON_EVENTS,
  JSON_HEAD_FILE,
  JSON_MENTIONS_INDEX,
  JSON_RELATIONS,
  JSON_SIDECAR_VERSION,
  JSON_TALLIES,
  JSON_MANIFEST,
  JSON_MANIFEST_VERSION,
  JSON_PARTS_FOLDER,
  JSON_PART_EXT,
  evidencePartName,
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

/** What a section is written as, in order: lines serialised every time, runs of owned lines, parts left unread. */
type SectionItem = { line: string } | { run: Run } | { unread: SkippedPart };

/**
 * The items of one section (keys sorted): the lines `ownerOf` gives no owner (entities, relation edges), the runs of
 * owned lines, and, for a graph read in part (`partialRead`), the parts it left unread, each where its lines sort. A
 * part left unread must still be a run of its own: a line that sorts inside it, or an owned line that would join it
 * (not starting a run where the part ends) or that it would join, means the update needs the whole graph
 * (`NeedsWholeGraph`); `build --update` checks this before it writes (`checkPartialLayout`).
 */
function* sectionItems(keys: readonly string[], ownerOf: (key: string) => string | null, unread: readonly SkippedPart[] = []): Generator<SectionItem> {
  let run: Run | null = null;
  let lastOwner: string | null = null;
  // The last item was a part left unread: the next owned line must start a run.
  let sealed = false;
  let next = 0;
  const startsRun = (owner: string): boolean => owner !== lastOwner && cutsBefore(owner);
  function* part(skipped: SkippedPart): Generator<SectionItem> {
    if ((run !== null || sealed) && !startsRun(skipped.owners[0] as string)) throw new NeedsWholeGraph(`graph.json part ${skipped.name} would join the lines before it`);
    if (run) yield { run };
    run = null;
    yield { unread: skipped };
    lastOwner = skipped.owners[skipped.owners.length - 1] as string;
    sealed = true;
  }
  for (const key of keys) {
    while (next < unread.length && compareStrings((unread[next] as SkippedPart).first, key) < 0) {
      const skipped = unread[next++] as SkippedPart;
      if (compareStrings(skipped.last, key) >= 0) throw new NeedsWholeGraph(`line ${key} sorts inside graph.json part ${skipped.name}`);
      yield* part(skipped);
    }
    const owner = ownerOf(key);
    if (owner === null) {
      if (run) yield { run };
      run = null;
      lastOwner = null;
      sealed = false;
      yield { line: key };
      continue;
    }
    if (run === null || startsRun(owner)) {
      if (sealed && !startsRun(owner)) throw new NeedsWholeGraph(`line ${key} would join graph.json part ${unread[next - 1]?.name}`);
      if (run) yield { run };
      run = { keys: [], owners: new Set() };
    }
    (run as Run).keys.push(key);
    (run as Run).owners.add(owner);
    lastOwner = owner;
    sealed = false;
  }
  while (next < unread.length) yield* part(unread[next++] as SkippedPart);
  if (run) yield { run };
}

/**
 * Where the pieces of graph.json go: the lines serialised every time into the head file (as byte ranges of it), the
 * runs of owned lines into parts (linked from the previous generation when unchanged), and their order.
 */
class PartStore {
  written = 0;
  linked = 0;
  /** The parts of mentions lines alone, in order (json/mentions.json). */
  readonly mentions: SkippedPart[] = [];
  /** The parts of event lines alone (nodes, then role edges), in order (json/events.json). */
  readonly events: EventPart[] = [];
  /** The parts with document node lines, in order (json/documents.json). */
  readonly documents: DocumentPart[] = [];
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

  /** Appends bytes [start, end) of part `name` (without its extension) after the head text so far. */
  range(name: string, start: number, end: number): void {
    this.endRange();
    this.order.push([name, start, end]);
    this.bytes += end - start;
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

  /** The manifest of what was appended, for a graph of `documents` document nodes. */
  manifest(documents: number): JsonManifest {
    this.endRange();
    return { version: JSON_MANIFEST_VERSION, bytes: this.bytes, documents, order: this.order };
  }
}

/**
 * Writes the lines of one section (nodes or edges, keys sorted) into the store, each run of owned lines as a part.
 * `ownerOf` gives the document or event a line depends on alone, or null for the other lines (entities, relation
 * edges), which are serialised every time. `unread`: the parts a graph read in part left unread (linked as they are).
 */
async function writeSection(
  keys: readonly string[],
  section: 'nodes' | 'edges',
  ownerOf: (key: string) => string | null,
  line: (key: string) => string,
  store: PartStore,
  unread: readonly SkippedPart[] = [],
  putLine: (key: string) => Promise<void> = (key) => store.text(line(key)),
): Promise<void> {
  let first = true;
  for (const item of sectionItems(keys, ownerOf, unread)) {
    if (!first) await store.text(',\n');
    first = false;
    if ('line' in item) await putLine(item.line);
    else if ('run' in item) putRun(item.run, section, line, store);
    else linkUnread(item.unread, store, section);
  }
}

/** Links a part left unread (mentions, document node or event lines) from the generation the graph was read from. */
function linkUnread(part: SkippedPart | EventPart, store: PartStore, section: 'nodes' | 'edges'): void {
  const name = `${part.name}${JSON_PART_EXT}`;
  if (!store.previous) throw new Error(`graph.json part ${name}: a graph read in part is written only as an update of the build it was read from`);
  const path = join(store.folder, name);
  linkSync(join(store.previous, name), path);
  store.linked += 1;
  store.part(name, statSync(path).size);
  if ('section' in part) store.events.push(part);
  else if (section === 'nodes') store.documents.push(part);
  else store.mentions.push(part);
}

/** Writes one run: linked from the previous generation when its part is there and unchanged, else serialised. */
function putRun(run: Run, section: string, line: (key: string) => string, store: PartStore): void {
  const hash = createHash('sha1').update(`newsgraph graph.json part ${JSON_PARTS_VERSION} ${section}\n`);
  for (const key of run.keys) hash.update(`${key}\n`);
  const name = `${hash.digest('hex')}${JSON_PART_EXT}`;
  const path = join(store.folder, name);
  // A run of mentions lines alone goes into the index an update reads to leave it unread.
  if (section === 'edges' && [...run.owners].every((owner) => owner.startsWith('doc:'))) {
    store.mentions.push({ name: name.slice(0, -JSON_PART_EXT.length), first: run.keys[0] as string, last: run.keys[run.keys.length - 1] as string, owners: [...run.owners] });
  }
  // A run with event lines (nodes, or their role edges) goes into the index an update reads to leave it unread; one
  // that also holds other lines (a document's) is marked `mixed`: it is always read, and so are its events.
  const events = [...run.owners].filter((owner) => owner.startsWith('event:'));
  if (events.length) {
    const part: EventPart = { name: name.slice(0, -JSON_PART_EXT.length), section: section as EventPart['section'], first: run.keys[0] as string, last: run.keys[run.keys.length - 1] as string, owners: events };
    if (events.length < run.owners.size) part.mixed = true;
    store.events.push(part);
  }
  // A run with document node lines goes into the index an update reads to leave it unread (json/documents.json); one
  // that also holds an event's lines is marked `mixed` (always read). So does a run of the edges that holds mentions
  // lines and an event's role edges (marked `edges`): always read, and so are its documents' nodes.
  const documents = [...run.owners].filter((owner) => owner.startsWith('doc:'));
  if (documents.length && (section === 'nodes' || documents.length < run.owners.size)) {
    const part: DocumentPart = { name: name.slice(0, -JSON_PART_EXT.length), first: run.keys[0] as string, last: run.keys[run.keys.length - 1] as string, owners: documents };
    if (documents.length < run.owners.size) part.mixed = true;
    if (section === 'edges') part.edges = true;
    store.documents.push(part);
  }
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
  files: Pick<OutputFiles, 'folder' | 'previous' | 'changedKeys' | 'changedEvidence'>,
  joined: TextSink | null = null,
): Promise<{ written: number; linked: number; bytes: number }> {
  const folder = join(files.folder, JSON_PARTS_FOLDER);
  mkdirSync(folder, { recursive: true });
  const partial = partialRead(graph);
  if (partial && (!files.previous || realpathSync(files.previous) !== realpathSync(partial.generation) || !files.changedKeys)) {
    throw new Error('graph.json: a graph read in part is written only as an update of the build it was read from');
  }
  const head = new TextSink(createWriteStream(join(folder, JSON_HEAD_FILE), { flush: true }));
  const store = new PartStore(folder, head, files.previous && files.changedKeys ? join(files.previous, JSON_PARTS_FOLDER) : null, files.changedKeys ?? null);
  let manifest: JsonManifest;
  try {
    // 1. Header, then the nodes: a document or event node depends on itself alone.
    await store.text(graphJsonHeader(graph));
    const nodes = graph.nodes().sort(compareStrings);
    await store.text(nodes.length ? '[\n' : '[');
    const ownNode = (key: string): string | null => (graph.getNodeAttribute(key, 'kind') === 'entity' ? null : key);
    await writeSection(nodes, 'nodes', ownNode, (key) => nodeLine(graph, key), store, unreadNodeParts(graph));
    await store.text(betweenNodesAndEdges(nodes.length === 0));
    // 2. The edges: a mentions edge depends on its document alone, an event's role edge on its event.
    const edges = graph.edges().sort(compareStrings);
    await store.text(edges.length ? '[\n' : '[');
    const ownEdge = (key: string): string | null => (graph.getEdgeAttribute(key, 'kind') === 'relation' ? null : graph.source(key));
    //    A relation edge's line is written around its evidence, which lies in the parts of its days.
    const evidence = writeEvidenceParts(graph, edges, folder, store.previous, files.changedEvidence ?? null);
    store.written += evidence.written;
    store.linked += evidence.linked;
    const putRelation = async (key: string): Promise<void> => {
      const groups = evidence.groups.get(key);
      if (!groups) return store.text(edgeLine(graph, key));
      const [prefix, suffix] = relationLineAround(graph, key);
      await store.text(prefix);
      groups.forEach((group, i) => store.range(group.part, i === 0 ? group.start + 1 : group.start, group.end));
      await store.text(suffix);
    };
    await writeSection(edges, 'edges', ownEdge, (key) => edgeLine(graph, key), store, unreadEdgeParts(graph), putRelation);
    await store.text(graphJsonEnd(edges.length === 0));
    manifest = store.manifest(nodes.reduce((n, key) => (graph.getNodeAttribute(key, 'kind') === 'document' ? n + 1 : n), unreadDocumentsOf(graph)?.days.size ?? 0));
    await head.end();
  } catch (error) {
    head.destroy();
    throw error;
  }
  // 3. What an update reads to leave the untouched mentions unread: the index of their parts and every entity's
  //    mention tally (src/graph/read.ts `readGraphJsonForUpdate`).
  writeFileSync(join(folder, JSON_MENTIONS_INDEX), `${JSON.stringify({ version: JSON_SIDECAR_VERSION, parts: store.mentions })}\n`, { flush: true });
  writeFileSync(join(folder, JSON_EVENTS), `${JSON.stringify({ version: EVENT_DAYS_VERSION, parts: store.events, events: eventRecords(graph) })}\n`, { flush: true });
  writeFileSync(join(folder, JSON_DOCUMENTS), `${JSON.stringify({ version: DOCUMENT_DAYS_VERSION, parts: store.documents, days: documentDays(graph) })}\n`, { flush: true });
  writeFileSync(join(folder, JSON_RELATIONS), `${JSON.stringify({ version: RELATION_DAYS_VERSION, relations: relationDaysRecord(graph) })}\n`, { flush: true });
  writeFileSync(join(folder, JSON_TALLIES), `${JSON.stringify({ version: JSON_SIDECAR_VERSION, entities: Object.fromEntries([...entityTallies(graph)].sort((a, b) => compareStrings(a[0], b[0]))) })}\n`, { flush: true });
  // 4. The order, last: a folder whose manifest is there is complete. Then the folder's entries on disk (each part
  //    was flushed as it was written).
  writeFileSync(join(folder, JSON_MANIFEST), `${JSON.stringify(manifest)}\n`, { flush: true });
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // 5. The joined file, only when asked (`build --joined`): the pieces in order, copied as bytes.
  if (joined) {
    const source: GraphJsonSource = { folder, order: manifest.order, file: null, bytes: manifest.bytes, label: join(files.folder, 'graph.json') };
    for await (const chunk of graphJsonChunks(source)) await joined.writeBytes(chunk);
    await joined.flush();
  }
  return { written: store.written, linked: store.linked, bytes: manifest.bytes };
}

// ---------------------------------------------------------------------------------------------------------------
// Relation evidence by publication day. A relation edge's line holds every evidence record of the edge, sorted by
// publication date (graph/build.ts `compareEvidence`), so the records of one day are one run inside the line. Each
// day's runs, of every relation edge in key order, go into one part, `evidence-<day>.part`, each run written with a
// comma before it; the manifest names each run as a range of that part (the first run of a line without its comma).
// A day no document of which changed (`changedEvidence`, from graph/changes.ts `trackEvidenceChanges`) has the same
// runs as in the previous build: its part is linked, and its ranges are those of the previous manifest. So an update
// serialises the evidence of the days it touches, not every day's at every build (at 100,000 articles the relation
// lines were 99 MB, nearly all of graph.json's head).

/** One run of a relation's evidence records: those of one day, [from, to) of its evidence list, and where it lies. */
interface EvidenceRun {
  relation: string;
  day: string;
  from: number;
  to: number;
  /** The part (name without extension) and the byte range [start, end) of the run, its leading comma included. */
  part: string;
  start: number;
  end: number;
}

/** The runs of each relation edge's evidence (in its order) and the evidence parts written and linked. */
interface EvidenceLayout {
  groups: Map<string, EvidenceRun[]>;
  written: number;
  linked: number;
}

/** The evidence runs of `previous` (a parts folder), per part in order, each with its leading comma; null if none. */
function previousEvidenceRuns(previous: string | null): Map<string, [number, number][]> | null {
  if (!previous) return null;
  const manifest = readJsonManifest(previous);
  if (!manifest) return null;
  const runs = new Map<string, [number, number][]>();
  let afterRun = false;
  for (const piece of manifest.order) {
    if (typeof piece !== 'string' && piece.length === 3) {
      const [name, start, end] = piece as readonly [string, number, number];
      let list = runs.get(name);
      if (!list) runs.set(name, (list = []));
      // The first run of a line is named without its comma.
      list.push([afterRun ? start : start - 1, end]);
      afterRun = true;
    } else afterRun = false;
  }
  return runs;
}

/**
 * Writes (or links from `previous`) the evidence parts of `graph` into `folder` and says where each relation's runs
 * lie. `changed`: the days whose evidence may differ from `previous`'s (null: every day is written).
 */
function writeEvidenceParts(graph: KnowledgeGraph, edges: readonly string[], folder: string, previous: string | null, changed: ReadonlySet<string> | null): EvidenceLayout {
  const groups = new Map<string, EvidenceRun[]>();
  const byDay = new Map<string, EvidenceRun[]>();
  // A graph read for an update without some days' evidence (graph/relation-days.ts): those days' runs are the
  // previous build's, linked with its ranges; only their place in each relation line is made here.
  const unread = unreadEvidenceOf(graph);
  if (unread?.days.size && (!changed || !previous)) throw new Error('graph.json: a graph read without some days\' evidence is written only as an update of the build it was read from');
  for (const key of edges) {
    const attributes = graph.getEdgeAttributes(key);
    if (attributes.kind !== 'relation') continue;
    const unreadDays = unread ? unreadDaysOf(graph, key) : null;
    if (attributes.evidence.length === 0 && !unreadDays?.size) continue;
    const runs: EvidenceRun[] = [];
    const records = attributes.evidence;
    for (let from = 0; from < records.length; ) {
      const day = documentDay((records[from] as EvidenceRecord).published);
      let to = from + 1;
      while (to < records.length && documentDay((records[to] as EvidenceRecord).published) === day) to += 1;
      if (unreadDays?.has(day)) throw new Error(`graph.json: relation ${key} has records of ${day}, whose evidence was not read`);
      runs.push({ relation: key, day, from, to, part: evidencePartName(day), start: 0, end: 0 });
      from = to;
    }
    for (const day of unreadDays?.keys() ?? []) runs.push({ relation: key, day, from: 0, to: 0, part: evidencePartName(day), start: 0, end: 0 });
    // Days in the records' order (by publication date, undated last: the days' own order as strings).
    if (unreadDays?.size) runs.sort((a, b) => compareStrings(a.day, b.day));
    for (const run of runs) {
      let list = byDay.get(run.day);
      if (!list) byDay.set(run.day, (list = []));
      list.push(run);
    }
    groups.set(key, runs);
  }
  const before = changed ? previousEvidenceRuns(previous) : null;
  let written = 0;
  let linked = 0;
  for (const [day, runs] of [...byDay].sort((a, b) => compareStrings(a[0], b[0]))) {
    const name = evidencePartName(day);
    const path = join(folder, `${name}${JSON_PART_EXT}`);
    const kept = before?.get(name);
    const previousPath = previous ? join(previous, `${name}${JSON_PART_EXT}`) : null;
    const left = unread?.days.has(day) ?? false;
    if (left && !(kept && kept.length === runs.length && !changed?.has(day) && previousPath && existsSync(previousPath))) {
      throw new Error(`graph.json: the evidence of ${day} was not read and cannot be linked from the previous build`);
    }
    if (kept && kept.length === runs.length && !changed?.has(day) && previousPath && existsSync(previousPath)) {
      linkSync(previousPath, path);
      runs.forEach((run, i) => {
        [run.start, run.end] = kept[i] as [number, number];
      });
      linked += 1;
      continue;
    }
    const texts: string[] = [];
    let offset = 0;
    for (const run of runs) {
      const records = (graph.getEdgeAttributes(run.relation) as RelationAttributes).evidence;
      let text = '';
      for (let i = run.from; i < run.to; i++) text += `,${stableStringify(records[i])}`;
      run.start = offset;
      offset += Buffer.byteLength(text);
      run.end = offset;
      texts.push(text);
    }
    writeFileSync(path, texts.join(''), { flush: true });
    written += 1;
  }
  return { groups, written, linked };
}

/** The text of relation edge `key`'s line before and after its evidence records (between `"evidence":[` and `]`). */
function relationLineAround(graph: KnowledgeGraph, key: string): [string, string] {
  const attributes = graph.getEdgeAttributes(key);
  const bare = stableStringify({ key, source: graph.source(key), target: graph.target(key), attributes: { ...attributes, evidence: [] } });
  const at = bare.indexOf(EMPTY_EVIDENCE);
  if (at < 0 || bare.indexOf(EMPTY_EVIDENCE, at + 1) >= 0) throw new Error(`graph.json: the line of ${key} has no single evidence list`);
  const cut = at + EMPTY_EVIDENCE.length - 1;
  return [bare.slice(0, cut), bare.slice(cut)];
}

/** An empty evidence list as a relation line holds it (the member's place is fixed: keys are sorted). */
const EMPTY_EVIDENCE = '"evidence":[]';

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

/**
 * Whether `graph`, read in part, can be written as an update (the parts it left unread are still runs of their own
 * where its new lines fall); throws `NeedsWholeGraph` otherwise. A whole graph always can.
 */
export function checkPartialLayout(graph: KnowledgeGraph): void {
  const partial = partialRead(graph);
  if (!partial) return;
  const ownEdge = (key: string): string | null => (graph.getEdgeAttribute(key, 'kind') === 'relation' ? null : graph.source(key));
  const ownNode = (key: string): string | null => (graph.getNodeAttribute(key, 'kind') === 'entity' ? null : key);
  for (const _item of sectionItems(graph.nodes().sort(compareStrings), ownNode, unreadNodeParts(graph)));
  for (const _item of sectionItems(graph.edges().sort(compareStrings), ownEdge, unreadEdgeParts(graph)));
}

/** The parts of the nodes section a graph read in part left unread (document and event nodes), in order. */
function unreadNodeParts(graph: KnowledgeGraph): SkippedPart[] {
  const events = unreadEventsOf(graph)?.nodes ?? [];
  const documents = unreadDocumentsOf(graph)?.parts ?? [];
  if (!documents.length) return events;
  return [...documents, ...events].sort((a, b) => compareStrings(a.first, b.first));
}

/** The parts of the edges section a graph read in part left unread (mentions and event role edges), in order. */
function unreadEdgeParts(graph: KnowledgeGraph): SkippedPart[] {
  const mentions = partialRead(graph)?.skipped ?? [];
  const events = unreadEventsOf(graph)?.edges ?? [];
  if (!events.length) return mentions;
  return [...mentions, ...events].sort((a, b) => compareStrings(a.first, b.first));
}
