/**
 * Validation of the JSON files newsgraph reads (lexicon, gazetteer, extraction, gold) with one schema library (zod).
 * A file that does not fit its schema is refused with one line naming the file and the path of the first bad field:
 * `ontology/lexicon/relations.json: launch.3: Invalid input: expected string, received number`.
 */
import type { z } from 'zod';
import { InputError } from '../errors.ts';

/** The path of a zod issue as `a.b.3` (`(top level)` for the root). */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map((p) => String(p)).join('.') : '(top level)';
}

/**
 * Parses `data` with `schema`, or throws an InputError on `input` (a file path or label) naming the path of the
 * first bad field and the problem; `expected` (optional) closes the line ("expected a JSON array of entries").
 */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, input: string, expected?: string): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  const where = first ? issuePath(first.path) : '(top level)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  const problem = (first?.message ?? 'invalid').replace(/\s+/g, ' ');
  throw new InputError(input, `${where}: ${problem}${more}${expected ? `; expected ${expected}` : ''}`);
}
