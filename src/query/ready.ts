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
