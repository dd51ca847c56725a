/**
 * The evidence panel of a relation edge: every source sentence with its article's title, date and link, the
 * entity words highlighted with <mark> elements built from text nodes.
 */
import { predicateColor, predicateLabel } from '../appearance/index.ts';
import { UNKNOWN_OUTLET } from '../filters/index.ts';
import { fetchDocuments, fetchEvidence } from '../graph/remote.ts';
import { isSummary } from '../../graph/summary.ts';
import type { EntityAttributes, EvidenceRecord, NodeAttributes } from '../graph/types.ts';
import { graphArticles, remoteArticles, type ArticleLookup } from './articles.ts';
import { button, el, highlight, safeLink } from './dom.ts';
import type { PanelContext } from './types.ts';

function termsOf(attributes: NodeAttributes): string[] {
  return attributes.kind === 'entity' ? [attributes.label, ...(attributes as EntityAttributes).aliases] : [attributes.label];
}


/** Fills `container` with the evidence of edge `key`. */
export function renderEdgePanel(container: HTMLElement, key: string, context: PanelContext): void {
  const { graph } = context;
  const attributes = graph.getEdgeAttributes(key);
  const source = graph.source(key);
  const target = graph.target(key);
  const sourceAttributes = graph.getNodeAttributes(source);
  const targetAttributes = graph.getNodeAttributes(target);
  container.replaceChildren();
  // 1. Header: subject -predicate-> object
  const predicate = attributes.kind === 'relation' ? attributes.predicate : 'mentions';
  const badge = el('span', 'predicate', predicateLabel(predicate));
  badge.style.background = predicateColor(predicate);
  container.append(
    el('div', 'panel-head',
      el('h2', 'panel-title', button(sourceAttributes.label, 'link-button', () => context.selectNode(source)), ' ', badge, ' ',
        button(targetAttributes.label, 'link-button', () => context.selectNode(target))),
      button('×', 'close', () => context.close())),
  );
  if (attributes.kind !== 'relation') {
    container.append(el('p', null, 'A document that mentions an entity.'));
    return;
  }
  // 2. Evidence, oldest first
  const terms = [...termsOf(sourceAttributes), ...termsOf(targetAttributes)];
  const addAddressees = (evidence: readonly EvidenceRecord[]): void => {
    for (const addressee of evidence.flatMap((record) => record.addressee ?? [])) {
      if (graph.hasNode(addressee)) terms.push(...termsOf(graph.getNodeAttributes(addressee)));
    }
  };
  addAddressees(attributes.evidence);
  // A summary graph (what newsgraph serve sends) carries no evidence or documents: the server's API gives them.
  if (isSummary(graph)) {
    const status = el('p', 'panel-type', `${attributes.documents} source document${attributes.documents === 1 ? '' : 's'}: loading the evidence…`);
    container.append(status);
    fetchEvidence(source, attributes.predicate, target)
      .then(async (evidence) => ({ evidence, documents: await fetchDocuments(evidence.map((record) => record.document)) }))
      .then(({ evidence, documents }) => {
        // another panel may have replaced this one meanwhile
        if (!status.isConnected) return;
        status.remove();
        addAddressees(evidence);
        renderEvidence(container, predicate, evidence, attributes.documents, terms, remoteArticles(documents));
      })
      .catch((error: unknown) => {
        status.textContent = `The evidence could not be loaded from the server (${(error as Error).message}).`;
      });
    return;
  }
  renderEvidence(container, predicate, attributes.evidence, attributes.documents, terms, graphArticles(graph, context.outlets));
}

/** The evidence of one relation: who reports it, then every sentence, oldest first. */
function renderEvidence(container: HTMLElement, predicate: string, evidence: readonly EvidenceRecord[], documents: number, terms: string[], articles: ArticleLookup): void {
  const records = [...evidence].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  container.append(el('p', 'panel-type', `${documents} source document${documents === 1 ? '' : 's'}, ${records.length} sentence${records.length === 1 ? '' : 's'}`));
  // 2a. Who says so: each outlet with its documents and the figures its sentences give
  const byOutlet = new Map<string, { documents: Set<string>; counts: number[] }>();
  for (const record of records) {
    const outlet = articles(record.document)?.outlet ?? UNKNOWN_OUTLET;
    const entry = byOutlet.get(outlet) ?? { documents: new Set<string>(), counts: [] };
    entry.documents.add(record.document);
    if (record.count !== null) entry.counts.push(record.count);
    byOutlet.set(outlet, entry);
  }
  const claims = el('ul', 'claims');
  for (const [outlet, { documents, counts }] of [...byOutlet].sort((a, b) => b[1].documents.size - a[1].documents.size || a[0].localeCompare(b[0]))) {
    const figures = counts.length ? `: ${predicate} ${[...new Set(counts)].sort((a, b) => a - b).join(' / ')}` : '';
    const item = el('li', null, el('strong', null, outlet), ` (${documents.size} document${documents.size === 1 ? '' : 's'})${figures}`);
    item.dataset.outlet = outlet;
    claims.append(item);
  }
  container.append(el('section', 'relations', el('h3', null, 'Who reports it'), claims));
  const list = el('ol', 'evidence');
  for (const record of records) {
    const article = articles(record.document);
    const title = article?.title ?? (record.document || 'Unknown article');
    const date = record.published ?? article?.published ?? null;
    const meta = el('div', 'evidence-meta', safeLink(article?.url ?? null, title), date ? el('time', null, date.slice(0, 10)) : null,
      el('span', 'outlet', article?.outlet ?? UNKNOWN_OUTLET),
      record.count !== null ? el('span', 'count', `count ${record.count}`) : null);
    const sentence = el('blockquote', 'evidence-text');
    sentence.append(highlight(record.text, terms));
    list.append(el('li', null, meta, sentence));
  }
  container.append(list);
}
