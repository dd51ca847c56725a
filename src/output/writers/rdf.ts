/**
 * The RDF writers: graph.ttl (Turtle), graph.nt (N-Triples) and graph.trig (TriG, one named graph per article),
 * all streamed by n3 through `writeRdfToSink` (rdf/files.ts).
 */
import { RDF_FORMATS, writeRdfToSink, type RdfFormat } from '../../rdf/files.ts';
import type { OutputFormat, OutputWriter } from '../types.ts';

/** A writer for one RDF syntax. */
function rdfWriter(id: OutputFormat, format: RdfFormat, description: string): OutputWriter {
  const file = RDF_FORMATS[format].file;
  return {
    id,
    files: [file],
    description,
    async write(graph, files) {
      const count = await writeRdfToSink(graph, format, files.open(file));
      return format === 'trig' ? { quads: count } : { triples: count };
    },
  };
}

export const turtleWriter = rdfWriter('ttl', 'turtle', 'graph.ttl: RDF in Turtle, against ontology/newsgraph.ttl');
export const ntriplesWriter = rdfWriter('nt', 'ntriples', 'graph.nt: the same triples as N-Triples (SPARQL loads it fastest)');
export const trigWriter = rdfWriter('trig', 'trig', 'graph.trig: TriG with one named graph per article (what push sends)');
