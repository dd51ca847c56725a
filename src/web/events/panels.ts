/**
 * The events' sections of the side panel (Explorer.nodeSections):
 *  - a place (City, Region, Country) answers "what hit this place": its events in the current filters with date,
 *    weapons, launched and intercepted numbers (unknown shown as unknown) and the reports and outlets behind them;
 *  - an event shows its evidence: date, attacker, targets, weapon lines with the reconciled numbers and how they were
 *    chosen, who claimed what ("Ukrainian Air Force: 35 of 35 Shahed-136 shot down; ..."), and every report with its
 *    sentences.
 * Article text, labels and claimants go in as text nodes only.
 */
import { PLACE_TYPES } from '../../domain/index.ts';
import { UNKNOWN_OUTLET } from '../filters/index.ts';
import type { FigureRule } from '../../graph/event-types.ts';
import { fetchDocuments, fetchEvent } from '../graph/remote.ts';
import { isSummary } from '../../graph/summary.ts';
import type { EventAttributes } from '../graph/types.ts';
import { graphArticles, remoteArticles, type ArticleLookup } from '../panels/articles.ts';
import { button, el, safeLink } from '../panels/dom.ts';
import type { NodePanelSection, PanelContext } from '../panels/types.ts';
import { claimStatements, formatCount, placeEvents, statementText, type EventCatalogue, type EventRow } from './index.ts';
import { rowTitle, totalsText } from './list.ts';

/** What the sections read from the events view (current at the time the panel is drawn). */
export interface EventPanelSource {
  catalogue(): EventCatalogue;
  label(key: string): string;
  claimantColor(key: string): string;
}

const PLACES: ReadonlySet<string> = new Set(PLACE_TYPES);

/** How a reconciled figure was chosen, in words (src/graph/events.ts's rules). */
const RULE_WORDS: Record<FigureRule, string> = { 'official-latest': 'official figure, latest report', largest: 'largest stated figure' };

/** The rules of a line's two numbers in words: one phrase when they agree, else one per number. */
export function ruleText(launched: FigureRule | null, intercepted: FigureRule | null): string {
  if (launched === intercepted) return launched ? RULE_WORDS[launched] : '';
  return [launched ? `launched: ${RULE_WORDS[launched]}` : null, intercepted ? `intercepted: ${RULE_WORDS[intercepted]}` : null].filter(Boolean).join('; ');
}

/** The reports of a row as "outlet: title" items with links to each article (a summary graph's rows have none). */
function sourcesOf(row: EventRow, context: PanelContext): HTMLElement | null {
  if (isSummary(context.graph)) return null;
  const articles = graphArticles(context.graph, context.outlets);
  const list = el('ul', 'event-sources');
  for (const document of row.documents) {
    const article = articles(document);
    const item = el('li', null, el('span', 'outlet', article?.outlet ?? UNKNOWN_OUTLET), ': ', safeLink(article?.url ?? null, article?.title ?? document));
    item.dataset.document = document;
    list.append(item);
  }
  return list;
}

/** The weapon lines of a row: "Shahed-136: launched 24, intercepted 13". */
function linesOf(row: EventRow, label: (key: string) => string): HTMLElement {
  const list = el('ul', 'event-lines');
  for (const line of row.lines) {
    const item = el('li', null, el('strong', null, label(line.weapon)), `: launched ${formatCount(line.launched)}, intercepted ${formatCount(line.intercepted)}${line.conflict ? ' (reports differ)' : ''}`);
    item.dataset.weapon = line.weapon;
    item.dataset.launched = formatCount(line.launched);
    item.dataset.intercepted = formatCount(line.intercepted);
    list.append(item);
  }
  return list;
}

/** "What hit this place": the section of a place's panel. */
export function placeSection(source: EventPanelSource): NodePanelSection {
  return (key, context) => {
    const attributes = context.graph.getNodeAttributes(key);
    if (attributes.kind !== 'entity' || !PLACES.has(attributes.type)) return null;
    const { rows, outside } = placeEvents(source.catalogue(), key, context.filters);
    if (!rows.length && !outside) return null;
    const section = el('section', 'relations place-events', el('h3', null, `What hit ${attributes.label}`));
    section.append(el('p', 'panel-type', `${rows.length} event${rows.length === 1 ? '' : 's'} in the current filters${outside ? `, ${outside} more outside them` : ''}`));
    const list = el('ol', 'event-list');
    for (const row of rows) {
      const item = el('li', null,
        button(rowTitle(row, source.label), 'link-button event-title', () => context.selectNode(row.key)),
        el('div', 'event-totals', totalsText(row)),
        linesOf(row, source.label),
        sourcesOf(row, context));
      item.dataset.event = row.key;
      list.append(item);
    }
    section.append(list);
    return section;
  };
}

/** The evidence of an event: facts, weapon lines, who claimed what, and every report. */
export function eventSection(source: EventPanelSource): NodePanelSection {
  return (key, context) => {
    const attributes = context.graph.getNodeAttributes(key);
    if (attributes.kind !== 'event') return null;
    const { label } = source;
    const section = el('section', 'relations event-evidence');
    // 1. Facts
    const facts = el('dl', 'facts');
    const fact = (name: string, ...value: Array<Node | string>): void => {
      facts.append(el('dt', null, name), el('dd', null, ...value));
    };
    const link = (target: string): HTMLElement => (context.graph.hasNode(target) ? button(label(target), 'link-button', () => context.selectNode(target)) : el('span', null, label(target)));
    fact('Date', attributes.date ?? 'unknown');
    if (attributes.attacker) fact('Attacker', link(attributes.attacker));
    if (attributes.targets.length) fact('Targets', ...attributes.targets.flatMap((target, index) => (index ? [', ', link(target)] : [link(target)])));
    fact('Reports', `${attributes.documents} document${attributes.documents === 1 ? '' : 's'}`);
    section.append(facts);
    // 2. Weapon lines (reconciled)
    const lines = el('ul', 'event-lines');
    for (const line of attributes.weapons) {
      const rule = ruleText(line.launchedRule, line.interceptedRule);
      const item = el('li', null, el('strong', null, label(line.weapon)),
        `: launched ${formatCount(line.launched)}, intercepted ${formatCount(line.intercepted)}${rule ? ` (${rule})` : ''}${line.conflict ? ', reports differ' : ''}`);
      item.dataset.weapon = line.weapon;
      lines.append(item);
    }
    if (attributes.weapons.length) section.append(el('h3', null, 'Weapons (reconciled)'), lines);
    // 3. Who claimed what
    const claims = el('ul', 'claims event-claims');
    for (const statement of claimStatements(attributes)) {
      const swatch = el('span', 'swatch');
      swatch.style.background = source.claimantColor(statement.claimant);
      const item = el('li', null, swatch, ' ', statementText(statement, label));
      item.dataset.claimant = statement.claimant;
      claims.append(item);
    }
    section.append(el('h3', null, 'Who claimed what'), claims);
    // 4. Reports with their sentences (a summary graph's event has none: the server's /api/event gives them)
    section.append(el('h3', null, 'Reports'));
    if (!isSummary(context.graph)) {
      section.append(reportsOf(attributes, graphArticles(context.graph, context.outlets), label));
      return section;
    }
    const status = el('p', 'panel-type', `${attributes.documents} report${attributes.documents === 1 ? '' : 's'}: loading…`);
    section.append(status);
    fetchEvent(key)
      .then(async (full) => ({ full, documents: await fetchDocuments(full.reports.map((report) => report.document)) }))
      .then(({ full, documents }) => {
        if (!status.isConnected) return;
        status.replaceWith(reportsOf(full, remoteArticles(documents), label));
      })
      .catch((error: unknown) => {
        status.textContent = `The reports could not be loaded from the server (${(error as Error).message}).`;
      });
    return section;
  };
}

function reportsOf(attributes: EventAttributes, articles: ArticleLookup, label: (key: string) => string): HTMLElement {
  const list = el('ol', 'evidence');
  for (const report of attributes.reports) {
    const article = articles(report.document);
    const date = report.published ?? article?.published ?? null;
    const claimants = report.claimedBy.map(label).join(', ');
    const meta = el('div', 'evidence-meta', safeLink(article?.url ?? null, article?.title ?? report.document), date ? el('time', null, date.slice(0, 10)) : null,
      el('span', 'outlet', article?.outlet ?? UNKNOWN_OUTLET),
      claimants ? el('span', 'count', `claimed by ${claimants}`) : null);
    const item = el('li', null, meta);
    for (const sentence of report.evidence) item.append(el('blockquote', 'evidence-text', sentence.text));
    item.dataset.document = report.document;
    list.append(item);
  }
  return list;
}
