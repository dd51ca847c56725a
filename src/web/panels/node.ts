/**
 * The node panel: type, aliases, Wikidata link (or, for a document, its title, date and link), and the node's
 * relations grouped by predicate with their counts.
 */
import { PREDICATES } from '../../domain/index.ts';
import { predicateColor, predicateLabel, typeColor, typeLabel } from '../appearance/index.ts';
import { isSummary } from '../../graph/summary.ts';
import type { RelationAttributes } from '../graph/types.ts';
import { displayAliases } from './aliases.ts';
import { button, el, safeLink } from './dom.ts';
import type { PanelContext } from './types.ts';

interface RelationRow {
  edge: string;
  other: string;
  outgoing: boolean;
  sources: number;
}

/** Fills `container` with the panel of node `key`. */
export function renderNodePanel(container: HTMLElement, key: string, context: PanelContext): void {
  const { graph } = context;
  const attributes = graph.getNodeAttributes(key);
  container.replaceChildren();
  // 1. Header
  const swatch = el('span', 'swatch');
  swatch.style.background = typeColor(attributes.type);
  container.append(
    el('div', 'panel-head', el('h2', 'panel-title', attributes.label), button('×', 'close', () => context.close())),
    el('p', 'panel-type', swatch, typeLabel(attributes.type)),
  );
  // 2. Facts
  const facts = el('dl', 'facts');
  const fact = (name: string, value: Node | string): void => {
    facts.append(el('dt', null, name), el('dd', null, value));
  };
  if (attributes.kind === 'entity') {
    const aliases = displayAliases(attributes.label, attributes.aliases);
    if (aliases.length) {
      const list = el('span', 'aliases');
      list.append(...aliases.flatMap((alias, index) => (index ? [', ', el('span', 'alias', alias)] : [el('span', 'alias', alias)])));
      fact('Aliases', list);
    }
    if (attributes.wikidata && /^Q\d+$/.test(attributes.wikidata)) {
      fact('Wikidata', safeLink(`https://www.wikidata.org/wiki/${attributes.wikidata}`, attributes.wikidata));
    }
    fact('Documents', String(attributes.documents));
  } else if (attributes.kind === 'document') {
    if (attributes.title) fact('Title', attributes.title);
    if (attributes.published) fact('Published', attributes.published);
    if (attributes.byline) fact('By', attributes.byline);
    if (attributes.source) fact('Source', safeLink(attributes.source, attributes.source));
  }
  container.append(facts);
  // 3. Relations grouped by predicate
  const groups = new Map<string, RelationRow[]>();
  graph.forEachEdge(key, (edge, edgeAttributes, source, target) => {
    if (edgeAttributes.kind !== 'relation') return;
    const row: RelationRow = { edge, other: source === key ? target : source, outgoing: source === key, sources: (edgeAttributes as RelationAttributes).documents };
    const list = groups.get(edgeAttributes.predicate);
    if (list) list.push(row);
    else groups.set(edgeAttributes.predicate, [row]);
  });
  const ordered = [...groups.keys()].sort((a, b) => PREDICATES.indexOf(a as never) - PREDICATES.indexOf(b as never));
  const relations = el('section', 'relations', el('h3', null, groups.size ? 'Relations' : 'No relations'));
  for (const predicate of ordered) {
    const rows = groups.get(predicate) ?? [];
    const mark = el('span', 'swatch');
    mark.style.background = predicateColor(predicate);
    const total = rows.reduce((sum, row) => sum + row.sources, 0);
    const list = el('ul', 'relation-list');
    for (const row of rows.sort((a, b) => b.sources - a.sources)) {
      const other = graph.getNodeAttribute(row.other, 'label');
      const item = el('li', null,
        el('span', 'direction', row.outgoing ? '→' : '←'),
        button(other, 'link-button', () => context.selectNode(row.other)),
        button(`${row.sources} source${row.sources === 1 ? '' : 's'}`, 'link-button evidence-link', () => context.selectEdge(row.edge)),
      );
      item.dataset.edge = row.edge;
      list.append(item);
    }
    const heading = el('h4', null, mark, `${predicateLabel(predicate)} `, el('span', 'count', `${rows.length} relation${rows.length === 1 ? '' : 's'}, ${total} source${total === 1 ? '' : 's'}`));
    heading.dataset.predicate = predicate;
    relations.append(heading, list);
  }
  // (an event has no relation edges: its evidence is its own section, see ../events/panels.ts)
  if (attributes.kind !== 'event') container.append(relations);
  // 4. Sections added by other features (events: what hit this place)
  for (const section of context.sections) {
    const element = section(key, context);
    if (element) container.append(element);
  }
  // 5. Mentions: for a document, the entities it mentions; for an entity, the documents that mention it
  const mentioned: string[] = [];
  graph.forEachEdge(key, (_edge, edgeAttributes, source, target) => {
    if (edgeAttributes.kind === 'mentions') mentioned.push(source === key ? target : source);
  });
  if (mentioned.length) {
    const list = el('ul', 'relation-list');
    for (const other of mentioned.sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')))) {
      list.append(el('li', null, button(graph.getNodeAttribute(other, 'label'), 'link-button', () => context.selectNode(other))));
    }
    const title = attributes.kind === 'document' ? `Mentions ${mentioned.length} entities` : `Mentioned in ${mentioned.length} document${mentioned.length === 1 ? '' : 's'}`;
    container.append(el('section', 'relations mentions', el('h3', null, title), list));
  } else if (isSummary(graph) && attributes.kind === 'entity') {
    // a summary graph has no documents: their number only (each relation's evidence panel lists its articles)
    container.append(el('section', 'relations mentions', el('h3', null, `Mentioned in ${attributes.documents} document${attributes.documents === 1 ? '' : 's'}`)));
  }
}
