/**
 * Reading graph.json without holding it as one string: the writer (output/writers/json.ts) puts the header on one
 * line and each node and edge on a line of its own, so the file is read line by line and each line is parsed and
 * added to the graph as it comes. A whole-file string would stop near 45,000 articles (V8's limit of about 537 M
 * characters); this reader's memory is the graph's. A build keeps graph.json in parts (./json-parts.ts), read one
 * after the other as one stream. Node-only (the explorer parses graph.json with `parseGraph`).
 */
import { createReadStream } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { InputError, NewsgraphError, NotFoundError } from '../errors.ts';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  GenerationChanged,
  JSON_MENTIONS_INDEX,
  JSON_RELATIONS,
  JSON_SIDECAR_VERSION,
  evidencePartName,
  JSON_TALLIES,
  JSON_EVENTS,
  JSON_DOCUMENTS,
  graphJsonChunks,
  graphJsonSource,
  readGraphJsonText,
  type GraphJsonSource,
} from './json-parts.ts';
import { parseGraph } from './serialize.ts';
import { attachEntityTallies, documentKey, markPartial, mentionTallies, namePool, type SkippedPart, type TallyRecord } from './build.ts';
import { documentDay } from './day.ts';
import { RELATION_DAYS_VERSION, markUnreadEvidence, unreadFromRecord, type RelationDaysRecord } from './relation-days.ts';
import { EVENT_DAYS_VERSION, eventPartsLeftAlone, markUnreadEvents, type EventPart, type EventRecord, type EventsFile } from './event-days.ts';
import { DOCUMENT_DAYS_VERSION, documentPartsLeftAlone, markUnreadDocuments, type DocumentPart, type DocumentsFile } from './document-days.ts';
import { compareStrings, lastAtOrBefore } from './text.ts';
import { GRAPH_FORMAT_VERSION, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes } from './types.ts';

/**
 * A graph.json that is not in the one-line-per-item layout (written by hand, or pretty-printed by another tool) is
 * parsed whole when it is smaller than this; larger ones must come from newsgraph build.
 */
export const WHOLE_PARSE_LIMIT_BYTES = 128 * 1024 * 1024;

/** Where the line reader stands in the file. */
type Section = 'header' | 'before-nodes' | 'nodes' | 'before-edges' | 'edges' | 'done';

/** Options of `readGraphJson`. */
export interface ReadOptions {
  /**
   * Whether to read the documents' `mentions` edges (default true). The query API, the explorer's summary and
   * `serve` never read them, and at 100,000 articles they are 44 % of the loaded graph's heap (368 of 844 MB: a
   * million edges), so the query commands and `serve` leave them out. A graph read without them cannot be exported
   * or updated (`readWithoutMentions`).
   */
  mentions?: boolean;
}

/** Graphs read without their mentions edges (see ReadOptions.mentions). */
const withoutMentions = new WeakSet<KnowledgeGraph>();

/** Whether `graph` was read without its mentions edges (so that it must not be exported or updated). */
export function readWithoutMentions(graph: KnowledgeGraph): boolean {
  return withoutMentions.has(graph);
}

/** Thrown inside the reader when the layout is not the writer's (the caller then decides how to go on). */
class LayoutMismatch extends Error {}

/**
 * Calls `handle` with each line of the file at `path` (without its line break, LF or CRLF), decoded as UTF-8 line by
 * line from 1 MB blocks: about three times faster than node:readline, and a line longer than a block is assembled
 * from its pieces once. InputError naming the file when it cannot be read.
 */
export async function forEachLine(
  path: string | GraphJsonSource,
  handle: (line: string) => void,
  skip?: (part: string) => boolean,
  skipRange?: (part: string) => boolean,
): Promise<void> {
  // The pieces of a build are iterated directly (not through a stream, which reads a block ahead): when `skip` is asked
  // about a part, every line before it has been handled but a last one without its line break.
  const chunks = typeof path === 'string' ? null : graphJsonChunks(path, 1 << 20, skip, skipRange);
  const input = chunks ?? createReadStream(path as string, { highWaterMark: 1 << 20 });
  const name = typeof path === 'string' ? path : path.label;
  const emit = (bytes: Buffer): void => {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    handle(bytes.toString('utf8', 0, end));
  };
  let pending: Buffer[] = [];
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, nl);
        if (pending.length) {
          pending.push(piece);
          emit(Buffer.concat(pending));
          pending = [];
        } else emit(piece);
        start = nl + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
  } catch (error) {
    if (error instanceof NewsgraphError || error instanceof LayoutMismatch || error instanceof GenerationChanged) throw error;
    throw new InputError(name, `cannot read (${(error as Error).message}); expected a readable file`);
  } finally {
    if (chunks) await chunks.return(undefined);
    else (input as ReturnType<typeof createReadStream>).destroy();
  }
  if (pending.length) emit(Buffer.concat(pending));
}

/** A line without its trailing comma. */
function item(line: string): string {
  return line.endsWith(',') ? line.slice(0, -1) : line;
}

/** Reads of a build folder that a concurrent build may replace meanwhile before one gives up (see json-parts.ts). */
const READ_ATTEMPTS = 3;

/**
 * Reads graph.json into a KnowledgeGraph, streaming it line by line: `path` is a build folder, a generation folder or
 * a path named graph.json, whose parts are read in order (src/graph/json-parts.ts), else the joined file. A file in
 * another layout is parsed whole when small (see WHOLE_PARSE_LIMIT_BYTES). Throws NotFoundError when there is no
 * graph.json, InputError naming the file for anything that is not a newsgraph graph of a known format version.
 */
export async function readGraphJson(path: string, options: ReadOptions = {}): Promise<KnowledgeGraph> {
  for (let attempt = 1; ; attempt++) {
    const source = graphJsonSource(path);
    if (!source) throw new NotFoundError(`${path}: no graph.json (joined or in parts); expected a folder written by newsgraph build`);
    try {
      return await readSource(source, options);
    } catch (error) {
      // A build committed during the read and removed the generation being read: read the new one.
      if (!(error instanceof GenerationChanged) || attempt >= READ_ATTEMPTS) throw error;
    }
  }
}

async function readSource(source: GraphJsonSource, options: ReadOptions): Promise<KnowledgeGraph> {
  const path = source.label;
  try {
    return await readLines(source, options.mentions ?? true);
  } catch (error) {
    if (!(error instanceof LayoutMismatch)) throw error;
    const size = source.bytes;
    if (size > WHOLE_PARSE_LIMIT_BYTES) {
      throw new InputError(path, `${error.message}, and at ${(size / 1e6).toFixed(0)} MB it is too large to parse as one string; expected graph.json as newsgraph build writes it`);
    }
    const graph = parseGraph(await readGraphJsonText(source), path);
    if (options.mentions === false) {
      graph.forEachEdge((key, attributes) => {
        if (attributes.kind === 'mentions') graph.dropEdge(key);
      });
      withoutMentions.add(graph);
    }
    return graph;
  }
}

/**
 * A mentions edge's line, told without parsing it: its attributes come first and their keys are sorted, and a quote
 * inside a JSON string is always escaped, so `"kind":"mentions"` occurs only as a mentions edge's own member.
 */
const MENTIONS_MEMBER = '"kind":"mentions"';

/** How `readLines` reads a graph in part: which parts it leaves unread (mentions lines only). */
interface PartialOptions {
  /**
   * Asked when the stream reaches a part: true to leave it unread. `documentsRead`: whether every document node line
   * has been read (they sort before the event nodes; the mentions parts come after every node line).
   */
  skip: (graph: KnowledgeGraph, part: string, documentsRead: boolean) => boolean;
  /**
   * Asked when the stream reaches a range of a part (relation evidence of one day): true to leave it out (called
   * after every node line and every event role edge is read: relation lines sort after them).
   */
  skipRange?: (graph: KnowledgeGraph, part: string) => boolean;
}

async function readLines(source: GraphJsonSource, mentions: boolean, partial?: PartialOptions): Promise<KnowledgeGraph> {
  const path = source.label;
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const name = namePool(graph);
  // Each entity's mention counts are gathered as its lines go by, so that `build --update` changes them by its
  // documents' mentions and does not walk every mentions edge of the entities they name.
  const tallies = mentionTallies();
  let section: Section = 'header';
  let number = 0;
  // The last node key read: document keys (`doc:...`) sort before `doc;`, so a key after it means every one is read.
  let lastNode: string | null = null;
  const documentsRead = (): boolean =>
    section === 'before-edges' || section === 'edges' || section === 'done' || (section === 'nodes' && lastNode !== null && compareStrings(lastNode, 'doc;') > 0);
  const parse = (line: string): unknown => {
    try {
      return JSON.parse(line);
    } catch (error) {
      throw new InputError(path, `line ${number}: not valid JSON (${(error as Error).message}); expected graph.json from newsgraph build`);
    }
  };
  const handle = (line: string): void => {
    number += 1;
    switch (section) {
      case 'header': {
        // {"formatVersion":1,"options":{...},"attributes":{...},
        if (!line.startsWith('{"formatVersion":') || !line.endsWith(',')) throw new LayoutMismatch('its first line is not the header newsgraph build writes');
        const header = parse(`${line.slice(0, -1)}}`) as { formatVersion?: unknown; attributes?: Record<string, unknown> };
        if (header.formatVersion !== GRAPH_FORMAT_VERSION) {
          throw new InputError(path, `format version ${String(header.formatVersion)}; expected ${GRAPH_FORMAT_VERSION}`);
        }
        graph.replaceAttributes({ ...(header.attributes ?? {}), formatVersion: GRAPH_FORMAT_VERSION });
        section = 'before-nodes';
        break;
      }
      case 'before-nodes':
        if (line === '"nodes":[') section = 'nodes';
        else if (line === '"nodes":[],') section = 'before-edges';
        else throw new LayoutMismatch(`line ${number} is not the start of the nodes`);
        break;
      case 'nodes':
        if (line === '],') section = 'before-edges';
        // As in the edges: an event part left unread leaves its separators behind.
        else if (partial && (line === ',' || line === '')) break;
        else {
          const node = parse(item(line)) as { key?: unknown; attributes?: NodeAttributes };
          if (typeof node.key !== 'string') throw new InputError(path, `line ${number}: a node without a key; expected graph.json from newsgraph build`);
          try {
            graph.addNode(node.key, node.attributes);
            lastNode = node.key;
            if (node.attributes?.kind === 'entity') tallies.entity(node.key);
          } catch (error) {
            throw new InputError(path, `line ${number}: inconsistent graph (${(error as Error).message}); expected graph.json from newsgraph build`);
          }
        }
        break;
      case 'before-edges':
        if (line === '"edges":[') section = 'edges';
        else if (line === '"edges":[]}') section = 'done';
        else throw new LayoutMismatch(`line ${number} is not the start of the edges`);
        break;
      case 'edges':
        if (line === ']}') section = 'done';
        // A part left unread leaves its separators behind: a line of a comma alone, or an empty one before the end.
        else if (partial && (line === ',' || line === '')) break;
        else if (!mentions && line.includes(MENTIONS_MEMBER)) break;
        else {
          const edge = parse(item(line)) as { key?: unknown; source?: unknown; target?: unknown; attributes?: EdgeAttributes };
          if (typeof edge.key !== 'string' || typeof edge.source !== 'string' || typeof edge.target !== 'string') {
            throw new InputError(path, `line ${number}: an edge without key, source or target; expected graph.json from newsgraph build`);
          }
          try {
            const attributes = edge.attributes;
            // Each line brings its own copy of the entity's names: the graph keeps one (see build.ts `namePool`).
            if (attributes?.kind === 'mentions') {
              if (typeof attributes.label === 'string') attributes.label = name(attributes.label);
              if (Array.isArray(attributes.aliases)) attributes.aliases = attributes.aliases.map((alias) => (typeof alias === 'string' ? name(alias) : alias));
            }
            graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
            if (attributes?.kind === 'mentions') tallies.mention(edge.target, attributes);
          } catch (error) {
            throw new InputError(path, `line ${number}: inconsistent graph (${(error as Error).message}); expected graph.json from newsgraph build`);
          }
        }
        break;
      case 'done':
        if (line.trim() !== '') throw new InputError(path, `line ${number}: text after the end of the graph; expected graph.json from newsgraph build`);
    }
  };
  // A range is left out only once every node is read (its decision needs the event and document nodes); a reader
  // asked earlier reads every range (the decision is made once per part, so a day is read whole or not at all).
  const skipRange = partial?.skipRange;
  const ranges = new Map<string, boolean>();
  let early: boolean | null = null;
  const rangeLeftOut = (part: string): boolean => {
    let out = ranges.get(part);
    if (out === undefined) {
      early ??= section !== 'edges';
      ranges.set(part, (out = !early && (skipRange as NonNullable<typeof skipRange>)(graph, part)));
    }
    return out;
  };
  await forEachLine(source, handle, partial ? (part) => partial.skip(graph, part, documentsRead()) : undefined, skipRange ? rangeLeftOut : undefined);
  if (section === 'header') throw new LayoutMismatch('it is empty or has no header line');
  if (section !== 'done') throw new InputError(path, `ends early (line ${number}, inside the ${section === 'edges' || section === 'before-edges' ? 'edges' : 'nodes'}); expected graph.json from newsgraph build, written to the end`);
  if (partial) return graph;
  if (mentions) tallies.attach(graph);
  else withoutMentions.add(graph);
  return graph;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading for `build --update`: every node and edge but the mentions lines of the documents the update leaves alone.

/** What the sidecar files of a generation's parts hold (see src/graph/json-parts.ts). */
interface Sidecars {
  parts: SkippedPart[];
  tallies: Map<string, TallyRecord>;
}

/** The sidecars of parts folder `folder`, or null when either is missing, unreadable or of another version. */
function readSidecars(folder: string): Sidecars | null {
  try {
    const index = JSON.parse(readFileSync(join(folder, JSON_MENTIONS_INDEX), 'utf8')) as { version?: unknown; parts?: SkippedPart[] };
    const tallies = JSON.parse(readFileSync(join(folder, JSON_TALLIES), 'utf8')) as { version?: unknown; entities?: Record<string, TallyRecord> };
    if (index.version !== JSON_SIDECAR_VERSION || tallies.version !== JSON_SIDECAR_VERSION || !Array.isArray(index.parts) || !tallies.entities) return null;
    return { parts: index.parts, tallies: new Map(Object.entries(tallies.entities)) };
  } catch {
    return null;
  }
}

/** The documents of an update's batch as `readGraphJsonForUpdate` needs them (extractions fit). */
export type UpdateBatch = Iterable<UpdateItem>;
/** One document of such a batch. */
export interface UpdateItem {
  document: { id: string; published: string | null };
  events?: readonly { date: string | null }[];
}

/**
 * The days a batch touches (its documents' days, its events' dates, and for a document it replaces the old day and
 * the dates of the events the old one reports: the RDF of those days is written again) and its documents' keys.
 */
function touchedDays(graph: KnowledgeGraph, batch: UpdateBatch): { days: Set<string>; keys: Set<string> } {
  const days = new Set<string>();
  const keys = new Set<string>();
  const replaced = new Set<string>();
  for (const { document, events } of batch) {
    const key = documentKey(document.id);
    keys.add(key);
    days.add(documentDay(document.published));
    for (const event of events ?? []) days.add(documentDay(event.date));
    if (!graph.hasNode(key)) continue;
    const old = graph.getNodeAttributes(key);
    if (old.kind === 'document') days.add(documentDay(old.published));
    replaced.add(document.id);
  }
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === 'event' && replaced.size && attributes.reports.some((r) => replaced.has(r.document))) days.add(documentDay(attributes.date));
  });
  return { days, keys };
}

/**
 * The event dates (as days) whose events an update with `batch` must hold, decided before any event is read: its
 * documents' days (their RDF parts hold that date's events too), its events' dates, and for a document it replaces
 * (a document node of `graph`, every one of which is read by then) the old day and the dates of the events that
 * document reports (from json/events.json's records).
 */
function eventDaysTouched(graph: KnowledgeGraph, batch: readonly UpdateItem[], records: ReadonlyMap<string, EventRecord>): Set<string> {
  const days = new Set<string>();
  const ids = new Set<string>();
  for (const { document, events } of batch) {
    days.add(documentDay(document.published));
    for (const event of events ?? []) days.add(documentDay(event.date));
    const key = documentKey(document.id);
    if (!graph.hasNode(key)) continue;
    const old = graph.getNodeAttributes(key);
    if (old.kind === 'document') days.add(documentDay(old.published));
    ids.add(document.id);
  }
  if (ids.size) for (const record of records.values()) if (record[4].some((document) => ids.has(document))) days.add(documentDay(record[0]));
  return days;
}

/** json/events.json of parts folder `folder`, or null when it is missing, unreadable or of another version. */
function readEventsFile(folder: string): EventsFile | null {
  try {
    const file = JSON.parse(readFileSync(join(folder, JSON_EVENTS), 'utf8')) as Partial<EventsFile>;
    if (file.version !== EVENT_DAYS_VERSION || !Array.isArray(file.parts) || typeof file.events !== 'object' || file.events === null) return null;
    return file as EventsFile;
  } catch {
    return null;
  }
}

/**
 * The publication days whose relation evidence an update with `touched` days reads: those days (the RDF of their
 * documents is written again, and a replaced document's records are on its old day), and the days of the documents
 * that report the events of those dates (an event's RDF points at the evidence node of its reports' documents, which
 * may lie on any day: src/rdf/quads.ts `evidenceNode`).
 */
export function evidenceDaysToRead(graph: KnowledgeGraph, touched: ReadonlySet<string>): Set<string> {
  const days = new Set(touched);
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind !== 'event' || !touched.has(documentDay(attributes.date))) return;
    for (const report of attributes.reports) {
      const key = documentKey(report.document);
      if (graph.hasNode(key)) days.add(documentDay((graph.getNodeAttributes(key) as { published?: string | null }).published));
    }
  });
  return days;
}

/**
 * The mentions parts a batch leaves alone: every part of the index but those holding a document of the batch, a
 * document published on a day the batch touches (`touchedDays`: the RDF of those days needs their mentions), or the
 * place where a new document's lines fall (its run is written again).
 */
function partsLeftAlone(graph: KnowledgeGraph, parts: readonly SkippedPart[], touched: { days: Set<string>; keys: Set<string> }): Set<string> {
  const { days, keys } = touched;
  const wanted = new Set(keys);
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'document' && days.has(documentDay(attributes.published))) wanted.add(key);
  });
  return mentionPartsLeftAlone(parts, wanted, keys);
}

/**
 * The mentions parts left alone when the documents of `wanted` (the batch's own and those of the days it touches) need
 * theirs: every part but those holding such a document or where the lines of a document of the batch (`keys`) fall.
 */
function mentionPartsLeftAlone(parts: readonly SkippedPart[], wanted: ReadonlySet<string>, keys: ReadonlySet<string>): Set<string> {
  // Where each document's mentions lines fall: the last part starting at or before them (the first part when none).
  const landing = new Set<number>();
  for (const key of keys) landing.add(lastAtOrBefore(parts.length, (i) => (parts[i] as SkippedPart).first, `mentions|${key}|`));
  const out = new Set<string>();
  parts.forEach((part, i) => {
    if (!landing.has(i) && !part.owners.some((owner) => wanted.has(owner))) out.add(part.name);
  });
  return out;
}

/** json/documents.json of parts folder `folder`, or null when it is missing, unreadable or of another version. */
function readDocumentsFile(folder: string): DocumentsFile | null {
  try {
    const file = JSON.parse(readFileSync(join(folder, JSON_DOCUMENTS), 'utf8')) as Partial<DocumentsFile>;
    if (file.version !== DOCUMENT_DAYS_VERSION || !Array.isArray(file.parts) || typeof file.days !== 'object' || file.days === null) return null;
    return file as DocumentsFile;
  } catch {
    return null;
  }
}

/** What an update with a batch reads, decided from the sidecars before graph.json is opened (`planFromSidecars`). */
interface ReadPlan {
  /** The days the batch touches (as `touchedDays` finds them) and its documents' keys. */
  touched: { days: Set<string>; keys: Set<string> };
  /** The parts left unread: of mentions, of event lines, of document node lines. */
  mentions: Set<string>;
  events: Set<string>;
  documents: Set<string>;
  /** Document key -> day, of every document (json/documents.json). */
  days: Map<string, string>;
}

/**
 * What an update with `batch` reads, from json/documents.json (every document's day) and json/events.json (every
 * event's record) alone: the days it touches (its documents' days and events' dates, and for a document it replaces
 * the old day and the dates of the events that document reports), the event parts of the other dates
 * (`eventPartsLeftAlone`), the mentions parts of the documents it leaves alone (`mentionPartsLeftAlone`), and the
 * document node parts of the documents it needs no line of: a document node is read when it is one of the batch's,
 * published on a touched day, owns a mentions part read (its edges need their source) or reports an event read (the
 * event's report edge needs its target).
 */
function planFromSidecars(batch: readonly UpdateItem[], mentionParts: readonly SkippedPart[], events: EventsFile, documents: DocumentsFile): ReadPlan {
  const days = new Map(Object.entries(documents.days));
  const records = new Map(Object.entries(events.events));
  const touched = { days: new Set<string>(), keys: new Set<string>() };
  const replaced = new Set<string>();
  for (const { document, events: reported } of batch) {
    const key = documentKey(document.id);
    touched.keys.add(key);
    touched.days.add(documentDay(document.published));
    for (const event of reported ?? []) touched.days.add(documentDay(event.date));
    const old = days.get(key);
    if (old === undefined) continue;
    touched.days.add(old);
    replaced.add(document.id);
  }
  if (replaced.size) for (const record of records.values()) if (record[4].some((document) => replaced.has(document))) touched.days.add(documentDay(record[0]));
  const eventsLeft = eventPartsLeftAlone(events.parts, records, touched.days);
  const wanted = new Set(touched.keys);
  for (const [key, day] of days) if (touched.days.has(day)) wanted.add(key);
  const mentionsLeft = mentionPartsLeftAlone(mentionParts, wanted, touched.keys);
  const nodes = new Set(wanted);
  for (const part of mentionParts) if (!mentionsLeft.has(part.name)) for (const owner of part.owners) nodes.add(owner);
  // Mentions lines in a part with an event's role edges (not in json/mentions.json) are always read.
  for (const part of documents.parts) if (part.edges) for (const owner of part.owners) nodes.add(owner);
  let reportersKnown = true;
  for (const part of events.parts) {
    if (part.section !== 'nodes' || eventsLeft.has(part.name)) continue;
    for (const owner of part.owners) {
      const record = records.get(owner);
      if (record) for (const document of record[4]) nodes.add(documentKey(document));
      else reportersKnown = false;
    }
  }
  // An event read without a record names reporters no sidecar gives: every document node is read then.
  const documentsLeft = reportersKnown ? documentPartsLeftAlone(documents.parts, nodes, touched.keys) : new Set<string>();
  return { touched, mentions: mentionsLeft, events: eventsLeft, documents: documentsLeft, days };
}

/**
 * Reads graph.json for `build --update` with `batch`: every node and every edge but the mentions lines of the
 * documents the batch leaves alone (parts that are never opened), with every entity's mention tally read from the
 * file kept beside the parts, so the update costs the graph's head and events plus the parts it touches instead of
 * the whole file (at 100,000 articles the mentions are about 40 % of graph.json and 44 % of the loaded heap). The
 * graph is marked as read in part (`partialRead`): the writers link the parts left unread, and a change that needs
 * them throws `NeedsWholeGraph` (src/output `updateGraph` then reads the whole graph). With json/documents.json
 * (session 22), what is read is decided before the read (`planFromSidecars`) and the document node lines the batch
 * needs nothing of are left unread too (./document-days.ts). A build folder without the
 * sidecar files (written by an older newsgraph, or joined) is read whole, as `readGraphJson` does.
 */
export async function readGraphJsonForUpdate(path: string, batch: UpdateBatch): Promise<KnowledgeGraph> {
  const items = [...batch];
  for (let attempt = 1; ; attempt++) {
    const source = graphJsonSource(path);
    if (!source) throw new NotFoundError(`${path}: no graph.json (joined or in parts); expected a folder written by newsgraph build`);
    const sidecars = source.folder ? readSidecars(source.folder) : null;
    try {
      if (!sidecars) return await readSource(source, {});
      const byName = new Map(sidecars.parts.map((part) => [part.name, part]));
      let touched: ReturnType<typeof touchedDays> | null = null;
      let leftAlone: Set<string> | null = null;
      const skipped: SkippedPart[] = [];
      // The relation evidence of the days the update does not need is left out when the aggregates of every edge's
      // days are kept beside the parts (json/relations.json; a build of an older newsgraph has none).
      const relations = source.folder ? readRelationDays(source.folder) : null;
      let evidenceDays: Set<string> | null = null;
      const unreadDays = new Set<string>();
      // The event parts of the dates the batch does not touch are left unread when json/events.json is there.
      const events = source.folder ? readEventsFile(source.folder) : null;
      const eventParts = new Map((events?.parts ?? []).map((part) => [part.name, part]));
      const eventRecordsRead = new Map(Object.entries(events?.events ?? {}));
      let eventsLeftAlone: Set<string> | null = null;
      const skippedEvents: EventPart[] = [];
      // With json/documents.json (and events.json), every choice is made before the read, from the sidecars, and the
      // document node parts the batch needs no line of are left unread too; without it, as the parts come.
      const documents = source.folder && events ? readDocumentsFile(source.folder) : null;
      const plan = documents && events ? planFromSidecars(items, sidecars.parts, events, documents) : null;
      const documentParts = new Map((documents?.parts ?? []).map((part) => [part.name, part]));
      const skippedDocumentParts: DocumentPart[] = [];
      if (plan) {
        touched = plan.touched;
        leftAlone = plan.mentions;
        eventsLeftAlone = plan.events;
      }
      const graph = await readLines(source, true, {
        skip(read, name, documentsRead) {
          const eventPart = eventParts.get(name);
          if (eventPart) {
            // A part with other lines too is always read (it may hold the last document nodes: no decision yet).
            if (eventPart.mixed) return false;
            // Decided once, at the first event part: with every document node read (else every event is read).
            eventsLeftAlone ??= documentsRead ? eventPartsLeftAlone(events?.parts ?? [], eventRecordsRead, eventDaysTouched(read, items, eventRecordsRead)) : new Set();
            if (!eventsLeftAlone.has(name)) return false;
            skippedEvents.push(eventPart);
            return true;
          }
          const documentPart = plan ? documentParts.get(name) : undefined;
          if (documentPart) {
            if (!plan?.documents.has(name)) return false;
            skippedDocumentParts.push(documentPart);
            return true;
          }
          const part = byName.get(name);
          if (!part) return false;
          touched ??= touchedDays(read, items);
          leftAlone ??= partsLeftAlone(read, sidecars.parts, touched);
          if (!leftAlone.has(name)) return false;
          skipped.push(part);
          return true;
        },
        skipRange: relations
          ? (read, name) => {
              if (!name.startsWith(EVIDENCE_PREFIX)) return false;
              touched ??= touchedDays(read, items);
              evidenceDays ??= evidenceDaysToRead(read, touched.days);
              const day = name.slice(EVIDENCE_PREFIX.length);
              if (evidenceDays.has(day)) return false;
              unreadDays.add(day);
              return true;
            }
          : undefined,
      });
      attachEntityTallies(graph, sidecars.tallies);
      if (skippedEvents.length) markUnreadEvents(graph, skippedEvents, eventRecordsRead);
      if (skippedDocumentParts.length) markUnreadDocuments(graph, skippedDocumentParts, (plan as ReadPlan).days);
      if (skipped.length || unreadDays.size || skippedEvents.length || skippedDocumentParts.length) {
        const skippedDocuments = new Set(skipped.flatMap((part) => part.owners));
        markPartial(graph, { generation: dirname(source.folder as string), skipped, skippedDocuments });
      }
      if (unreadDays.size) markUnreadEvidence(graph, { days: unreadDays, relations: unreadFromRecord(relations as RelationDaysRecord, unreadDays) });
      return graph;
    } catch (error) {
      // Not the writer's layout (a graph.json edited by hand): read whole, as `readGraphJson` would.
      if (error instanceof LayoutMismatch) return await readGraphJson(path);
      if (!(error instanceof GenerationChanged) || attempt >= READ_ATTEMPTS) throw error;
    }
  }
}

/** The name of an evidence part without its day (see json-parts.ts `evidencePartName`). */
const EVIDENCE_PREFIX = evidencePartName('');

/** json/relations.json of parts folder `folder`, or null when it is missing, unreadable or of another version. */
function readRelationDays(folder: string): RelationDaysRecord | null {
  try {
    const file = JSON.parse(readFileSync(join(folder, JSON_RELATIONS), 'utf8')) as { version?: unknown; relations?: RelationDaysRecord };
    if (file.version !== RELATION_DAYS_VERSION || typeof file.relations !== 'object' || file.relations === null) return null;
    return file.relations;
  } catch {
    return null;
  }
}
