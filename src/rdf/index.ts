/**
 * The knowledge graph as RDF (Node: includes the streaming writer and the import; build folders are src/output's).
 * Browser code imports the browser-safe modules directly: vocabulary.ts, quads.ts, fromQuads.ts, validate.ts.
 */
export { importGraph, readQuads, writeRdf, writeRdfToSink, RDF_FORMATS, IMPORTABLE_FILES, type RdfFormat } from './files.ts';
export { forEachQuad, graphToQuads, quadBlocks, dateLiteral, DEFAULT_QUAD_OPTIONS, type QuadOptions } from './quads.ts';
export { quadsToGraph } from './fromQuads.ts';
export { parseShapes, validateQuads, type ShaclOutcome, type ShaclViolation } from './validate.ts';
export * from './vocabulary.ts';
