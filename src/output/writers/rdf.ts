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
import { RDF_FORMATS, writeQuadBlocks, type RdfFormat } from '../../rdf/files.ts';
import { HEAD_PART, SHARD_LAYOUT_VERSION, SHARD_MANIFEST, partsFolder, readShardManifest, type ShardManifest } from '../../rdf/parts.ts';
import { GraphQuads, SharedQuads, documentDay } from '../../rdf/quads.ts';
import { TextSink } from '../../util/text-sink.ts';
import type { OutputFormat, OutputWriter } from '../types.ts';

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

/** Writes one part file from quad blocks; resolves to its number of quads. */
async function writePart(path: string, blocks: Iterable<Quad[]>, format: RdfFormat, header: boolean): Promise<number> {
  const sink = new TextSink(createWriteStream(path, { flush: true }));
  try {
    const count = await writeQuadBlocks(blocks, format, sink, header);
    await sink.end();
    return count;
  } catch (error) {
    sink.destroy();
    throw error;
  }
}

/** Where the RDF writers of one export keep their `SharedQuads` (`OutputFiles.shared`). */
const SHARED_KEY = 'rdf-quads';

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
      // 1. The parts: the head always, each day unless the previous generation has it unchanged.
      const folder = partsFolder(files.folder, format);
      mkdirSync(folder, { recursive: true });
      const previousFolder = files.previous && files.changedDays ? partsFolder(files.previous, format) : null;
      const previous = previousFolder ? readShardManifest(previousFolder) : null;
      // The head's quads and the evidence index are made once for the three syntaxes (see rdf `SharedQuads`).
      let shared = files.shared?.get(SHARED_KEY) as SharedQuads | undefined;
      if (files.shared && !shared) files.shared.set(SHARED_KEY, (shared = new SharedQuads()));
      const quads = new GraphQuads(graph, spec.quads, shared ?? null);
      const manifest: ShardManifest = { version: SHARD_LAYOUT_VERSION, quads: {} };
      manifest.quads[HEAD_PART] = await writePart(join(folder, `${HEAD_PART}${ext}`), quads.head(), format, true);
      const days = quads.parts();
      for (const [day, part] of days) {
        const name = `${day}${ext}`;
        const kept = previous?.quads[day];
        if (previousFolder && kept !== undefined && !files.changedDays?.has(day) && existsSync(join(previousFolder, name))) {
          linkSync(join(previousFolder, name), join(folder, name));
          manifest.quads[day] = kept;
          continue;
        }
        manifest.quads[day] = await writePart(join(folder, name), quads.partBlocks(part), format, false);
      }
      writeFileSync(join(folder, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`, { flush: true });
      syncPath(folder);
      syncPath(join(files.folder, 'rdf'));
      // 2. The whole file, only when asked (`build --joined`): the parts in order, copied as bytes. Readers read the
      //    parts (src/rdf/parts.ts), so without it an update's I/O follows the days it touches.
      if (files.joined) {
        const sink = files.open(file);
        for (const part of [HEAD_PART, ...days.keys()]) {
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
