/**
 * The evidence panel of a relation edge: every source sentence with its article's title, date and link, the
 * entity words highlighted with <mark> elements built from text nodes. Over a summary graph (what `newsgraph serve`
 * sends) the sentences come from the server one page at a time, oldest first, and a button below the list asks for
 * the next page, so the busiest edge of a year of news costs one request per page the reader wants.
 */
import { predicateColor, predicateLabel } from '../appearance/index.ts';
import { UNKNOWN_OUTLET } from '../filters/index.ts';
import { EVIDENCE_PER_PAGE, fetchEvidencePage, type EvidencePageAnswer, type RemoteDocument } from '../graph/remote.ts';
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
    renderRemoteEvidence(container, predicate, [source, attributes.predicate, target], attributes.documents, terms, addAddressees);
    return;
  }
  renderEvidence(container, predicate, attributes.evidence, attributes.documents, terms, graphArticles(graph, context.outlets));
}

/**
 * The evidence of a relation of a summary graph, from /api/evidence: the first page at once, then one page per click
 * of the button below the list. A failed page says so in one line and leaves its button to try again.
 */
function renderRemoteEvidence(container: HTMLElement, predicate: string, relation: [string, string, string], documents: number, terms: string[], addAddressees: (evidence: readonly EvidenceRecord[]) => void): void {
  const [subject, relationPredicate, object] = relation;
  const status = el('p', 'panel-type', `${documents} source document${documents === 1 ? '' : 's'}: loading the evidence…`);
  container.append(status);
  const known = new Map<string, RemoteDocument>();
  const take = (page: EvidencePageAnswer): void => {
    for (const article of page.articles) known.set(article.id, article);
    addAddressees(page.records);
  };
  fetchEvidencePage(subject, relationPredicate, object, 0)
    .then((first) => {
      // another panel may have replaced this one meanwhile
      if (!status.isConnected) return;
      status.remove();
      take(first);
      const articles = remoteArticles(known);
      renderHead(container, predicate, first.documents, first.total, first.outlets);
      const list = el('ol', 'evidence');
      for (const record of first.records) list.append(evidenceItem(record, terms, articles));
      container.append(list);
      let shown = first.records.length;
      if (shown >= first.total) return;
      const note = el('p', 'evidence-more-status', null);
      const more = button('', 'evidence-more', () => {
        more.disabled = true;
        note.textContent = 'Loading…';
        fetchEvidencePage(subject, relationPredicate, object, shown)
          .then((page) => {
            if (!more.isConnected) return;
            take(page);
            for (const record of page.records) list.append(evidenceItem(record, terms, articles));
            shown += page.records.length;
            note.textContent = '';
            if (shown >= page.total || page.records.length === 0) more.remove();
            else label(page.total);
            more.disabled = false;
          })
          .catch((error: unknown) => {
            note.textContent = `The next sentences could not be loaded from the server (${(error as Error).message}).`;
            more.disabled = false;
          });
      });
      const label = (total: number): void => {
        more.textContent = `Show ${Math.min(EVIDENCE_PER_PAGE, total - shown)} more (${shown} of ${total} sentences shown)`;
      };
      label(first.total);
      container.append(more, note);
    })
    .catch((error: unknown) => {
      status.textContent = `The evidence could not be loaded from the server (${(error as Error).message}).`;
    });
}

/** Who reports a relation, by outlet: its documents and the figures its sentences give. */
interface OutletClaims {
  outlet: string;
  documents: number;
  counts: number[];
}

/** The panel's count line and "Who reports it" (outlets with most documents first). */
function renderHead(container: HTMLElement, predicate: string, documents: number, sentences: number, outlets: readonly OutletClaims[]): void {
  container.append(el('p', 'panel-type', `${documents} source document${documents === 1 ? '' : 's'}, ${sentences} sentence${sentences === 1 ? '' : 's'}`));
  const claims = el('ul', 'claims');
  for (const { outlet, documents: count, counts } of [...outlets].sort((a, b) => b.documents - a.documents || a.outlet.localeCompare(b.outlet))) {
    const figures = counts.length ? `: ${predicate} ${counts.join(' / ')}` : '';
    const item = el('li', null, el('strong', null, outlet), ` (${count} document${count === 1 ? '' : 's'})${figures}`);
    item.dataset.outlet = outlet;
    claims.append(item);
  }
  container.append(el('section', 'relations', el('h3', null, 'Who reports it'), claims));
}

/** One sentence of the evidence list with its article's title, link, date, outlet and count. */
function evidenceItem(record: EvidenceRecord, terms: string[], articles: ArticleLookup): HTMLLIElement {
  const article = articles(record.document);
  const title = article?.title ?? (record.document || 'Unknown article');
  const date = record.published ?? article?.published ?? null;
  const meta = el('div', 'evidence-meta', safeLink(article?.url ?? null, title), date ? el('time', null, date.slice(0, 10)) : null,
    el('span', 'outlet', article?.outlet ?? UNKNOWN_OUTLET),
    record.count !== null ? el('span', 'count', `count ${record.count}`) : null);
  const sentence = el('blockquote', 'evidence-text');
  sentence.append(highlight(record.text, terms));
  return el('li', null, meta, sentence);
}

/** The evidence of one relation of a whole graph: who reports it, then every sentence, oldest first. */
function renderEvidence(container: HTMLElement, predicate: string, evidence: readonly EvidenceRecord[], documents: number, terms: string[], articles: ArticleLookup): void {
  const records = [...evidence].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  // Who says so: each outlet with its documents and the figures its sentences give
  const byOutlet = new Map<string, { documents: Set<string>; counts: Set<number> }>();
  for (const record of records) {
    const outlet = articles(record.document)?.outlet ?? UNKNOWN_OUTLET;
    const entry = byOutlet.get(outlet) ?? { documents: new Set<string>(), counts: new Set<number>() };
    entry.documents.add(record.document);
    if (record.count !== null) entry.counts.add(record.count);
    byOutlet.set(outlet, entry);
  }
  const outlets = [...byOutlet].map(([outlet, entry]) => ({ outlet, documents: entry.documents.size, counts: [...entry.counts].sort((a, b) => a - b) }));
  renderHead(container, predicate, documents, records.length, outlets);
  const list = el('ol', 'evidence');
  for (const record of records) list.append(evidenceItem(record, terms, articles));
  container.append(list);
}
