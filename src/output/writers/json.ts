/**
 * graph.json: graphology's serialisation plus `formatVersion` (see graph/serialize.ts), streamed one node or edge
 * line at a time. The explorer, `loadGraph`, `import` and `build --update` read it.
 */
import { serializeGraphChunks } from '../../graph/serialize.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import type { TextSink } from '../../util/text-sink.ts';
import type { OutputWriter } from '../types.ts';

/** Streams the canonical graph.json text of `graph` into `sink` (the caller ends the sink). */
export async function writeGraphJson(graph: KnowledgeGraph, sink: TextSink): Promise<void> {
  for (const chunk of serializeGraphChunks(graph)) {
    sink.write(chunk);
    if (sink.full) await sink.flush();
  }
  await sink.flush();
}

/** The graph.json writer. */
export const jsonWriter: OutputWriter = {
  id: 'json',
  files: ['graph.json'],
  description: 'graph.json: the graphology graph (explorer, query API, import, --update)',
  async write(graph, files) {
    await writeGraphJson(graph, files.open('graph.json'));
    return {};
  },
};
