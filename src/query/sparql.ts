/**
 * SPARQL over a built graph: in-process with oxigraph (the default; loads the N-Triples parts, else the Turtle parts,
 * of the graph folder) or against a remote SPARQL 1.1 Protocol endpoint. Both give the same `SparqlResult` shape, which is the
 * W3C JSON results format (application/sparql-results+json) for SELECT/ASK and N-Triples for CONSTRUCT/DESCRIBE.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import oxigraph from 'oxigraph';
import { InputError, NewsgraphError, NotFoundError } from '../errors.ts';
import { rdfSource } from '../rdf/parts.ts';
import { PREFIXES } from '../rdf/vocabulary.ts';
import type { Table } from './format.ts';
import { graphFile } from './load.ts';
import { bodySummary, EndpointError, type HttpClient } from './http.ts';
import { prepareQuery, queryError } from './sparql-text.ts';

/** One RDF term of a result row (W3C SPARQL JSON results). */
export interface SparqlTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

/** The result of a query. */
export type SparqlResult =
  | { kind: 'select'; vars: string[]; bindings: Record<string, SparqlTerm>[] }
  | { kind: 'ask'; boolean: boolean }
  | { kind: 'graph'; ntriples: string };

const RESULTS_JSON = 'application/sparql-results+json';
const NTRIPLES = 'application/n-triples';
/** Bytes per piece handed to oxigraph's loader (see `fdChunks`). */
const CHUNK_BYTES = 8 * 1024 * 1024;

/** An oxigraph store holding one built graph; call `close()` (frees its WASM memory) when done. */
export class LocalSparql {
  private store: oxigraph.Store | null;
  /** Number of triples loaded. */
  readonly size: number;
  /** The file the store was loaded from. */
  readonly source: string;

  private constructor(store: oxigraph.Store, source: string) {
    this.store = store;
    this.size = store.size;
    this.source = source;
  }

  /**
   * Loads the graph built into `dir`: its N-Triples parts (fastest to parse), else its Turtle parts, one after the
   * other (src/rdf/parts.ts; a folder without parts: graph.nt, else graph.ttl).
   * @throws NotFoundError when the folder or both syntaxes are missing; InputError when the RDF does not parse
   */
  static open(dir: string, onProgress?: (loaded: number, total: number) => void): LocalSparql {
    const { paths, format, label } = sparqlSources(dir);
    return LocalSparql.openFiles(paths, format, onProgress, label);
  }

  /**
   * A store loaded from RDF files of one syntax (read as byte pieces, one file after the other; every file is opened
   * before the load starts, so a build that replaces them meanwhile does not cut the load short); `onProgress` gets
   * the bytes read so far and the total after each piece. `label` names the input in messages.
   */
  static openFiles(paths: readonly string[], format: string, onProgress?: (loaded: number, total: number) => void, label?: string): LocalSparql {
    const fds: number[] = [];
    try {
      for (const path of paths) fds.push(openSync(path, 'r'));
    } catch (error) {
      for (const fd of fds) closeSync(fd);
      throw error;
    }
    const total = fds.reduce((sum, fd) => sum + fstatSync(fd).size, 0);
    let loaded = 0;
    function* pieces(): Generator<Uint8Array> {
      for (const fd of fds) {
        for (const piece of fdChunks(fd)) {
          loaded += piece.byteLength;
          yield piece;
          onProgress?.(loaded, total);
        }
      }
    }
    try {
      return LocalSparql.fromText(pieces(), format, label ?? (paths.length === 1 ? (paths[0] as string) : `${paths.length} RDF files`));
    } finally {
      for (const fd of fds) {
        try {
          closeSync(fd);
        } catch {
          // closed by a finished piece reader
        }
      }
    }
  }

  /**
   * A store loaded from RDF (N-Triples, Turtle, TriG or N-Quads by media type), given whole or as an iterable of
   * pieces, as text or UTF-8 bytes. Bytes skip the UTF-16 -> UTF-8 copy of strings; `lenient` skips IRI and literal
   * validation (the file is newsgraph's own output). The load keeps oxigraph's transaction: with oxigraph 0.5.11's
   * in-memory store, `no_transaction` costs about 35 % more CPU (measured on the 10k-article scale graph), and a
   * given whole file about 2.5 times the CPU of the same bytes in pieces of a few MB (`fdChunks`).
   */
  static fromText(text: string | Uint8Array | Iterable<string | Uint8Array>, format: string, source = 'RDF input'): LocalSparql {
    const store = new oxigraph.Store();
    try {
      store.load(text, { format, lenient: true });
    } catch (error) {
      // After a trap inside WASM the store may still be borrowed: freeing it then throws and would hide the cause.
      try {
        freeStore(store);
      } catch {
        // the WASM instance is unusable anyway
      }
      if (error instanceof WebAssembly.RuntimeError || /memory|unreachable|allocat/i.test(messageOf(error))) {
        throw new NewsgraphError(
          `${source}: the in-process SPARQL store ran out of memory (${firstLine(error)}): oxigraph runs in WASM, which holds at most 4 GB, about 12 M triples of this graph; load the graph into a triple store (newsgraph push, or Virtuoso's bulk loader) and query it there (serve --sparql-endpoint, sparql --endpoint)`,
        );
      }
      throw new InputError(source, `does not parse as ${format} (${firstLine(error)}); expected the output of newsgraph build`);
    }
    return new LocalSparql(store, source);
  }

  /**
   * Runs a SPARQL 1.1 query (the project's prefixes are predeclared). Throws InputError (one line, with the position
   * and what was expected) for a query that does not parse.
   */
  query(text: string): SparqlResult {
    return parseResultsText(this.queryText(text));
  }

  /**
   * Runs a query and returns the store's own serialisation: W3C JSON results for SELECT/ASK, N-Triples for
   * CONSTRUCT/DESCRIBE (no parse into objects: the server forwards it as it is).
   */
  queryText(text: string): { format: 'json' | 'ntriples'; body: string } {
    if (!this.store) throw new InputError('sparql', 'the store is closed; expected an open LocalSparql');
    const prepared = prepareQuery(text);
    try {
      return { format: 'json', body: String(this.store.query(prepared.text, { results_format: RESULTS_JSON })) };
    } catch (error) {
      if (!/not supported rdf format/i.test(messageOf(error))) throw queryError(prepared, messageOf(error));
      // CONSTRUCT and DESCRIBE give triples, which have no JSON results form.
      try {
        return { format: 'ntriples', body: String(this.store.query(prepared.text, { results_format: NTRIPLES })) };
      } catch (retry) {
        throw queryError(prepared, messageOf(retry));
      }
    }
  }

  /** Frees the store's WASM memory. */
  close(): void {
    if (this.store) freeStore(this.store);
    this.store = null;
  }
}

/**
 * The RDF files of a built graph folder that SPARQL loads, and their syntax: the N-Triples parts, else the Turtle parts
 * (or, in a folder without parts, graph.nt, else graph.ttl); `bytes` is their total size, `label` what messages name.
 * @throws NotFoundError when the folder has neither
 */
export function sparqlSources(dir: string): { paths: string[]; format: string; bytes: number; label: string } {
  const nt = rdfSource(dir, 'ntriples');
  if (nt) return { paths: nt.paths, format: NTRIPLES, bytes: nt.bytes, label: nt.label };
  const ttl = rdfSource(dir, 'turtle');
  if (ttl) return { paths: ttl.paths, format: 'text/turtle', bytes: ttl.bytes, label: ttl.label };
  graphFile(dir, 'graph.ttl');
  throw new NotFoundError(`${dir}: no N-Triples or Turtle in the graph folder; expected the output of \`newsgraph build <corpus> --out ${dir}\` with the nt or ttl format`);
}

/**
 * Runs `query` against a SPARQL 1.1 Protocol endpoint (POST, form-encoded), asking for JSON results or
 * N-Triples. Throws EndpointError with the server's message when the endpoint refuses the query.
 */
export async function queryEndpoint(client: HttpClient, endpoint: string, query: string): Promise<SparqlResult> {
  return parseResultsText(await queryEndpointText(client, endpoint, query), endpoint);
}

/** A member of a W3C JSON results term that Virtuoso writes as `"type": "typed-literal"` (the W3C format says literal). */
const TYPED_LITERAL = /"type"(\s*):(\s*)"typed-literal"/g;

/**
 * `queryEndpoint`'s answer as text, unparsed: W3C JSON results (Virtuoso's `typed-literal` rewritten as `literal`) or
 * N-Triples. `serve --sparql-endpoint` hands it on as it came: parsing a large answer and writing it again cost more
 * CPU than the store's own query (9,392 rows of `requests` at 100,000 articles: about 100 ms).
 */
export async function queryEndpointText(client: HttpClient, endpoint: string, query: string): Promise<{ format: 'json' | 'ntriples'; body: string }> {
  const response = await client.send({
    method: 'POST',
    url: endpoint,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: `${RESULTS_JSON}, ${NTRIPLES};q=0.9, text/plain;q=0.5`,
    },
    body: new URLSearchParams({ query: prepareQuery(query).text }).toString(),
  });
  if (response.status < 200 || response.status >= 300) {
    throw new EndpointError(`${endpoint}: HTTP ${response.status}: ${bodySummary(response.text)}; expected a valid SPARQL query`, response.status);
  }
  const type = response.contentType.toLowerCase();
  if (type.includes('json')) {
    // The pattern cannot match inside a JSON string (a quote there is always escaped), so the rewrite touches only
    // the members named "type".
    const body = response.text.replace(TYPED_LITERAL, '"type"$1:$2"literal"');
    if (!body.trimStart().startsWith('{') || !body.trimEnd().endsWith('}')) {
      throw new InputError(endpoint, 'answered with malformed JSON; expected application/sparql-results+json');
    }
    return { format: 'json', body };
  }
  if (type.includes('n-triples') || type.includes('text/plain') || type.includes('turtle')) return { format: 'ntriples', body: response.text };
  throw new EndpointError(`${endpoint}: unexpected content type "${response.contentType}"; expected ${RESULTS_JSON} or ${NTRIPLES}`, response.status);
}

/** A store's serialised answer (see `LocalSparql.queryText`) as a `SparqlResult`. */
export function parseResultsText(answer: { format: 'json' | 'ntriples'; body: string }, where = 'oxigraph'): SparqlResult {
  return answer.format === 'ntriples' ? { kind: 'graph', ntriples: answer.body } : parseResultsJson(answer.body, where);
}

/** Parses W3C SPARQL JSON results. */
export function parseResultsJson(text: string, where: string): SparqlResult {
  let data: { head?: { vars?: string[] }; results?: { bindings?: Record<string, SparqlTerm>[] }; boolean?: boolean };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    throw new InputError(where, 'answered with malformed JSON; expected application/sparql-results+json');
  }
  if (typeof data.boolean === 'boolean') return { kind: 'ask', boolean: data.boolean };
  const bindings = (data.results?.bindings ?? []).map(normaliseRow);
  return { kind: 'select', vars: data.head?.vars ?? [], bindings };
}

/** Virtuoso writes typed literals as `typed-literal`; the W3C format says `literal`. */
function normaliseRow(row: Record<string, SparqlTerm>): Record<string, SparqlTerm> {
  for (const term of Object.values(row)) {
    if ((term.type as string) === 'typed-literal') term.type = 'literal';
  }
  return row;
}

/** Options of `resultTable`. */
export interface ResultTableOptions {
  /** Write IRIs under the known prefixes as `prefix:local` (table output); default false (full IRIs, as in CSV). */
  compact?: boolean;
}

/** A SELECT/ASK result as a table (ASK: one column `boolean`; CONSTRUCT: s, p, o as N-Triples terms). */
export function resultTable(result: SparqlResult, options: ResultTableOptions = {}): Table {
  if (result.kind === 'ask') return { columns: ['boolean'], rows: [[result.boolean]] };
  if (result.kind === 'graph') {
    const rows = result.ntriples
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const match = /^(\S+)\s+(\S+)\s+(.*?)\s*\.\s*$/.exec(line);
        return match ? [match[1] as string, match[2] as string, match[3] as string] : [line, '', ''];
      });
    return { columns: ['subject', 'predicate', 'object'], rows };
  }
  const show = (term: SparqlTerm | undefined): string | number | null => {
    if (!term) return null;
    if (term.type === 'uri') return options.compact ? compactIri(term.value) : term.value;
    if (term.type === 'bnode') return `_:${term.value}`;
    if (term.type === 'literal' && term.datatype && /#(integer|int|long|decimal|nonNegativeInteger)$/.test(term.datatype)) {
      const n = Number(term.value);
      if (Number.isFinite(n)) return n;
    }
    return term.value;
  };
  return { columns: result.vars, rows: result.bindings.map((row) => result.vars.map((v) => show(row[v]))) };
}

/** The value of each row's `variable` as plain strings (for tests and comparisons across stores). */
export function column(result: SparqlResult, variable: string): (string | null)[] {
  if (result.kind !== 'select') return [];
  return result.bindings.map((row) => row[variable]?.value ?? null);
}

const PREFIX_LIST = Object.entries(PREFIXES).sort((a, b) => b[1].length - a[1].length);

function compactIri(iri: string): string {
  for (const [prefix, namespace] of PREFIX_LIST) {
    if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return `<${iri}>`;
}

/**
 * Reads an open file as byte pieces of `size` bytes (oxigraph's parser takes bytes and carries a split character or
 * triple over to the next piece). Each piece is a fresh buffer: oxigraph may read a piece after the next is read.
 */
function* fdChunks(fd: number, size = CHUNK_BYTES): Generator<Uint8Array> {
  for (;;) {
    const buffer = Buffer.allocUnsafe(size);
    const read = readSync(fd, buffer, 0, size, null);
    if (read === 0) break;
    yield buffer.subarray(0, read);
  }
}

/** Stores live in WASM memory; `free` exists at run time but is missing from oxigraph's type declarations. */
function freeStore(store: oxigraph.Store): void {
  (store as unknown as { free(): void }).free();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(error: unknown, max = 160): string {
  const line = messageOf(error).split('\n')[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
