/**
 * The RDF writers: Turtle, N-Triples and TriG (one named graph per article), all streamed by n3, each written in
 * parts that an update can keep (layout and readers: src/rdf/parts.ts):
 *
 *   .gen-<id>/rdf/<format>/_head.<ext>        the graph node, entities, summaries (and direct edges without named
 *                                             graphs): rewritten by every build
 *   .gen-<id>/rdf/<format>/<YYYY-MM-DD>.<ext>  the documents published that day, then the events of that event
 *                                             date (`undated.<ext>`: the others)
 *   .gen-<id>/rdf/<format>/shards.json         quads per part, in the order they join, and the layout version
 *   .gen-<id>/graph.<ext>                      only with `build --joined`: the head and the days in order, byte for byte
 *
 * A document's quads depend on that document alone and an event's on its reports alone, so `build --update` writes
 * only the days whose documents it added, replaced or removed and the event dates of their reports (`changedDays`),
 * and hard-links every other day's part from the previous generation (the build stays one transaction: the old
 * generation is never changed). The parts joined in order have the same bytes as one writer over the whole graph
 * would give; readers read them one after the other, so an update writes no file that grows with the whole graph.
 */
import { closeSync, createReadStream, createWriteStream, existsSync, fsyncSync, linkSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { documentKey } from '../../graph/build.ts';
import { eventsOfDocument } from '../../graph/events.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { QuadBlockWriter, RDF_FORMATS, type RdfFormat } from '../../rdf/files.ts';
import { HEAD_PART, SHARD_LAYOUT_VERSION, SHARD_MANIFEST, partsFolder, readShardManifest, type ShardManifest } from '../../rdf/parts.ts';
import { GraphQuads, SharedQuads, documentDay } from '../../rdf/quads.ts';
import { TextSink } from '../../util/text-sink.ts';
import type { OutputFiles, OutputFormat, OutputWriter } from '../types.ts';

/** Version of the shard layout (see src/rdf/parts.ts); re-exported for the tests. */
export { SHARD_LAYOUT_VERSION };

/**
 * The days an update touches: the publication day of each new extraction and the event date of each of its events;
 * for each document it replaces, the old publication day and the event dates of the event nodes the old document
 * reports. (An event is rebuilt when one of its reports comes, changes or goes; its group, and so every event it can
 * merge with, has its date.) Call it before the extractions are added to `graph`.
 */
export function changedDays(
  graph: KnowledgeGraph,
  extractions: Iterable<{ document: { id: string; published: string | null }; events?: readonly { date: string | null }[] }>,
): Set<string> {
  const days = new Set<string>();
  for (const { document, events } of extractions) {
    days.add(documentDay(document.published));
    for (const event of events ?? []) days.add(documentDay(event.date));
    const key = documentKey(document.id);
    if (graph.hasNode(key)) {
      const old = graph.getNodeAttributes(key);
      if (old.kind === 'document') days.add(documentDay(old.published));
      for (const event of eventsOfDocument(graph, key)) {
        const a = graph.getNodeAttributes(event);
        if (a.kind === 'event') days.add(documentDay(a.date));
      }
    }
  }
  return days;
}

/** fsync of a file or folder by path. */
function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Where the RDF writers of one export keep their `SharedQuads` (`OutputFiles.shared`). */
const SHARED_KEY = 'rdf-quads';
/** Where the first RDF writer of one export leaves the parts it wrote for every RDF syntax asked (`writeRdfParts`). */
const PASS_KEY = 'rdf-parts';

/** The output format of each RDF syntax, in the registry's order of the RDF writers. */
const RDF_OUTPUTS: readonly [OutputFormat, RdfFormat][] = [
  ['ttl', 'turtle'],
  ['nt', 'ntriples'],
  ['trig', 'trig'],
];

/** What `writeRdfParts` wrote for one syntax: its manifest (quads per part, in order). */
type PartsWritten = Map<RdfFormat, ShardManifest>;

/** One syntax's part being written: its file, sink and writer. */
interface OpenPart {
  sink: TextSink;
  writer: QuadBlockWriter;
}

/** Opens a part file for `format` (no prefix lines unless `header`). */
function openPart(path: string, format: RdfFormat, header: boolean): OpenPart {
  const sink = new TextSink(createWriteStream(path, { flush: true }));
  return { sink, writer: new QuadBlockWriter(format, sink, header) };
}

/** Ends a part: the writer's last statement, the sink flushed and closed; resolves to its number of quads. */
async function closePart(part: OpenPart): Promise<number> {
  const count = await part.writer.end();
  await part.sink.end();
  return count;
}

/**
 * Writes the RDF parts of every syntax in `formats` into `files.folder` in one pass over the graph: the head of each
 * (its quads made once, `SharedQuads`), then day by day the parts of the syntaxes that do not link the day from the
 * previous generation, from the same quads: a document's block is made once for Turtle and N-Triples (the same quads)
 * and once more for TriG (its named graph), an event's once for all three (in the default graph in each). Each
 * syntax's parts have the bytes its own writer over the same blocks gives (one writer per part, as before).
 */
async function writeRdfParts(graph: KnowledgeGraph, files: OutputFiles, formats: readonly RdfFormat[]): Promise<PartsWritten> {
  let shared = files.shared?.get(SHARED_KEY) as SharedQuads | undefined;
  if (!shared) {
    shared = new SharedQuads();
    files.shared?.set(SHARED_KEY, shared);
  }
  const syntaxes = formats.map((format) => {
    const folder = partsFolder(files.folder, format);
    mkdirSync(folder, { recursive: true });
    const previousFolder = files.previous && files.changedDays ? partsFolder(files.previous, format) : null;
    return {
      format,
      ext: extname(RDF_FORMATS[format].file),
      folder,
      previousFolder,
      previous: previousFolder ? readShardManifest(previousFolder) : null,
      quads: new GraphQuads(graph, RDF_FORMATS[format].quads, shared),
      manifest: { version: SHARD_LAYOUT_VERSION, quads: {} } as ShardManifest,
    };
  });
  const open: OpenPart[] = [];
  try {
    // 1. The heads.
    for (const syntax of syntaxes) {
      const part = openPart(join(syntax.folder, `${HEAD_PART}${syntax.ext}`), syntax.format, true);
      open.push(part);
      for (const block of syntax.quads.head()) {
        part.writer.add(block);
        await part.writer.flushIfFull();
      }
      syntax.manifest.quads[HEAD_PART] = await closePart(part);
      open.pop();
    }
    // 2. The days, each written by the syntaxes that cannot link it.
    const plain = syntaxes.find((syntax) => !RDF_FORMATS[syntax.format].quads.namedGraphs)?.quads ?? null;
    const named = syntaxes.find((syntax) => RDF_FORMATS[syntax.format].quads.namedGraphs)?.quads ?? null;
    const days = (syntaxes[0] as (typeof syntaxes)[number]).quads.parts();
    for (const [day, dayPart] of days) {
      const writing: { syntax: (typeof syntaxes)[number]; part: OpenPart }[] = [];
      for (const syntax of syntaxes) {
        const name = `${day}${syntax.ext}`;
        const kept = syntax.previous?.quads[day];
        if (syntax.previousFolder && kept !== undefined && !files.changedDays?.has(day) && existsSync(join(syntax.previousFolder, name))) {
          linkSync(join(syntax.previousFolder, name), join(syntax.folder, name));
          syntax.manifest.quads[day] = kept;
          continue;
        }
        const part = openPart(join(syntax.folder, name), syntax.format, false);
        open.push(part);
        writing.push({ syntax, part });
      }
      if (writing.length === 0) continue;
      const plainWanted = writing.some(({ syntax }) => !RDF_FORMATS[syntax.format].quads.namedGraphs);
      const namedWanted = writing.some(({ syntax }) => RDF_FORMATS[syntax.format].quads.namedGraphs);
      const feed = async (plainBlock: Quad[] | null, namedBlock: Quad[] | null): Promise<void> => {
        for (const { syntax, part } of writing) {
          part.writer.add((RDF_FORMATS[syntax.format].quads.namedGraphs ? namedBlock : plainBlock) as Quad[]);
          await part.writer.flushIfFull();
        }
      };
      for (const key of dayPart.documents) {
        await feed(plainWanted ? (plain as GraphQuads).documentBlock(key) : null, namedWanted ? (named as GraphQuads).documentBlock(key) : null);
      }
      for (const key of dayPart.events) {
        // An event's quads are in the default graph in every syntax: one block for all.
        const block = (plain ?? (named as GraphQuads)).eventBlock(key);
        await feed(block, block);
      }
      for (const { syntax, part } of writing) {
        syntax.manifest.quads[day] = await closePart(part);
        open.splice(open.indexOf(part), 1);
      }
    }
  } catch (error) {
    for (const part of open) part.sink.destroy();
    throw error;
  }
  const written: PartsWritten = new Map();
  for (const syntax of syntaxes) {
    writeFileSync(join(syntax.folder, SHARD_MANIFEST), `${JSON.stringify(syntax.manifest)}\n`, { flush: true });
    syncPath(syntax.folder);
    written.set(syntax.format, syntax.manifest);
  }
  syncPath(join(files.folder, 'rdf'));
  return written;
}

/** A writer for one RDF syntax. */
function rdfWriter(id: OutputFormat, format: RdfFormat, description: string): OutputWriter {
  const spec = RDF_FORMATS[format];
  const file = spec.file;
  const ext = extname(file);
  return {
    id,
    files: [file],
    optional: [file],
    present: (generation) => readShardManifest(partsFolder(generation, format)) !== null || existsSync(join(generation, file)),
    description,
    async write(graph, files) {
      // 1. The parts: the head always, each day unless the previous generation has it unchanged. The first RDF writer
      //    of an export writes those of every RDF syntax it asks, in one pass; the others find theirs written.
      const folder = partsFolder(files.folder, format);
      const done = (files.shared?.get(PASS_KEY) as PartsWritten | undefined) ?? new Map<RdfFormat, ShardManifest>();
      let manifest = done.get(format);
      if (!manifest) {
        const asked = files.shared ? RDF_OUTPUTS.filter(([output, syntax]) => output === id || (files.formats?.includes(output) && !done.has(syntax))).map(([, syntax]) => syntax) : [format];
        for (const [syntax, written] of await writeRdfParts(graph, files, asked)) done.set(syntax, written);
        files.shared?.set(PASS_KEY, done);
        manifest = done.get(format) as ShardManifest;
      }
      // 2. The whole file, only when asked (`build --joined`): the parts in order, copied as bytes. Readers read the
      //    parts (src/rdf/parts.ts), so without it an update's I/O follows the days it touches.
      if (files.joined) {
        const sink = files.open(file);
        for (const part of Object.keys(manifest.quads)) {
          for await (const chunk of createReadStream(join(folder, `${part}${ext}`), { highWaterMark: 1 << 20 })) await sink.writeBytes(chunk as Buffer);
        }
        await sink.flush();
      }
      const count = Object.values(manifest.quads).reduce((sum, n) => sum + n, 0);
      return format === 'trig' ? { quads: count } : { triples: count };
    },
  };
}

export const turtleWriter = rdfWriter('ttl', 'turtle', 'graph.ttl: RDF in Turtle, against ontology/newsgraph.ttl');
export const ntriplesWriter = rdfWriter('nt', 'ntriples', 'graph.nt: the same triples as N-Triples (SPARQL loads it fastest)');
export const trigWriter = rdfWriter('trig', 'trig', 'graph.trig: TriG with one named graph per article (what push sends)');
