/**
 * Building a queryable graph in memory from texts (buildGraphFromTexts) and loading an exported file directly:
 * the same pipeline as `newsgraph build`, on two of our dev articles.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphFromTexts, InputError, loadGraph, UsageError } from '../../src/index.ts';
import { sampleGraphDir } from './sample-graph.ts';
import { outputText } from '../rdf/helpers.ts';

const corpus = resolve(import.meta.dirname, '../../corpus');
const article = (id: string): { id: string; text: string } => ({ id, text: readFileSync(join(corpus, `${id}.txt`), 'utf8') });

describe('buildGraphFromTexts', () => {
  it('builds dev_01 and dev_03 in memory: Russia launched Kinzhal, Patriot requested in dev_03', () => {
    const g = buildGraphFromTexts([article('dev_01'), article('dev_03')]);
    const [kinzhal] = g.relations({ subject: 'Russia', predicate: 'launched', object: 'Kinzhal' });
    expect(kinzhal?.evidence.map((e) => e.document)).toContain('dev_01');
    expect(kinzhal?.firstDate).toBe('2023-05-16');
    const patriot = g.relations({ predicate: 'requested', object: 'Patriot' });
    expect(patriot.flatMap((r) => r.evidence.map((e) => e.document))).toContain('dev_03');
    expect(g.entity('Kiev').label).toBe('Kyiv');
  });

  it.each([
    [[article('dev_01'), article('dev_01')], UsageError],
    [[{ id: '', text: 'x' }], UsageError],
    [[{ id: 'empty', text: '   ' }], InputError],
  ])('rejects bad inputs (%#)', (inputs, errorClass) => {
    expect(() => buildGraphFromTexts(inputs)).toThrow(errorClass);
  });
});

describe('loadGraph from one exported file', () => {
  it.each([['graph.ttl'], ['graph.nt'], ['graph.json']])('%s gives the same relations as the folder', async (file) => {
    const dir = await sampleGraphDir();
    const fromDir = await loadGraph(dir);
    // The RDF as one file, as `build --joined` writes it (the parts joined in order).
    const single = join(mkdtempSync(join(tmpdir(), 'newsgraph-one-file-')), file);
    writeFileSync(single, outputText(dir, file));
    const fromFile = await loadGraph(single);
    expect(fromFile.size).toEqual(fromDir.size);
    const key = (g: typeof fromDir): string[] => g.relations().map((r) => `${r.subject.id} ${r.predicate} ${r.object.id} ${r.documents}`).sort();
    expect(key(fromFile)).toEqual(key(fromDir));
  });
});
