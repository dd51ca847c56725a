/**
 * Ready-made SPARQL queries (queries/*.rq) and their parameters.
 * A query declares a parameter in a header comment, `# @param <name> <default value>`, and uses it in its body as
 * the variable `$<name>`; `bindParams` replaces each `$<name>` with a string literal (the given value or the
 * default). The file stays valid SPARQL without binding (the parameter is then an unbound variable).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NotFoundError, UsageError } from '../errors.ts';

/** The queries/ folder of the project. */
export const QUERIES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../queries');

/** A parameter declared by a query. */
export interface QueryParam {
  name: string;
  default: string;
}

/** A ready-made query. */
export interface ReadyQuery {
  /** File name without `.rq`. */
  name: string;
  path: string;
  /** The first comment paragraph. */
  description: string;
  params: QueryParam[];
  text: string;
}

/** The ready-made queries, by name. */
export function listQueries(dir: string = QUERIES_DIR): ReadyQuery[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.rq'))
    .sort()
    .map((file) => parseQueryFile(join(dir, file)));
}

/** Reads a query file and its header. */
export function parseQueryFile(path: string): ReadyQuery {
  const text = readFileSync(path, 'utf8');
  const description: string[] = [];
  const params: QueryParam[] = [];
  let inDescription = true;
  for (const line of text.split('\n')) {
    const comment = /^\s*#\s?(.*)$/.exec(line);
    if (!comment) {
      if (line.trim() === '') continue;
      break;
    }
    const param = /^@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*(.*)$/.exec((comment[1] as string).trim());
    if (param) {
      params.push({ name: param[1] as string, default: (param[2] as string).trim() });
      inDescription = false;
    } else if (inDescription && !/^(Parameters|Run with)\b/.test((comment[1] as string).trim())) {
      description.push((comment[1] as string).trim());
    } else {
      inDescription = false;
    }
  }
  return { name: basename(path, '.rq'), path, description: description.join(' ').trim(), params, text };
}

/**
 * The text of the query named by `spec`: a path to a file, the name of a ready-made query ("condemnations"), or a
 * query string. Returns the parsed file for files, null for inline text.
 */
export function resolveQuery(spec: string, dir: string = QUERIES_DIR): { text: string; file: ReadyQuery | null } {
  if (/\.rq$/i.test(spec) || (spec.length < 4096 && !/\s/.test(spec.trim()))) {
    const candidates = [spec, join(dir, spec), join(dir, `${spec}.rq`)];
    for (const candidate of candidates) {
      if (existsSync(candidate) && candidate.endsWith('.rq')) {
        const file = parseQueryFile(candidate);
        return { text: file.text, file };
      }
    }
    throw new NotFoundError(
      `sparql: no query file "${spec}"; expected a .rq path, a SPARQL query string or a ready-made query`,
      listQueries(dir).map((q) => q.name),
    );
  }
  return { text: spec, file: null };
}

/** Escapes `value` as a SPARQL string literal. */
export function sparqlString(value: string): string {
  return `"${value.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] as string)}"`;
}

/**
 * Replaces every `$<name>` of the declared parameters with a string literal: `values[name]`, else the declared
 * default. Throws UsageError for a value given for a parameter the query does not declare.
 */
export function bindParams(text: string, params: readonly QueryParam[], values: Record<string, string>): string {
  const declared = new Map(params.map((p) => [p.name, p.default]));
  for (const name of Object.keys(values)) {
    if (!declared.has(name)) {
      const known = [...declared.keys()];
      throw new UsageError(`sparql: unknown --param "${name}"; expected ${known.length ? known.join(', ') : 'no parameters for this query'}`);
    }
  }
  if (declared.size === 0) return text;
  // Only outside comments: the header documents `$name` too.
  return text
    .split('\n')
    .map((line) =>
      /^\s*#/.test(line)
        ? line
        : line.replace(/\$([A-Za-z_][A-Za-z0-9_]*)\b/g, (whole, name: string) =>
            declared.has(name) ? sparqlString(values[name] ?? (declared.get(name) as string)) : whole,
          ),
    )
    .join('\n');
}

/** Parses `--param name=value` strings. */
export function parseParamOptions(options: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const option of options) {
    const eq = option.indexOf('=');
    if (eq <= 0) throw new UsageError(`sparql: bad --param "${option}"; expected name=value`);
    values[option.slice(0, eq)] = option.slice(eq + 1);
  }
  return values;
}

/** A page of a query's answer: skip `offset` rows, give at most `limit`. */
export interface PageOptions {
  offset?: number;
  limit?: number;
}

/** The solution modifiers LIMIT / OFFSET (either order, either or both) at the very end of a query. */
const TRAILING_PAGE = /(?:\s+(?:LIMIT|OFFSET)\s+\d+){1,2}\s*$/i;

/**
 * `text` asking for one page of its answer: the LIMIT and OFFSET that end the query (a ready-made query that pages,
 * such as `requests`, ends with `LIMIT 1000`) are replaced by the given ones; a value not given keeps the query's
 * own (the LIMIT) or none (the OFFSET: the first page). A query without them gets them appended. Only the last
 * clause of the text is touched, so a sub-select's LIMIT is never changed.
 * @throws UsageError for a negative or fractional offset or a limit below 1
 */
export function pageQuery(text: string, page: PageOptions): string {
  if (page.offset === undefined && page.limit === undefined) return text;
  if (page.offset !== undefined && (!Number.isSafeInteger(page.offset) || page.offset < 0)) throw new UsageError(`sparql: bad offset ${page.offset}; expected a whole number >= 0`);
  if (page.limit !== undefined && (!Number.isSafeInteger(page.limit) || page.limit < 1)) throw new UsageError(`sparql: bad limit ${page.limit}; expected a whole number >= 1`);
  const trailing = TRAILING_PAGE.exec(stripTrailingComments(text));
  const body = trailing ? text.slice(0, trailing.index) : text.trimEnd();
  const ownLimit = trailing ? /LIMIT\s+(\d+)/i.exec(trailing[0]) : null;
  const limit = page.limit ?? (ownLimit ? Number(ownLimit[1]) : undefined);
  return `${body}${limit !== undefined ? `\nLIMIT ${limit}` : ''}${page.offset ? `\nOFFSET ${page.offset}` : ''}\n`;
}

/** `text` without the comment lines and blank lines at its end. */
function stripTrailingComments(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 0 && /^\s*(#.*)?$/.test(lines[lines.length - 1] as string)) lines.pop();
  return lines.join('\n');
}

/**
 * Where a paged answer stands, from its `?total` column (a query that pages binds the number of rows of its whole
 * answer there, on every row): the rows shown, the total and the offset of the next page (null on the last page).
 * Null when the answer has no `total` column or no rows.
 */
export function pageNote(totals: readonly unknown[], offset: number): { first: number; last: number; total: number; next: number | null } | null {
  if (totals[0] === null || totals[0] === undefined || totals[0] === '') return null;
  const total = Number(totals[0]);
  if (!Number.isFinite(total)) return null;
  const last = offset + totals.length;
  return { first: offset + 1, last, total, next: last < total ? last : null };
}
