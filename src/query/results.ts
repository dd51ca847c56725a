/**
 * SPARQL 1.1 query results in the W3C media types a SPARQL endpoint offers: JSON (application/sparql-results+json),
 * CSV (text/csv: plain values) and TSV (text/tab-separated-values: terms in Turtle syntax), plus N-Triples for
 * CONSTRUCT/DESCRIBE; and the content negotiation that picks one from an Accept header.
 * [Reference] SPARQL 1.1 Query Results JSON Format; SPARQL 1.1 Query Results CSV and TSV Formats (W3C, 2013).
 */
import type { SparqlResult, SparqlTerm } from './sparql.ts';

/** Media types of query results. */
export const RESULT_TYPES = {
  json: 'application/sparql-results+json',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  ntriples: 'application/n-triples',
} as const;
export type ResultType = keyof typeof RESULT_TYPES;

/** Which result format the Accept header asks for (SELECT/ASK: json, csv or tsv; default json); null when none fits. */
export function negotiateResults(accept: string | undefined): 'json' | 'csv' | 'tsv' | null {
  if (!accept || accept.trim() === '') return 'json';
  const offers: [string, 'json' | 'csv' | 'tsv'][] = [
    [RESULT_TYPES.json, 'json'],
    ['application/json', 'json'],
    [RESULT_TYPES.csv, 'csv'],
    [RESULT_TYPES.tsv, 'tsv'],
  ];
  let best: 'json' | 'csv' | 'tsv' | null = null;
  let bestQ = 0;
  for (const part of accept.split(',')) {
    const [range, ...params] = part.trim().toLowerCase().split(';');
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1');
    if (!(q > bestQ)) continue;
    const type = (range ?? '').trim();
    const hit = type === '*/*' || type === 'application/*' ? 'json' : type === 'text/*' ? 'csv' : offers.find(([media]) => media === type)?.[1];
    if (hit) [best, bestQ] = [hit, q];
  }
  return best;
}

/** A term in Turtle syntax (for TSV). */
function turtleTerm(term: SparqlTerm): string {
  if (term.type === 'uri') return `<${term.value}>`;
  if (term.type === 'bnode') return `_:${term.value}`;
  const escaped = term.value.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] as string);
  if (term['xml:lang']) return `"${escaped}"@${term['xml:lang']}`;
  if (term.datatype && term.datatype !== 'http://www.w3.org/2001/XMLSchema#string') {
    if (/#(integer|decimal|double|boolean)$/.test(term.datatype) && /^[+-]?[\w.]+$/.test(term.value)) return term.value;
    return `"${escaped}"^^<${term.datatype}>`;
  }
  return `"${escaped}"`;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A SELECT or ASK result as W3C JSON text. */
export function resultsJson(result: SparqlResult): string {
  if (result.kind === 'ask') return JSON.stringify({ head: {}, boolean: result.boolean });
  if (result.kind === 'graph') throw new Error('resultsJson: a CONSTRUCT result has no JSON results form');
  return JSON.stringify({ head: { vars: result.vars }, results: { bindings: result.bindings } });
}

/** A SELECT or ASK result as W3C CSV: a header of variable names, then plain values (unbound: empty), CRLF lines. */
export function resultsCsv(result: SparqlResult): string {
  if (result.kind === 'ask') return `_askResult\r\n${String(result.boolean)}\r\n`;
  if (result.kind === 'graph') throw new Error('resultsCsv: a CONSTRUCT result has no CSV form');
  const lines = [result.vars.map(csvCell).join(',')];
  for (const row of result.bindings) lines.push(result.vars.map((v) => (row[v] ? csvCell(row[v].type === 'bnode' ? `_:${row[v].value}` : row[v].value) : '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A SELECT or ASK result as W3C TSV: a header of `?var`s, then terms in Turtle syntax (unbound: empty). */
export function resultsTsv(result: SparqlResult): string {
  if (result.kind === 'ask') return `?_askResult\n${String(result.boolean)}\n`;
  if (result.kind === 'graph') throw new Error('resultsTsv: a CONSTRUCT result has no TSV form');
  const lines = [result.vars.map((v) => `?${v}`).join('\t')];
  for (const row of result.bindings) lines.push(result.vars.map((v) => (row[v] ? turtleTerm(row[v]) : '')).join('\t'));
  return `${lines.join('\n')}\n`;
}
