/**
 * The knowledge graph as RDF (Node: includes the file export and import). Browser code imports the browser-safe
 * modules directly: vocabulary.ts, quads.ts, fromQuads.ts, validate.ts.
 */
export { exportGraph, importGraph, readQuads, writeRdf, RDF_FORMATS, DEFAULT_EXPORT_OPTIONS, type ExportOptions, type ExportReport, type RdfFormat } from './files.ts';
export { forEachQuad, graphToQuads, quadBlocks, dateLiteral, DEFAULT_QUAD_OPTIONS, type QuadOptions } from './quads.ts';
export { quadsToGraph } from './fromQuads.ts';
export { parseShapes, validateQuads, type ShaclOutcome, type ShaclViolation } from './validate.ts';
export * from './vocabulary.ts';
