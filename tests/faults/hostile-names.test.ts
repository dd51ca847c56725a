/**
 * Hostile names (tests/faults/hostile.ts: quotes, markup, newlines, escape sequences, NUL, RTL overrides, emoji,
 * spreadsheet formulas, SPARQL delimiters) through every output: graph.json, graph.ttl, graph.nt and graph.trig
 * (parsed back by n3, by Debian's rapper and by newsgraph's own import, giving the same graph), the CSV and table
 * output of `query` and `sparql` (no formula cell, no control character on the terminal), graph.gexf (valid GEXF
 * 1.3, read back by graphology-gexf) and the CSV tables (read back by csv-parse, no formula cell). The explorer's
 * side is in explorer.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/serialize.ts';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseCsvTable } from 'csv-parse/sync';
import { exportGraph, OUTPUT_FORMATS } from '../../src/output/index.ts';
import { checkGexf } from '../output/gexf-check.ts';
import { importGraph } from '../../src/rdf/files.ts';
import { loadGraph } from '../../src/query/load.ts';
import { RAPPER_SYNTAX, outputText, rapperCount, snapshot } from '../rdf/helpers.ts';
import { newsgraph } from '../cli/run-cli.ts';
import { HOSTILE_NAMES, hostileGraph } from './hostile.ts';

let dir: string;
let triples: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-hostile-'));
  triples = (await exportGraph(hostileGraph(), dir, { formats: [...OUTPUT_FORMATS], joined: true })).triples;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Parses RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks) into records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return records;
}

describe('hostile names in the graph files', () => {
  it('graph.json reads back into the same graph', () => {
    expect(snapshot(parseGraph(outputText(dir, 'graph.json')))).toEqual(snapshot(hostileGraph()));
  });

  it.each(Object.entries(RAPPER_SYNTAX))('%s parses with n3 and rapper, with every triple, and imports as the same graph', async (file, syntax) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const quads = new Parser({ format: syntax === 'trig' ? 'TriG' : syntax === 'turtle' ? 'Turtle' : 'N-Triples' }).parse(text);
    if (syntax !== 'trig') expect(quads.length).toBe(triples);
    expect(rapperCount(join(dir, file), syntax)).toBe(quads.length);
    expect(snapshot(await importGraph(join(dir, file)))).toEqual(snapshot(hostileGraph()));
  });

  it('graph.gexf is valid GEXF 1.3 and reads back with every hostile label (characters XML cannot hold replaced)', () => {
    const gexf = readFileSync(join(dir, 'graph.gexf'), 'utf8');
    expect(checkGexf(gexf)).toEqual([]);
    const back = parseGexf(MultiDirectedGraph, gexf);
    const xmlSafe = (text: string): string => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
    for (const [index, name] of HOSTILE_NAMES.entries()) expect(back.getNodeAttribute(`hostile-${index}`, 'label'), JSON.stringify(name)).toBe(xmlSafe(name));
  });

  it('nodes.csv, edges.csv and evidence.csv read back with csv-parse: every label, no formula cell', () => {
    const table = (file: string): Record<string, string>[] => parseCsvTable(readFileSync(join(dir, file), 'utf8'), { columns: true, record_delimiter: '\r\n' });
    const nodes = table('nodes.csv');
    for (const [index, name] of HOSTILE_NAMES.entries()) {
      const label = nodes.find((row) => row.Id === `hostile-${index}`)?.Label;
      expect(label, JSON.stringify(name)).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
    }
    for (const file of ['nodes.csv', 'edges.csv', 'evidence.csv']) {
      for (const row of table(file)) for (const cell of Object.values(row)) expect(cell, `${file}: ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('every hostile label is found again by the query API, exactly', async () => {
    const graph = await loadGraph(dir);
    for (const [index, name] of HOSTILE_NAMES.entries()) expect(graph.entity(`hostile-${index}`).label, JSON.stringify(name)).toBe(name);
  });
});

describe('hostile names in the CLI output', () => {
  it('query --format csv: one record per relation, labels intact after the apostrophe, no formula cell', async () => {
    const r = await newsgraph(['query', '-g', dir, '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    const records = parseCsv(r.stdout);
    expect(records.length).toBe(1 + HOSTILE_NAMES.length - 1);
    for (const cell of records.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
    const subjects = new Set(records.slice(1).map((row) => row[0]));
    for (const name of HOSTILE_NAMES.slice(0, -1)) expect(subjects.has(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name), JSON.stringify(name)).toBe(true);
  }, 30_000);

  it('sparql --format csv over labels: no formula cell; the table shows no control character', async () => {
    const query = 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?label WHERE { ?e skos:prefLabel ?label }';
    const csv = await newsgraph(['sparql', query, '-g', dir, '--format', 'csv'], dir);
    expect(csv.code).toBe(0);
    const cells = parseCsv(csv.stdout).slice(1).map((row) => row[0] as string);
    expect(cells.length).toBeGreaterThanOrEqual(HOSTILE_NAMES.length);
    for (const cell of cells) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
    const table = await newsgraph(['sparql', query, '-g', dir], dir);
    expect(table.code).toBe(0);
    const unsafe = [...table.stdout].filter((c) => c !== '\n' && /[\p{Cc}\u202a-\u202e\u2066-\u2069\u200f]/u.test(c));
    expect(unsafe).toEqual([]);
  }, 30_000);
});
