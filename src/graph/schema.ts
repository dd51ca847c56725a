/**
 * The schema of graph.json's nodes and edges (zod): what `parseGraph` checks before a graph is used, so that a file
 * from elsewhere, hand-edited or cut short, is refused with one line naming the node or edge and the field
 * (`graph.json: node "City:kyiv": aliases: expected array, received undefined`), never a TypeError later in the
 * explorer or the query API. Browser-safe (the explorer checks the files it opens with it).
 */
import { z } from 'zod';
import { InputError } from '../errors.ts';
import { ENTITY_TYPES, PREDICATES } from '../domain/index.ts';

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

const NodeAttributesSchema = z.discriminatedUnion('kind', [EntityAttributesSchema, DocumentAttributesSchema]);
const EdgeAttributesSchema = z.discriminatedUnion('kind', [RelationAttributesSchema, MentionsAttributesSchema]);

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
 * Checks the nodes and edges of a parsed graph.json: every node is an entity or a document, every edge a relation
 * or a mention, with the attribute types of src/graph/types.ts.
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
