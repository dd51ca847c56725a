/**
 * The event nodes of the graph (src/graph/events.ts) as RDF, and back. One event is:
 *
 *   air:2024-01-02/russia/1 a ng:AirAttack ;                  (the class from EVENT_KIND_SPECS)
 *       ng:key "event:2024-01-02/russia/1" ;
 *       ng:eventDate "2024-01-02"^^xsd:date ;                  (the day of the attack, not a publication date)
 *       ng:attacker ent:russia ; ng:target ent:kyiv ;
 *       prov:wasAttributedTo ent:ukrainian-air-force ;          (every claimant)
 *       prov:wasDerivedFrom doc:a1, doc:a2 ; ng:reportCount 2 ;  (every report's article)
 *       ng:weaponLine <.../line/shahed-136> ; ng:report <.../report/a1%23e1> .
 *   <.../line/shahed-136> a ng:WeaponLine ; ng:weapon ent:shahed-136 ; ng:position 0 ; ng:launchedCount 40 ;
 *       ng:launchedRule "official-latest" ; ng:conflict false ; ng:figure <.../report/a1%23e1/line/shahed-136> .
 *   <.../report/a1%23e1> a ng:Report ; prov:wasDerivedFrom doc:a1 ; ng:reportId "a1#e1" ; ng:eventKind "attack" ;
 *       ng:weaponLine <.../report/a1%23e1/line/shahed-136> ; ng:claim <.../report/a1%23e1/claim/0> ;
 *       ng:evidence ev:a1/120-245/launched/russia/shahed-136 .   (the document part's node of that span)
 *   <.../claim/0> a ng:Claim ; prov:wasAttributedTo ent:ukrainian-air-force ;
 *       ng:weaponLine <.../report/a1%23e1/line/shahed-136> .   (the report's line node when it is the same line)
 *
 * Lean by design: a report's date and attacker are the event's; its evidence points at the relation evidence node of
 * the document's part with the same span when there is one (else at one span node of its own with text and offsets,
 * shared by its claims); a figure is the weapon line node of the claim that states it (article from its report,
 * claimant from its claim), ordered as the merge orders them; claims are ordered by their IRI's index. The event has
 * no rdfs:label: the label names the attacker by its current label, which other articles change, and the event's
 * quads must depend on its reports alone, so that it sits in the RDF part of its event date and `--update` rewrites
 * it only when one of its reports changes. A count no report gave is left out (unknown), never written as 0.
 * `readEvents` gives back the same node. Browser-safe: no node: imports.
 */
import { DataFactory } from 'n3';
import type { Literal, NamedNode, Quad_Object, Quad_Subject, Term } from '@rdfjs/types';
import { InputError } from '../errors.ts';
import { EVENT_KINDS, type EventKind } from '../domain/index.ts';
import type { Evidence, Span, WeaponLine } from '../extract/types.ts';
import { addEventNode, eventLabel } from '../graph/events.ts';
import { compareStrings } from '../graph/text.ts';
import {
  FIGURE_RULES,
  type EventAttributes,
  type EventFigure,
  type EventReport,
  type EventReportClaim,
  type EventWeaponLine,
  type FigureRule,
  type KnowledgeGraph,
} from '../graph/types.ts';
import { EV, EVENT_KIND_CLASS, V, airEventIri, airEventPartIri, documentIri, entityIri } from './vocabulary.ts';

const { literal } = DataFactory;

const TRUE = literal('true', V.xsdBoolean);
const FALSE = literal('false', V.xsdBoolean);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function integer(value: number): Literal {
  return Number.isInteger(value) ? literal(String(value), V.xsdInteger) : literal(String(value), V.xsdDouble);
}

function dateTerm(value: string): Literal {
  return DATE.test(value) ? literal(value, V.xsdDate) : literal(value);
}

/** What `eventQuads` needs from the writer around it. */
export interface EventQuadSink {
  /** Adds one quad (to the current graph). */
  add(s: Quad_Subject, p: NamedNode, o: Quad_Object): void;
  /**
   * The node of the document's own part that holds this span of its text with the span's text, start and end (a
   * relation's evidence node), or null when the document part has none: the report then writes the span itself.
   */
  evidenceNode(document: string, start: number, end: number): NamedNode | null;
}

/**
 * The quads of one event node (default graph): the event, its weapon lines with their figures, and its reports with
 * their claims. They depend on the event's own reports alone (entity and document IRIs, never labels), so the event
 * can sit in the RDF part of its event date and be rewritten only when one of its reports changes.
 */
export function eventQuads(graph: KnowledgeGraph, key: string, sink: EventQuadSink): void {
  const { add } = sink;
  const doc = (id: string): NamedNode => documentIri(id);
  const counts = (s: NamedNode, line: { launched: number | null; intercepted: number | null }): void => {
    if (line.launched !== null) add(s, EV.launchedCount, integer(line.launched));
    if (line.intercepted !== null) add(s, EV.interceptedCount, integer(line.intercepted));
  };
  /** One weapon line node of `owner` (an event, a report or a claim) with its stated numbers; returns the node. */
  const line = (owner: NamedNode, w: WeaponLine, position: number): NamedNode => {
    const l = airEventPartIri(owner, 'line', w.weapon);
    add(owner, EV.weaponLine, l);
    add(l, V.type, EV.WeaponLine);
    add(l, EV.weapon, entityIri(w.weapon));
    add(l, EV.position, integer(position));
    counts(l, w);
    return l;
  };
  const lines = (owner: NamedNode, weapons: readonly WeaponLine[]): void => {
    weapons.forEach((w, i) => line(owner, w, i));
  };
  const a = graph.getNodeAttributes(key) as EventAttributes;
  const e = airEventIri(key);
  // 1. The event: class, key, date, attacker, targets, claimants, documents. No label: it names the attacker by its
  //    current label, which other articles change (the importer makes it again, as the builder does).
  add(e, V.type, EVENT_KIND_CLASS[a.eventKind]);
  add(e, V.key, literal(key));
  if (a.date !== null) add(e, EV.eventDate, dateTerm(a.date));
  if (a.attacker !== null) add(e, EV.attacker, entityIri(a.attacker));
  for (const t of a.targets) add(e, EV.target, entityIri(t));
  for (const c of a.claimants) add(e, EV.wasAttributedTo, entityIri(c));
  for (const d of new Set(a.reports.map((r) => r.document))) add(e, V.wasDerivedFrom, doc(d));
  add(e, EV.reportCount, integer(a.reports.length));
  if (a.x !== undefined) add(e, V.x, literal(String(a.x), V.xsdDouble));
  if (a.y !== undefined) add(e, V.y, literal(String(a.y), V.xsdDouble));
  // 2. The line node of each claim's weapon line: the report's own line node when the claim's line at that place
  //    is the same (weapon and numbers) and no earlier claim of the report took it, else one of the claim's own.
  const sameLine = (x: WeaponLine | undefined, y: WeaponLine): boolean => x !== undefined && x.weapon === y.weapon && x.launched === y.launched && x.intercepted === y.intercepted;
  const claimLines = a.reports.map((r) => {
    const ri = airEventPartIri(e, 'report', r.event);
    const taken = new Set<number>();
    return r.claims.map((c, j) =>
      c.weapons.map((w, i) => {
        if (sameLine(r.weapons[i], w) && !taken.has(i)) {
          taken.add(i);
          return { node: airEventPartIri(ri, 'line', w.weapon), own: false };
        }
        return { node: airEventPartIri(airEventPartIri(ri, 'claim', j), 'line', w.weapon), own: true };
      }),
    );
  });
  // 3. A figure is a claim's weapon line that states a number: the event's line points at that line node. The
  //    figures of every line are found in the order the merge made them (report, claim, line); an event whose
  //    figures cannot all be found so writes them as ng:Figure nodes instead (ordered by their IRI's last segment).
  const next = a.weapons.map(() => 0);
  const found: NamedNode[][] = a.weapons.map(() => []);
  a.reports.forEach((r, ri) => {
    r.claims.forEach((c, j) => {
      c.weapons.forEach((w, i) => {
        if (w.launched === null && w.intercepted === null) return;
        for (let k = 0; k < a.weapons.length; k++) {
          const f = a.weapons[k]?.figures[next[k] as number];
          if (f && f.document === r.document && f.claimedBy === c.claimedBy && f.weapon === w.weapon && f.launched === w.launched && f.intercepted === w.intercepted) {
            found[k]?.push(claimLines[ri]?.[j]?.[i]?.node as NamedNode);
            next[k] = (next[k] as number) + 1;
            break;
          }
        }
      });
    });
  });
  const linked = a.weapons.every((w, k) => found[k]?.length === w.figures.length);
  // 4. Weapon lines with their reconciled numbers, rules and stated figures.
  a.weapons.forEach((w, position) => {
    const l = line(e, w, position);
    if (w.launchedRule !== null) add(l, EV.launchedRule, literal(w.launchedRule));
    if (w.interceptedRule !== null) add(l, EV.interceptedRule, literal(w.interceptedRule));
    add(l, EV.conflict, w.conflict ? TRUE : FALSE);
    if (w.classes.length) add(l, EV.weaponClasses, literal(w.classes.join(' ')));
    if (linked) {
      for (const node of found[position] ?? []) add(l, EV.figure, node);
      return;
    }
    w.figures.forEach((f, j) => {
      const fi = airEventPartIri(l, 'figure', j);
      add(l, EV.figure, fi);
      add(fi, V.type, EV.Figure);
      add(fi, V.wasDerivedFrom, doc(f.document));
      if (f.claimedBy !== null) add(fi, EV.wasAttributedTo, entityIri(f.claimedBy));
      add(fi, EV.weapon, entityIri(f.weapon));
      counts(fi, f);
    });
  });
  // 5. Every report: what its article said, claim by claim. Its date and attacker are the event's (reports merge
  //    only within one date and attacker). Evidence points at the span's node in the document's part when there is
  //    one; a span of the report's own (text, start, end) is written once and shared by its claims.
  a.reports.forEach((r, index) => {
    const ri = airEventPartIri(e, 'report', r.event);
    add(e, EV.report, ri);
    add(ri, V.type, EV.Report);
    add(ri, V.wasDerivedFrom, doc(r.document));
    add(ri, EV.reportId, literal(r.event));
    add(ri, EV.eventKind, literal(r.kind));
    for (const t of r.targets) add(ri, EV.target, entityIri(t));
    for (const c of r.claimedBy) add(ri, EV.wasAttributedTo, entityIri(c));
    lines(ri, r.weapons);
    const written = new Map<string, NamedNode>();
    const span = (owner: NamedNode, s: Span & { text?: string }): void => {
      const id = `${s.start}-${s.end}`;
      let node = written.get(id);
      if (node === undefined) {
        const shared = sink.evidenceNode(r.document, s.start, s.end);
        node = shared ?? airEventPartIri(ri, 'evidence', id);
        written.set(id, node);
        if (shared === null) {
          if (s.text !== undefined) add(node, V.evidenceText, literal(s.text));
          add(node, V.evidenceStart, integer(s.start));
          add(node, V.evidenceEnd, integer(s.end));
        }
      }
      add(owner, EV.evidence, node);
    };
    for (const s of r.evidence) span(ri, s);
    r.claims.forEach((c, j) => {
      const ci = airEventPartIri(ri, 'claim', j);
      add(ri, EV.claim, ci);
      add(ci, V.type, EV.Claim);
      if (c.claimedBy !== null) add(ci, EV.wasAttributedTo, entityIri(c.claimedBy));
      c.weapons.forEach((w, i) => {
        const shared = claimLines[index]?.[j]?.[i];
        if (shared && !shared.own) add(ci, EV.weaponLine, shared.node);
        else line(ci, w, i);
      });
      for (const s of c.evidence) span(ci, s);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reading back.

/** Properties of one subject: predicate IRI -> objects (the importer's grouping, see fromQuads.ts). */
export type Description = Map<string, Term[]>;

/** The classes of event nodes (to classify subjects by rdf:type). */
export const EVENT_CLASS_KIND = new Map<string, EventKind>(EVENT_KINDS.map((k) => [EVENT_KIND_CLASS[k].value, k]));

/**
 * Adds to `graph` the event nodes among `events` (subjects typed with an event class), reading their parts from
 * `subjects`; `keyOf` maps an entity or document IRI to its node key. Call after entities and documents are in the
 * graph. Throws InputError (naming `where`) for an event that points nowhere.
 */
export function readEvents(
  graph: KnowledgeGraph,
  events: readonly [string, Description, EventKind][],
  subjects: ReadonlyMap<string, Description>,
  keyOf: ReadonlyMap<string, string>,
  where: string,
): void {
  const values = (d: Description | undefined, p: NamedNode): Term[] => d?.get(p.value) ?? [];
  const one = (d: Description | undefined, p: NamedNode): Term | undefined => values(d, p)[0];
  const text = (d: Description | undefined, p: NamedNode): string | null => one(d, p)?.value ?? null;
  const num = (d: Description | undefined, p: NamedNode): number | null => {
    const value = text(d, p);
    return value === null ? null : Number(value);
  };
  const node = (term: Term | undefined, subject: string, role: string): string => {
    const key = term ? keyOf.get(term.value) : undefined;
    if (key === undefined) throw new InputError(where, `${subject}: its ${role} is not a known entity or document; expected newsgraph RDF from newsgraph build`);
    return key;
  };
  const entityOrNull = (term: Term | undefined, subject: string, role: string): string | null => (term === undefined ? null : node(term, subject, role));
  const documentId = (term: Term | undefined, subject: string): string => {
    const key = node(term, subject, 'prov:wasDerivedFrom');
    return key.startsWith('doc:') ? key.slice(4) : key;
  };
  /** Claims and figures: in the order of the index that ends their IRI. */
  const byIndex = (list: Term[]): [string, Description | undefined][] =>
    list
      .map((t): [string, Description | undefined, number] => [t.value, subjects.get(t.value), Number(t.value.slice(t.value.lastIndexOf('/') + 1))])
      .sort((x, y) => x[2] - y[2])
      .map(([s, d]) => [s, d]);
  const byPosition = (list: Term[]): [string, Description | undefined][] =>
    list
      .map((t): [string, Description | undefined] => [t.value, subjects.get(t.value)])
      .sort((x, y) => (num(x[1], EV.position) ?? 0) - (num(y[1], EV.position) ?? 0));
  const linesOf = (d: Description | undefined): WeaponLine[] =>
    byPosition(values(d, EV.weaponLine)).map(([s, l]) => ({ weapon: node(one(l, EV.weapon), s, 'ng:weapon'), launched: num(l, EV.launchedCount), intercepted: num(l, EV.interceptedCount) }));
  const spansOf = (d: Description | undefined): (Span & { text: string | null })[] =>
    values(d, EV.evidence)
      .map((t) => subjects.get(t.value))
      .map((s) => ({ text: text(s, V.evidenceText), start: num(s, V.evidenceStart) ?? 0, end: num(s, V.evidenceEnd) ?? 0 }))
      .sort((x, y) => x.start - y.start || x.end - y.end);
  const rule = (value: string | null): FigureRule | null => (value !== null && (FIGURE_RULES as readonly string[]).includes(value) ? (value as FigureRule) : null);
  const published = (document: string): string | null => {
    const key = `doc:${document}`;
    if (!graph.hasNode(key)) return null;
    const a = graph.getNodeAttributes(key);
    return a.kind === 'document' ? a.published : null;
  };

  for (const [subject, d, eventKind] of [...events].sort((x, y) => compareStrings(x[0], y[0]))) {
    const key = text(d, V.key);
    if (key === null) throw new InputError(where, `${subject} has no <${V.key.value}>; expected newsgraph RDF from newsgraph build`);
    const date = text(d, EV.eventDate);
    const attacker = entityOrNull(one(d, EV.attacker), subject, 'ng:attacker');
    // Claim lines by node, with the claim that states them (the first, when a report line is shared), for figures.
    const claimLine = new Map<string, { document: string; event: string; claim: number; position: number; claimedBy: string | null }>();
    // 1. Reports, in the canonical order (document, event id); their date and attacker are the event's.
    const reports: EventReport[] = values(d, EV.report)
      .map((t) => {
        const r = subjects.get(t.value);
        const kind = text(r, EV.eventKind);
        const document = documentId(one(r, V.wasDerivedFrom), t.value);
        const event = text(r, EV.reportId) ?? '';
        const claims: EventReportClaim[] = byIndex(values(r, EV.claim)).map(([cs, c], claim) => {
          const claimedBy = entityOrNull(one(c, EV.wasAttributedTo), cs, 'prov:wasAttributedTo');
          for (const [ls, l] of byPosition(values(c, EV.weaponLine))) {
            if (!claimLine.has(ls)) claimLine.set(ls, { document, event, claim, position: num(l, EV.position) ?? 0, claimedBy });
          }
          return { claimedBy, weapons: linesOf(c), evidence: spansOf(c).map((e) => ({ start: e.start, end: e.end })) };
        });
        return {
          document,
          event,
          published: null,
          kind: (EVENT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as EventKind) : eventKind,
          date,
          attacker,
          claimedBy: values(r, EV.wasAttributedTo).map((c) => node(c, t.value, 'prov:wasAttributedTo')).sort(compareStrings),
          weapons: linesOf(r),
          targets: values(r, EV.target).map((c) => node(c, t.value, 'ng:target')).sort(compareStrings),
          evidence: spansOf(r).map((e): Evidence => ({ text: e.text ?? '', start: e.start, end: e.end })),
          claims,
        };
      })
      .map((r) => ({ ...r, published: published(r.document) }))
      .sort((x, y) => compareStrings(x.document, y.document) || compareStrings(x.event, y.event));
    // 2. Weapon lines, in their order. A figure is a claim's line node (in report, claim, line order), or an
    //    ng:Figure node of its own (in the order its IRI ends with).
    const figuresOf = (list: Term[]): EventFigure[] => {
      if (list.some((t) => !claimLine.has(t.value))) {
        return byIndex(list).map(([fs, f]): EventFigure => ({
          document: documentId(one(f, V.wasDerivedFrom), fs),
          claimedBy: entityOrNull(one(f, EV.wasAttributedTo), fs, 'prov:wasAttributedTo'),
          weapon: node(one(f, EV.weapon), fs, 'ng:weapon'),
          launched: num(f, EV.launchedCount),
          intercepted: num(f, EV.interceptedCount),
        }));
      }
      return list
        .map((t) => ({ s: t.value, l: subjects.get(t.value), c: claimLine.get(t.value)! }))
        .sort((x, y) => compareStrings(x.c.document, y.c.document) || compareStrings(x.c.event, y.c.event) || x.c.claim - y.c.claim || x.c.position - y.c.position)
        .map(({ s: fs, l, c }) => ({ document: c.document, claimedBy: c.claimedBy, weapon: node(one(l, EV.weapon), fs, 'ng:weapon'), launched: num(l, EV.launchedCount), intercepted: num(l, EV.interceptedCount) }));
    };
    const weapons: EventWeaponLine[] = byPosition(values(d, EV.weaponLine)).map(([ls, l]) => ({
      weapon: node(one(l, EV.weapon), ls, 'ng:weapon'),
      classes: (text(l, EV.weaponClasses) ?? '').split(' ').filter((c) => c !== ''),
      launched: num(l, EV.launchedCount),
      intercepted: num(l, EV.interceptedCount),
      launchedRule: rule(text(l, EV.launchedRule)),
      interceptedRule: rule(text(l, EV.interceptedRule)),
      conflict: text(l, EV.conflict) === 'true',
      figures: figuresOf(values(l, EV.figure)),
    }));
    // 3. The node, with the aggregates derived as the builder derives them.
    const dates = reports.map((r) => r.published).filter((p): p is string => p !== null).sort(compareStrings);
    const attributes: EventAttributes = {
      kind: 'event',
      label: eventLabel(eventKind, date, attacker === null ? null : graph.hasNode(attacker) ? graph.getNodeAttribute(attacker, 'label') : attacker),
      type: 'Event',
      eventKind,
      date,
      attacker,
      weapons,
      targets: values(d, EV.target).map((t) => node(t, subject, 'ng:target')).sort(compareStrings),
      claimants: values(d, EV.wasAttributedTo).map((t) => node(t, subject, 'prov:wasAttributedTo')).sort(compareStrings),
      reports,
      documents: new Set(reports.map((r) => r.document)).size,
      firstPublished: dates[0] ?? null,
      lastPublished: dates[dates.length - 1] ?? null,
    };
    const x = num(d, V.x);
    const y = num(d, V.y);
    if (x !== null) attributes.x = x;
    if (y !== null) attributes.y = y;
    addEventNode(graph, key, attributes);
  }
}
