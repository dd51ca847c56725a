/**
 * Corpus-level events (issue 9): every article's events (`ExtractedEvent`, the output of extraction step 20) become
 * reports, and reports of one real-world event merge into one event node.
 *
 * 1. **Groups.** Reports are grouped by attacker and event date. A report without a date or without an attacker is
 *    an event of its own: a null date never merges by date alone.
 * 2. **Merging** within a group: two reports of different articles that share a weapon (the same system, or a class
 *    and a system of that class: "drone" and Shahed-136) or a target belong to one event. Pairs are joined best
 *    overlap first (union-find), and never so that one event holds two reports of the same article: the article's
 *    own extraction already told its events apart.
 * 3. **Weapon lines**: one per weapon any report names (a claimant's figure for a class its report breaks down goes to
 *    that report's line). A class line ("drone") that a single more specific line of the event belongs to
 *    (Shahed-136) is folded into it, unless one report names both (then the article itself told them apart); its
 *    figures stay listed with the weapon the report named.
 * 4. **Figures** are reconciled per line and per number (`reconcileFigure`): figures naming the line's own weapon
 *    beat figures naming its class; then the official claimant's figure (the attacked side's own air force,
 *    ministry, officials or state) from the latest report; else the largest stated figure. Figures are never added up
 *    or averaged; every one stays in `figures`, and `conflict` says when they differ. Two sides' claims of one night
 *    are two claims (figures with their claimants) of one event.
 *
 * The graph keeps the reports inside the event nodes, so adding or removing a document rebuilds only the groups it
 * touches, with the same result as a fresh build. Browser-safe: the facts the merge needs about weapons and sides come
 * in through `EventKnowledge` (./knowledge.ts builds it from the gazetteer).
 */
import { EVENT_KIND_SPECS, type EventKind } from '../domain/index.ts';
import type { Evidence, ExtractedEvent, Span, WeaponLine } from '../extract/types.ts';
import { compareStrings, flatString, sortedUnique } from './text.ts';
import type {
  EventAttributes,
  EventEdgeRole,
  EventFigure,
  EventReport,
  EventReportClaim,
  EventRoleAttributes,
  EventWeaponLine,
  FigureRule,
  KnowledgeGraph,
} from './types.ts';

/** What the merge needs to know about weapons and sides (facts of the gazetteer and the lexicon). */
export interface EventKnowledge {
  /** The generic classes a weapon belongs to, nearest first ("shahed-136" -> ["kamikaze-drone", "drone"]). */
  weaponClasses(weapon: string): readonly string[];
  /** The state an entity speaks for (a state: itself; an air force, ministry or official: its state), or null. */
  sideOf(entity: string): string | null;
  /** The opponent of a belligerent side ("russia" -> "ukraine"), or null. */
  opponentOf(side: string): string | null;
}

/** Knowledge that knows nothing: no classes (no folding), no sides (no official claimant: the largest figure wins). */
export const NO_EVENT_KNOWLEDGE: EventKnowledge = {
  weaponClasses: () => [],
  sideOf: () => null,
  opponentOf: () => null,
};

const UNDATED = 'undated';
const UNKNOWN_ATTACKER = 'unknown';

/** Key of an event node: `event:<date or undated>/<attacker or unknown>/<n>`, n counting from 1 within the group. */
export function eventKey(date: string | null, attacker: string | null, n: number): string {
  return flatString(`event:${date ?? UNDATED}/${attacker ?? UNKNOWN_ATTACKER}/${n}`);
}

/** Key of an edge from an event node. */
export function eventEdgeKey(event: string, role: EventEdgeRole, node: string): string {
  return flatString(`event|${event}|${role}|${node}`);
}

/** The group of a report or an event: attacker and date. */
export function eventGroup(date: string | null, attacker: string | null): string {
  return `${date ?? UNDATED}|${attacker ?? ''}`;
}

/** True when reports of this group may merge (a known date and a known attacker). */
function mergeable(date: string | null, attacker: string | null): boolean {
  return date !== null && attacker !== null;
}

// ---------------------------------------------------------------------------------------------------------------
// Reports from extractions.

/**
 * The report of one extracted event, with entity ids mapped to graph keys by `keyOf` (undefined: the id is not an
 * entity of the document; such references are dropped). Extractions without claims get one claim from the event's
 * own lines, attributed to its first claimant. `same` gives the copy of an evidence text the graph already holds (the
 * builder hands the report the string its document's relation evidence keeps, so one sentence is held once).
 */
export function reportOf(
  event: ExtractedEvent,
  document: string,
  published: string | null,
  keyOf: (id: string) => string | undefined,
  same: (text: string) => string = (text) => text,
): EventReport {
  const key = (id: string | null): string | null => (id === null ? null : (keyOf(id) ?? null));
  const keys = (ids: readonly string[]): string[] => {
    const out: string[] = [];
    for (const id of ids) {
      const k = keyOf(id);
      if (k !== undefined && !out.includes(k)) out.push(k);
    }
    return out;
  };
  const lines = (weapons: readonly WeaponLine[]): WeaponLine[] => {
    const out: WeaponLine[] = [];
    for (const w of weapons) {
      const weapon = keyOf(w.weapon);
      if (weapon !== undefined && !out.some((o) => o.weapon === weapon)) out.push({ weapon, launched: w.launched, intercepted: w.intercepted });
    }
    return out;
  };
  const span = (e: Span): Span => ({ start: e.start, end: e.end });
  const byStart = (x: Span, y: Span): number => x.start - y.start || x.end - y.end;
  const spans = (list: readonly Span[]): Span[] => {
    const out: Span[] = [];
    for (const e of [...list].sort(byStart)) if (!out.some((o) => o.start === e.start && o.end === e.end)) out.push(span(e));
    return out;
  };
  const claims: EventReportClaim[] = event.claims.length
    ? event.claims.map((c) => ({ claimedBy: key(c.claimedBy), weapons: lines(c.weapons), evidence: spans(c.evidence) }))
    : [{ claimedBy: key(event.claimedBy[0] ?? null), weapons: lines(event.weapons), evidence: spans(event.evidence) }];
  const evidence: Evidence[] = [];
  for (const e of [...event.evidence].sort(byStart)) {
    if (!evidence.some((o) => o.start === e.start && o.end === e.end)) evidence.push({ text: same(e.text), start: e.start, end: e.end });
  }
  // Lists without an order of their own are sorted (claimants, targets, evidence by offset), so the RDF export can give
  // them back exactly; weapon lines and claims keep the article's order.
  return {
    document,
    event: event.id,
    published,
    kind: event.kind,
    date: event.date,
    attacker: key(event.attacker),
    claimedBy: sortedUnique(keys(event.claimedBy)),
    weapons: lines(event.weapons),
    targets: sortedUnique(keys(event.targets)),
    evidence,
    claims,
  };
}

/** The canonical order of reports: by document id, then event id. */
export function compareReports(a: EventReport, b: EventReport): number {
  return compareStrings(a.document, b.document) || compareStrings(a.event, b.event);
}

// ---------------------------------------------------------------------------------------------------------------
// Merging the reports of one group.

/** How much two reports overlap: shared weapons (a class and one of its systems count) plus shared targets. */
function overlap(a: EventReport, b: EventReport, knowledge: EventKnowledge): number {
  let score = 0;
  for (const x of a.weapons) {
    for (const y of b.weapons) {
      if (x.weapon === y.weapon) score += 2;
      else if (knowledge.weaponClasses(x.weapon).includes(y.weapon) || knowledge.weaponClasses(y.weapon).includes(x.weapon)) score += 1;
    }
  }
  for (const t of a.targets) if (b.targets.includes(t)) score += 1;
  return score;
}

/**
 * Splits the reports of one group (sorted canonically) into events: lists of report indexes, each in report order,
 * ordered by their first report.
 */
export function clusterReports(reports: readonly EventReport[], knowledge: EventKnowledge): number[][] {
  const n = reports.length;
  const first = reports[0];
  if (n === 0 || !first || !mergeable(first.date, first.attacker)) return reports.map((_r, i) => [i]);
  // 1. Scored pairs of reports of different documents, best first.
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = reports[i] as EventReport;
      const b = reports[j] as EventReport;
      if (a.document === b.document) continue;
      const score = overlap(a, b, knowledge);
      if (score > 0) pairs.push([score, i, j]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  // 2. Union-find; a join that would put two reports of one document together is skipped.
  const parent = reports.map((_r, i) => i);
  const documents = reports.map((r) => new Set([r.document]));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (const [, i, j] of pairs) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const di = documents[ri] as Set<string>;
    const dj = documents[rj] as Set<string>;
    if ([...dj].some((d) => di.has(d))) continue;
    const [root, child] = ri < rj ? [ri, rj] : [rj, ri];
    parent[child] = root;
    for (const d of documents[child] as Set<string>) (documents[root] as Set<string>).add(d);
  }
  // 3. Clusters in order of their first report.
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = clusters.get(root);
    if (list) list.push(i);
    else clusters.set(root, [i]);
  }
  return [...clusters.values()].sort((a, b) => (a[0] as number) - (b[0] as number));
}

/** The official side of an event: the attacked side, whose own claimants give the official figures. */
function defenderOf(attacker: string | null, knowledge: EventKnowledge): string | null {
  return attacker === null ? null : knowledge.opponentOf(knowledge.sideOf(attacker) ?? attacker);
}

/**
 * The reconciled value of one number of one weapon line from its stated figures (in report order):
 * 1. figures that name the line's own weapon beat figures that name only its class;
 * 2. an official figure (a claimant of the `defender`'s side) wins: the one of the latest report (by publication
 *    date; reports without a date count as oldest), the largest if that report gives several;
 * 3. else the largest stated figure.
 * Returns null (and no rule) when no figure states the number. Never sums or averages.
 */
export function reconcileFigure(
  line: string,
  figures: readonly EventFigure[],
  field: 'launched' | 'intercepted',
  published: (document: string) => string | null,
  isOfficial: (claimant: string | null) => boolean,
): { value: number | null; rule: FigureRule | null } {
  let stated = figures.filter((f) => f[field] !== null);
  if (stated.length === 0) return { value: null, rule: null };
  const own = stated.filter((f) => f.weapon === line);
  if (own.length) stated = own;
  const official = stated.filter((f) => isOfficial(f.claimedBy));
  if (official.length) {
    let latest: string | null = null;
    let latestDocument = '';
    for (const f of official) {
      const date = published(f.document) ?? '';
      if (latest === null || date > latest || (date === latest && compareStrings(f.document, latestDocument) > 0)) {
        latest = date;
        latestDocument = f.document;
      }
    }
    const values = official.filter((f) => f.document === latestDocument).map((f) => f[field] as number);
    return { value: Math.max(...values), rule: 'official-latest' };
  }
  return { value: Math.max(...stated.map((f) => f[field] as number)), rule: 'largest' };
}

/** The weapon lines of an event from its reports: union of lines, classes folded, figures reconciled. */
function weaponLines(reports: readonly EventReport[], attacker: string | null, knowledge: EventKnowledge): EventWeaponLine[] {
  // 1. Every weapon any report names, in order of first appearance. A claim's figure for a weapon that is not one
  //    of its report's own lines goes to the report's line it is the class of (the nearest: "missile" to the
  //    ballistic-missile line rather than to KN-23), else makes a line of its own.
  const order: string[] = [];
  const named = (weapon: string): void => {
    if (!order.includes(weapon)) order.push(weapon);
  };
  const claimLine = new Map<EventReport, Map<string, string>>();
  for (const r of reports) {
    const mapped = new Map<string, string>();
    claimLine.set(r, mapped);
    for (const w of r.weapons) named(w.weapon);
    for (const c of r.claims) {
      for (const w of c.weapons) {
        if (w.launched === null && w.intercepted === null) continue;
        let line = w.weapon;
        if (!r.weapons.some((own) => own.weapon === w.weapon)) {
          let best: number | null = null;
          for (const own of r.weapons) {
            const chain = knowledge.weaponClasses(own.weapon);
            if (chain.includes(w.weapon) && (best === null || chain.length < best)) [line, best] = [own.weapon, chain.length];
          }
        }
        mapped.set(w.weapon, line);
        named(line);
      }
    }
  }
  // 2. Class lines folded into the one more specific line of their class (unless one report names both).
  const classes = new Map(order.map((w) => [w, [...knowledge.weaponClasses(w)]]));
  const namesBoth = (a: string, b: string): boolean =>
    reports.some((r) => {
      const weapons = new Set([...r.weapons.map((w) => w.weapon), ...r.claims.flatMap((c) => c.weapons.map((w) => w.weapon))]);
      return weapons.has(a) && weapons.has(b);
    });
  const foldInto = new Map<string, string>();
  for (const weapon of order) {
    const below = order.filter((other) => other !== weapon && (classes.get(other) ?? []).includes(weapon));
    // The most specific candidates: those no other candidate is a kind of.
    const specific = below.filter((c) => !below.some((d) => d !== c && (classes.get(d) ?? []).includes(c)));
    if (specific.length === 1 && !namesBoth(weapon, specific[0] as string)) foldInto.set(weapon, specific[0] as string);
  }
  const lineOf = (weapon: string): string => {
    let target = weapon;
    for (let guard = 0; foldInto.has(target) && guard < 8; guard++) target = foldInto.get(target) as string;
    return target;
  };
  // 3. Figures per line, from every claim that states a number.
  const figures = new Map<string, EventFigure[]>();
  for (const weapon of order) if (lineOf(weapon) === weapon) figures.set(weapon, []);
  for (const r of reports) {
    for (const c of r.claims) {
      for (const w of c.weapons) {
        if (w.launched === null && w.intercepted === null) continue;
        figures.get(lineOf(claimLine.get(r)?.get(w.weapon) ?? w.weapon))?.push({ document: r.document, claimedBy: c.claimedBy, weapon: w.weapon, launched: w.launched, intercepted: w.intercepted });
      }
    }
  }
  // 4. Reconciled numbers.
  const published = new Map(reports.map((r) => [r.document, r.published]));
  const defender = defenderOf(attacker, knowledge);
  const isOfficial = (claimant: string | null): boolean => defender !== null && claimant !== null && knowledge.sideOf(claimant) === defender;
  const lines: EventWeaponLine[] = [];
  for (const [weapon, stated] of figures) {
    const launched = reconcileFigure(weapon, stated, 'launched', (d) => published.get(d) ?? null, isOfficial);
    const intercepted = reconcileFigure(weapon, stated, 'intercepted', (d) => published.get(d) ?? null, isOfficial);
    const distinct = (field: 'launched' | 'intercepted'): number => new Set(stated.map((f) => f[field]).filter((v) => v !== null)).size;
    lines.push({
      weapon,
      classes: classes.get(weapon) ?? [],
      launched: launched.value,
      intercepted: intercepted.value,
      launchedRule: launched.rule,
      interceptedRule: intercepted.rule,
      conflict: distinct('launched') > 1 || distinct('intercepted') > 1,
      figures: stated,
    });
  }
  return lines;
}

/** The attributes of the event merged from `reports` (sorted canonically, all of one group). */
export function mergeReports(reports: readonly EventReport[], knowledge: EventKnowledge, label: (key: string) => string): EventAttributes {
  const first = reports[0] as EventReport;
  const kind: EventKind = reports.some((r) => r.kind === 'attack') ? 'attack' : 'interception';
  const published = reports.map((r) => r.published).filter((p): p is string => p !== null).sort(compareStrings);
  return {
    kind: 'event',
    label: eventLabel(kind, first.date, first.attacker === null ? null : label(first.attacker)),
    type: 'Event',
    eventKind: kind,
    date: first.date,
    attacker: first.attacker,
    weapons: weaponLines(reports, first.attacker, knowledge),
    targets: sortedUnique(reports.flatMap((r) => r.targets)),
    claimants: sortedUnique(reports.flatMap((r) => r.claimedBy)),
    reports: [...reports],
    documents: new Set(reports.map((r) => r.document)).size,
    firstPublished: published[0] ?? null,
    lastPublished: published[published.length - 1] ?? null,
  };
}

/** The display label of an event: "air attack, 2024-01-02, Russia". */
export function eventLabel(kind: EventKind, date: string | null, attacker: string | null): string {
  return `${EVENT_KIND_SPECS[kind].label}, ${date ?? 'date unknown'}, ${attacker ?? 'attacker unknown'}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Event nodes in the graph.

/** Group -> keys of its event nodes, per graph (rebuilt from the nodes when missing). */
const groupIndexes = new WeakMap<KnowledgeGraph, Map<string, Set<string>>>();

function groupIndex(graph: KnowledgeGraph): Map<string, Set<string>> {
  let index = groupIndexes.get(graph);
  if (index) return index;
  index = new Map();
  graph.forEachNode((key, a) => {
    if (a.kind !== 'event') return;
    const group = eventGroup(a.date, a.attacker);
    let set = index!.get(group);
    if (!set) index!.set(group, (set = new Set()));
    set.add(key);
  });
  groupIndexes.set(graph, index);
  return index;
}

/** The keys of the event nodes that `documentKey`'s reports belong to. */
export function eventsOfDocument(graph: KnowledgeGraph, documentKey: string): string[] {
  const out: string[] = [];
  if (!graph.hasNode(documentKey)) return out;
  graph.forEachInEdge(documentKey, (_edge, a, source) => {
    if (a.kind === 'event-role' && a.role === 'report' && !out.includes(source)) out.push(source);
  });
  return out;
}

/**
 * Takes the event nodes `keys` out of the graph, returning their reports minus those of `withoutDocument`, by group
 * (the caller merges them again with `rebuildGroups`).
 */
export function detachEvents(graph: KnowledgeGraph, keys: readonly string[], withoutDocument: string | null, pending: Map<string, EventReport[]>): void {
  const index = groupIndex(graph);
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    const a = graph.getNodeAttributes(key);
    if (a.kind !== 'event') continue;
    const group = eventGroup(a.date, a.attacker);
    let list = pending.get(group);
    if (!list) pending.set(group, (list = []));
    for (const r of a.reports) if (r.document !== withoutDocument) list.push(r);
    index.get(group)?.delete(key);
    graph.dropNode(key);
  }
}

/**
 * Merges again every group in `pending`: the group's current event nodes are taken out, their reports joined with
 * the pending ones, clustered (`clusterReports`) and written back as event nodes with their edges. Reports whose
 * document is not in the graph are dropped. `label` gives an entity's current label.
 *
 * An event node whose key still holds the same reports (the same objects, in the same order) stays as it is: its
 * attributes are a function of those reports alone (and of the attacker's label, which `refreshEventLabels` follows).
 * So an undated report joining the 3,000 undated events of an attacker (each an event of its own, numbered in
 * report order) adds its own node, and renumbers only those after it if its document sorts before theirs, instead of
 * making the whole group again; the result is the same.
 */
export function rebuildGroups(graph: KnowledgeGraph, pending: Map<string, EventReport[]>, knowledge: EventKnowledge): void {
  const index = groupIndex(graph);
  for (const group of [...pending.keys()].sort(compareStrings)) {
    // 1. Every report of the group: pending ones and those of its current nodes.
    const reports = [...(pending.get(group) ?? [])];
    const current = [...(index.get(group) ?? [])].sort(compareStrings).filter((key) => graph.hasNode(key));
    const held = new Map<string, EventReport[]>();
    for (const key of current) {
      const a = graph.getNodeAttributes(key);
      if (a.kind !== 'event') continue;
      held.set(key, a.reports);
      reports.push(...a.reports);
    }
    // 2. One report per (document, event id), of documents still in the graph, in canonical order.
    const unique = new Map<string, EventReport>();
    for (const r of reports) if (graph.hasNode(`doc:${r.document}`)) unique.set(`${r.document}\u0000${r.event}`, r);
    const sorted = [...unique.values()].sort(compareReports);
    // 3. Clusters become event nodes, numbered in order of their first report. A node that already holds exactly its
    //    cluster's reports (the same objects, so the same content and the same labels) stays as it is.
    const clusters = sorted.length ? clusterReports(sorted, knowledge) : [];
    const wanted = new Map<string, EventReport[]>();
    clusters.forEach((cluster, i) => {
      const members = cluster.map((j) => sorted[j] as EventReport);
      const first = members[0] as EventReport;
      wanted.set(eventKey(first.date, first.attacker, i + 1), members);
    });
    const keeps = (key: string): boolean => {
      const had = held.get(key);
      const members = wanted.get(key);
      return had !== undefined && members !== undefined && had.length === members.length && had.every((r, i) => r === members[i]);
    };
    for (const key of current) if (!keeps(key)) graph.dropNode(key);
    index.delete(group);
    if (wanted.size === 0) continue;
    for (const [key, members] of wanted) {
      if (!graph.hasNode(key)) addEventNode(graph, key, mergeReports(members, knowledge, (k) => labelOf(graph, k)));
    }
    index.set(group, new Set(wanted.keys()));
  }
  pending.clear();
}

function labelOf(graph: KnowledgeGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
}

/** Adds an event node and its edges to its attacker, weapons, targets, claimants and documents (those that exist). */
export function addEventNode(graph: KnowledgeGraph, key: string, attributes: EventAttributes): void {
  graph.addNode(key, attributes);
  const edge = (role: EventEdgeRole, node: string | null): void => {
    if (node === null || !graph.hasNode(node)) return;
    const edgeKey = eventEdgeKey(key, role, node);
    if (graph.hasEdge(edgeKey)) return;
    const a: EventRoleAttributes = { kind: 'event-role', role };
    graph.addDirectedEdgeWithKey(edgeKey, key, node, a);
  };
  edge('attacker', attributes.attacker);
  for (const line of attributes.weapons) edge('weapon', line.weapon);
  for (const target of attributes.targets) edge('target', target);
  for (const claimant of attributes.claimants) edge('claimant', claimant);
  for (const document of sortedUnique(attributes.reports.map((r) => r.document))) edge('report', `doc:${document}`);
}

/** Refreshes the labels of the events whose attacker is one of `entities` (after entity labels were recomputed). */
export function refreshEventLabels(graph: KnowledgeGraph, entities: Iterable<string>): void {
  for (const entity of entities) {
    if (!graph.hasNode(entity)) continue;
    const label = graph.getNodeAttribute(entity, 'label');
    graph.forEachInEdge(entity, (_edge, a, source) => {
      if (a.kind !== 'event-role' || a.role !== 'attacker') return;
      const event = graph.getNodeAttributes(source);
      if (event.kind !== 'event') return;
      const next = eventLabel(event.eventKind, event.date, label);
      if (next !== event.label) graph.setNodeAttribute(source, 'label', next);
    });
  }
}

/** Forgets the group index of `graph` (after the graph was changed by other means, e.g. an import). */
export function forgetEventIndex(graph: KnowledgeGraph): void {
  groupIndexes.delete(graph);
}
