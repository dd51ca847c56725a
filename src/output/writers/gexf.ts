/**
 * graph.gexf: the graph in GEXF 1.3 for Gephi (and any GEXF reader, graphology-gexf included), streamed element by
 * element. Nodes and edges come in key order, so the same graph gives the same bytes.
 *
 * Mapping: every node and edge attribute of the knowledge graph is a declared GEXF attribute (`attributes` with
 * class node or edge, typed: string, integer, boolean, liststring); null values are left out; layout positions go to
 * `viz:position`. An edge's GEXF `kind` is its predicate (or `mentions`, or an event edge's role), which keeps parallel
 * edges between two nodes apart as GEXF 1.3 asks; relation edges carry `label` = predicate and `weight` = number of
 * documents. Evidence records and an event's weapon lines and reports (objects) are one JSON text, keys sorted.
 * Characters XML 1.0 cannot hold (most control characters, lone surrogates) become U+FFFD.
 */
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../graph/types.ts';
import { stableStringify } from '../../graph/serialize.ts';
import { compareStrings } from '../../graph/text.ts';
import type { TextSink } from '../../util/text-sink.ts';
import type { OutputWriter } from '../types.ts';

/** The GEXF 1.3 namespaces. */
export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/** GEXF attribute types used here. */
type GexfType = 'string' | 'integer' | 'boolean' | 'liststring';

/** One declared attribute: its id (also its title) and type. */
interface GexfAttribute {
  id: string;
  type: GexfType;
}

/** Node attributes, in declaration order (union of entity, document and event attributes). */
export const GEXF_NODE_ATTRIBUTES: readonly GexfAttribute[] = [
  { id: 'kind', type: 'string' },
  { id: 'type', type: 'string' },
  { id: 'aliases', type: 'liststring' },
  { id: 'generic', type: 'boolean' },
  { id: 'wikidata', type: 'string' },
  { id: 'documents', type: 'integer' },
  { id: 'title', type: 'string' },
  { id: 'published', type: 'string' },
  { id: 'source', type: 'string' },
  { id: 'byline', type: 'string' },
  { id: 'eventKind', type: 'string' },
  { id: 'date', type: 'string' },
  { id: 'attacker', type: 'string' },
  { id: 'targets', type: 'liststring' },
  { id: 'claimants', type: 'liststring' },
  { id: 'weapons', type: 'string' },
  { id: 'reports', type: 'string' },
  { id: 'firstPublished', type: 'string' },
  { id: 'lastPublished', type: 'string' },
];

/** Edge attributes, in declaration order (union of relation, mentions and event-role attributes; `label` is GEXF's own). */
export const GEXF_EDGE_ATTRIBUTES: readonly GexfAttribute[] = [
  { id: 'kind', type: 'string' },
  { id: 'predicate', type: 'string' },
  { id: 'documents', type: 'integer' },
  { id: 'firstDate', type: 'string' },
  { id: 'lastDate', type: 'string' },
  { id: 'evidence', type: 'string' },
  { id: 'aliases', type: 'liststring' },
  { id: 'role', type: 'string' },
];

/** Characters XML 1.0 cannot hold. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Text for an XML attribute value: escaped, whitespace kept as character references, invalid characters replaced. */
export function xmlAttribute(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}

/** A GEXF 1.3 list value: `["a", "b"]`, each item quoted with backslash escapes. */
export function gexfList(items: readonly string[]): string {
  const quoted = items.map((item) => `"${item.replace(/[\\"\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\${c}`))}"`);
  return `[${quoted.join(', ')}]`;
}

/** The text of one attribute value, or null when the value is absent. */
function valueText(type: GexfType, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'liststring') return Array.isArray(value) ? gexfList(value.map(String)) : null;
  if (typeof value === 'object') return stableStringify(value);
  return String(value);
}

/** `<attvalues>` of one element (empty string when it has none). */
function attvalues(declared: readonly GexfAttribute[], attributes: Record<string, unknown>, indent: string): string {
  let out = '';
  for (const { id, type } of declared) {
    const text = valueText(type, attributes[id]);
    if (text !== null) out += `${indent}  <attvalue for="${id}" value="${xmlAttribute(text)}"/>\n`;
  }
  return out ? `${indent}<attvalues>\n${out}${indent}</attvalues>\n` : '';
}

/** The `<attributes>` declaration of one class. */
function declarations(cls: 'node' | 'edge', declared: readonly GexfAttribute[]): string {
  let out = `    <attributes class="${cls}">\n`;
  for (const { id, type } of declared) out += `      <attribute id="${id}" title="${id}" type="${type}"/>\n`;
  return `${out}    </attributes>\n`;
}

/** One `<node>` element. */
function nodeElement(key: string, attributes: NodeAttributes): string {
  const body = attvalues(GEXF_NODE_ATTRIBUTES, attributes as unknown as Record<string, unknown>, '        ');
  const position =
    typeof attributes.x === 'number' && typeof attributes.y === 'number' && Number.isFinite(attributes.x) && Number.isFinite(attributes.y)
      ? `        <viz:position x="${attributes.x}" y="${attributes.y}"/>\n`
      : '';
  const open = `      <node id="${xmlAttribute(key)}" label="${xmlAttribute(attributes.label)}"`;
  return body || position ? `${open}>\n${body}${position}      </node>\n` : `${open}/>\n`;
}

/** One `<edge>` element. */
function edgeElement(key: string, source: string, target: string, attributes: EdgeAttributes): string {
  let open = `      <edge id="${xmlAttribute(key)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}"`;
  if (attributes.kind === 'relation') {
    open += ` kind="${attributes.predicate}" label="${attributes.predicate}" weight="${attributes.documents}"`;
  } else if (attributes.kind === 'event-role') {
    open += ` kind="${attributes.role}" label="${attributes.role}"`;
  } else {
    open += ` kind="mentions"${attributes.label !== undefined ? ` label="${xmlAttribute(attributes.label)}"` : ''}`;
  }
  const body = attvalues(GEXF_EDGE_ATTRIBUTES, attributes as unknown as Record<string, unknown>, '        ');
  return body ? `${open}>\n${body}      </edge>\n` : `${open}/>\n`;
}

/** Streams `graph` as GEXF 1.3 into `sink` (the caller ends the sink). */
export async function writeGexf(graph: KnowledgeGraph, sink: TextSink): Promise<void> {
  // 1. Header, meta and the attribute declarations.
  sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">\n` +
      '  <meta>\n    <creator>newsgraph</creator>\n' +
      '    <description>Entities, relations (with their evidence) and documents of a newsgraph build</description>\n  </meta>\n' +
      '  <graph defaultedgetype="directed" mode="static" idtype="string">\n' +
      declarations('node', GEXF_NODE_ATTRIBUTES) +
      declarations('edge', GEXF_EDGE_ATTRIBUTES),
  );
  // 2. Nodes, in key order.
  sink.write(`    <nodes count="${graph.order}">\n`);
  for (const key of graph.nodes().sort(compareStrings)) {
    sink.write(nodeElement(key, graph.getNodeAttributes(key)));
    if (sink.full) await sink.flush();
  }
  // 3. Edges, in key order.
  sink.write(`    </nodes>\n    <edges count="${graph.size}">\n`);
  for (const key of graph.edges().sort(compareStrings)) {
    sink.write(edgeElement(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key)));
    if (sink.full) await sink.flush();
  }
  sink.write('    </edges>\n  </graph>\n</gexf>\n');
  await sink.flush();
}

/** The GEXF writer. */
export const gexfWriter: OutputWriter = {
  id: 'gexf',
  files: ['graph.gexf'],
  description: 'graph.gexf: GEXF 1.3 for Gephi, every node and edge attribute declared',
  async write(graph, files) {
    await writeGexf(graph, files.open('graph.gexf'));
    return {};
  },
};
