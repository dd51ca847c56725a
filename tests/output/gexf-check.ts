/**
 * A structural check of a GEXF 1.3 document, independent of the writer: well-formed XML (parsed by @xmldom/xmldom),
 * the 1.3 namespaces and version, the element order of the schema (meta, graph; attributes, nodes, edges), declared
 * attributes with unique ids and known types, every attvalue declared in its class and valid for its type, unique
 * node and edge ids, edges between existing nodes, and parallel edges told apart by `kind` (as 1.3 requires).
 * Returns the problems found (empty when the document passes).
 */
import { DOMParser } from '@xmldom/xmldom';

const GEXF = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';
const SCALAR = ['integer', 'long', 'double', 'float', 'boolean', 'bigdecimal', 'biginteger', 'byte', 'char', 'short', 'string', 'anyURI'];
const TYPES = new Set([...SCALAR, ...SCALAR.filter((t) => t !== 'anyURI' && t !== 'string').map((t) => `list${t}`), 'liststring']);

type El = Element;

function children(el: El): El[] {
  const out: El[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) out.push(node as El);
  return out;
}

/** Items of a 1.3 list value `[a, "b", ...]`: quoted items with backslash escapes, or bare items; null when malformed. */
export function listItems(value: string): string[] | null {
  if (!value.startsWith('[') || !value.endsWith(']')) return null;
  const items: string[] = [];
  const body = value.slice(1, -1);
  let i = 0;
  while (i < body.length) {
    while (body[i] === ' ') i++;
    if (i >= body.length) break;
    let item = '';
    if (body[i] === '"') {
      i++;
      for (; i < body.length && body[i] !== '"'; i++) {
        if (body[i] === '\\') {
          const next = body[++i];
          item += next === 'n' ? '\n' : next === 'r' ? '\r' : next === 't' ? '\t' : (next ?? '');
        } else item += body[i];
      }
      if (body[i] !== '"') return null;
      i++;
    } else {
      for (; i < body.length && body[i] !== ','; i++) item += body[i];
      item = item.trim();
    }
    items.push(item);
    while (body[i] === ' ') i++;
    if (i < body.length && body[i] !== ',') return null;
    i++;
  }
  return items;
}

function validValue(type: string, value: string): boolean {
  if (type.startsWith('list')) {
    const items = listItems(value);
    return items?.every((item) => validValue(type.slice(4), item)) ?? false;
  }
  switch (type) {
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'biginteger':
      return /^[+-]?\d+$/.test(value);
    case 'double':
    case 'float':
    case 'bigdecimal':
      return value.trim() !== '' && Number.isFinite(Number(value));
    case 'boolean':
      return value === 'true' || value === 'false';
    case 'char':
      return [...value].length === 1;
    default:
      return true;
  }
}

/** The problems of GEXF text `xml` (see the file banner). */
export function checkGexf(xml: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: (m: string) => problems.push(`xml warning: ${m}`),
      error: (m: string) => problems.push(`xml error: ${m}`),
      fatalError: (m: string) => problems.push(`xml fatal: ${m}`),
    },
  }).parseFromString(xml, 'application/xml');
  const root = doc.documentElement;
  if (!root || problems.length) return problems.length ? problems : ['no root element'];
  // 1. Root, namespaces, version.
  if (root.localName !== 'gexf' || root.namespaceURI !== GEXF) problems.push(`root is {${root.namespaceURI}}${root.localName}; expected {${GEXF}}gexf`);
  if (root.getAttribute('version') !== '1.3') problems.push(`version ${root.getAttribute('version')}; expected 1.3`);
  if (root.getAttribute('xmlns:viz') !== VIZ) problems.push(`viz namespace ${root.getAttribute('xmlns:viz')}; expected ${VIZ}`);
  const location = root.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation');
  if (location && !location.startsWith(`${GEXF} `)) problems.push(`schemaLocation ${location} does not name ${GEXF}`);
  // 2. Every element in the GEXF or viz namespace.
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as El;
    if (el.namespaceURI !== GEXF && el.namespaceURI !== VIZ) problems.push(`element ${el.tagName} outside the GEXF namespaces`);
    if (el.namespaceURI === VIZ && !['color', 'position', 'size', 'shape', 'thickness'].includes(el.localName ?? '')) problems.push(`unknown viz element ${el.tagName}`);
  }
  // 3. gexf: meta?, graph.
  const top = children(root).map((el) => el.localName);
  if (!(top.join() === 'meta,graph' || top.join() === 'graph')) problems.push(`gexf holds ${top.join()}; expected meta?, graph`);
  const meta = children(root).find((el) => el.localName === 'meta');
  for (const el of meta ? children(meta) : []) if (!['creator', 'keywords', 'description'].includes(el.localName ?? '')) problems.push(`meta holds ${el.localName}`);
  const graph = children(root).find((el) => el.localName === 'graph');
  if (!graph) return [...problems, 'no graph element'];
  const enumCheck = (name: string, allowed: string[]) => {
    const value = graph.getAttribute(name);
    if (value && !allowed.includes(value)) problems.push(`graph ${name}="${value}"; expected ${allowed.join('|')}`);
  };
  enumCheck('defaultedgetype', ['directed', 'undirected', 'mutual']);
  enumCheck('mode', ['static', 'dynamic']);
  enumCheck('idtype', ['string', 'integer']);
  // 4. graph: attributes*, nodes, edges.
  const order = children(graph).map((el) => el.localName);
  const firstOther = order.findIndex((name) => name !== 'attributes');
  if (order.slice(firstOther).join() !== 'nodes,edges') problems.push(`graph holds ${order.join()}; expected attributes*, nodes, edges`);
  const declared: Record<string, Map<string, string>> = { node: new Map(), edge: new Map() };
  for (const block of children(graph).filter((el) => el.localName === 'attributes')) {
    const cls = block.getAttribute('class') ?? '';
    const model = declared[cls];
    if (!model) {
      problems.push(`attributes class "${cls}"`);
      continue;
    }
    for (const attribute of children(block)) {
      const id = attribute.getAttribute('id') ?? '';
      const type = attribute.getAttribute('type') ?? '';
      if (!id || !attribute.hasAttribute('title')) problems.push(`${cls} attribute without id or title`);
      if (!TYPES.has(type)) problems.push(`${cls} attribute ${id} has type "${type}"`);
      if (model.has(id)) problems.push(`${cls} attribute id ${id} declared twice`);
      model.set(id, type);
    }
  }
  // 5. Nodes and edges: unique ids, declared and valid values, existing endpoints, parallel edges apart by kind.
  const checkValues = (cls: 'node' | 'edge', el: El, id: string) => {
    const seen = new Set<string>();
    for (const block of children(el).filter((c) => c.localName === 'attvalues')) {
      for (const value of children(block)) {
        const key = value.getAttribute('for') ?? '';
        const type = declared[cls]!.get(key);
        if (type === undefined) problems.push(`${cls} ${id}: attvalue for undeclared "${key}"`);
        else if (!validValue(type, value.getAttribute('value') ?? '')) problems.push(`${cls} ${id}: "${value.getAttribute('value')}" is not a ${type}`);
        if (seen.has(key)) problems.push(`${cls} ${id}: two values for ${key}`);
        seen.add(key);
      }
    }
  };
  const [nodesEl, edgesEl] = ['nodes', 'edges'].map((name) => children(graph).find((el) => el.localName === name));
  const nodeIds = new Set<string>();
  for (const node of nodesEl ? children(nodesEl) : []) {
    const id = node.getAttribute('id') ?? '';
    if (node.localName !== 'node' || !node.hasAttribute('id')) problems.push(`nodes holds ${node.tagName} without id`);
    if (nodeIds.has(id)) problems.push(`node id ${id} twice`);
    nodeIds.add(id);
    checkValues('node', node, id);
  }
  const edgeIds = new Set<string>();
  const kinds = new Map<string, Set<string>>();
  for (const edge of edgesEl ? children(edgesEl) : []) {
    const id = edge.getAttribute('id') ?? '';
    const [source, target] = [edge.getAttribute('source') ?? '', edge.getAttribute('target') ?? ''];
    if (edgeIds.has(id)) problems.push(`edge id ${id} twice`);
    edgeIds.add(id);
    if (!nodeIds.has(source) || !nodeIds.has(target)) problems.push(`edge ${id} joins a missing node`);
    const weight = edge.getAttribute('weight');
    if (weight !== null && weight !== '' && !validValue('double', weight)) problems.push(`edge ${id}: weight ${weight}`);
    const pair = `${source}\u0000${target}`;
    const kind = edge.getAttribute('kind') ?? '';
    const used = kinds.get(pair) ?? new Set<string>();
    if (used.has(kind)) problems.push(`edges ${source} -> ${target}: parallel edges share kind "${kind}"`);
    used.add(kind);
    kinds.set(pair, used);
    checkValues('edge', edge, id);
  }
  for (const [el, count] of [[nodesEl, nodeIds.size], [edgesEl, edgeIds.size]] as const) {
    const stated = el?.getAttribute('count');
    if (stated && Number(stated) !== count) problems.push(`${el?.localName} count="${stated}" but ${count} elements`);
  }
  return problems;
}
