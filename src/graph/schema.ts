/**
 * The schema of graph.json's nodes and edges (zod): what `parseGraph` checks before a graph is used, so that a file
 * from elsewhere, hand-edited or cut short, is refused with one line naming the node or edge and the field
 * (`graph.json: node "City:kyiv": aliases: expected array, received undefined`), never a TypeError later in the
 * explorer or the query API. Browser-safe (the explorer checks the files it opens with it).
 */
import { z } from 'zod';
import { InputError } from '../errors.ts';
import { ENTITY_TYPES, EVENT_KINDS, PREDICATES } from '../domain/index.ts';
import { EVENT_EDGE_ROLES, FIGURE_RULES } from './event-types.ts';

const text = z.string();
const nullableText = z.string().nullable();
const position = z.number().optional();

/** Attributes of an entity node. Extra attributes (colours set by other tools) are allowed. */
export const EntityAttributesSchema = z.looseObject({
  kind: z.literal('entity'),
  label: text,
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(text),
  generic: z.boolean(),
  wikidata: nullableText,
  documents: z.number(),
  x: position,
  y: position,
});

/** Attributes of a document node. */
export const DocumentAttributesSchema = z.looseObject({
  kind: z.literal('document'),
  label: text,
  type: z.literal('Document'),
  title: nullableText,
  published: nullableText,
  source: nullableText,
  byline: nullableText,
  x: position,
  y: position,
});

/** One evidence record of a relation edge. */
export const EvidenceSchema = z.looseObject({
  document: text,
  text,
  start: z.number(),
  end: z.number(),
  published: nullableText,
  count: z.number().nullable(),
  addressee: z.array(text).nullable(),
});

/** Attributes of a relation edge. */
export const RelationAttributesSchema = z.looseObject({
  kind: z.literal('relation'),
  predicate: z.enum(PREDICATES),
  evidence: z.array(EvidenceSchema),
  firstDate: nullableText,
  lastDate: nullableText,
  documents: z.number(),
});

/** Attributes of a document -> entity edge. */
export const MentionsAttributesSchema = z.looseObject({
  kind: z.literal('mentions'),
  label: text.optional(),
  aliases: z.array(text).optional(),
});

const count = z.number().nullable();
const figureRule = z.enum(FIGURE_RULES).nullable();

/** One reconciled weapon line of an event node, with the figures it was chosen from. */
export const EventWeaponLineSchema = z.looseObject({
  weapon: text,
  classes: z.array(text),
  launched: count,
  intercepted: count,
  launchedRule: figureRule,
  interceptedRule: figureRule,
  conflict: z.boolean(),
  figures: z.array(z.looseObject({ document: text, claimedBy: nullableText, weapon: text, launched: count, intercepted: count })),
});

/** One article's report of an event (the per-article event as extracted, with its document). */
export const EventReportSchema = z.looseObject({
  document: text,
  event: text,
  published: nullableText,
  kind: z.enum(EVENT_KINDS),
  date: nullableText,
  attacker: nullableText,
  claimedBy: z.array(text),
  targets: z.array(text),
  weapons: z.array(z.looseObject({ weapon: text, launched: count, intercepted: count })),
  evidence: z.array(z.looseObject({ text, start: z.number(), end: z.number() })),
  claims: z.array(z.looseObject({ claimedBy: nullableText })),
});

/** Attributes of an event node (src/graph/event-types.ts). */
export const EventAttributesSchema = z.looseObject({
  kind: z.literal('event'),
  label: text,
  type: z.literal('Event'),
  eventKind: z.enum(EVENT_KINDS),
  date: nullableText,
  attacker: nullableText,
  weapons: z.array(EventWeaponLineSchema),
  targets: z.array(text),
  claimants: z.array(text),
  reports: z.array(EventReportSchema),
  documents: z.number(),
  firstPublished: nullableText,
  lastPublished: nullableText,
  x: position,
  y: position,
});

/** Attributes of an edge from an event node to one of its attacker, weapons, targets, claimants or documents. */
export const EventRoleAttributesSchema = z.looseObject({
  kind: z.literal('event-role'),
  role: z.enum(EVENT_EDGE_ROLES),
});

const NodeAttributesSchema = z.discriminatedUnion('kind', [
  EntityAttributesSchema,
  DocumentAttributesSchema,
  EventAttributesSchema,
]);
const EdgeAttributesSchema = z.discriminatedUnion('kind', [
  RelationAttributesSchema,
  MentionsAttributesSchema,
  EventRoleAttributesSchema,
]);

/** A serialized node or edge as graph.json holds it (only the fields checked here). */
interface Item {
  key?: unknown;
  attributes?: unknown;
}

/** One line about the first problem zod found in `what`. */
function describe(error: z.ZodError, what: string): string {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'attributes';
  let problem = (issue?.message ?? 'invalid').replace(/\s+/g, ' ');
  if (issue?.code === 'invalid_union' && issue.path.length === 0) problem = 'no valid "kind"';
  return `${what}: ${path}: ${problem}`;
}

/**
 * Checks the nodes and edges of a parsed graph.json: every node is an entity, a document or an event, every edge a
 * relation, a mention or an event role, with the attribute types of src/graph/types.ts.
 * @throws InputError on `where` naming the first bad node or edge, its field and the problem
 */
export function checkGraphItems(nodes: readonly Item[], edges: readonly Item[], where: string): void {
  const check = (items: readonly Item[], schema: z.ZodType, noun: string): void => {
    for (const [index, item] of items.entries()) {
      const what = `${noun} ${typeof item?.key === 'string' ? JSON.stringify(item.key) : `#${index}`}`;
      if (!item || typeof item !== 'object' || typeof item.key !== 'string') {
        throw new InputError(where, `${what}: no string "key"; expected graph.json from newsgraph build`);
      }
      const result = schema.safeParse(item.attributes ?? {});
      if (!result.success) throw new InputError(where, `${describe(result.error, what)}; expected graph.json from newsgraph build`);
    }
  };
  check(nodes, NodeAttributesSchema, 'node');
  check(edges, EdgeAttributesSchema, 'edge');
}
