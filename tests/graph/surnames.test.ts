/**
 * People merged across articles beyond exact names (src/graph/build.ts): a surname alone merges into the one
 * full-name person of the corpus with that surname, never when two full names share it, and one name written in two
 * romanisations is one person. Extracted with the real pipeline from tests/fixtures/surnames (invented people).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { addExtractions, buildGraph, createGraph } from '../../src/graph/build.ts';
import { serializeGraph } from '../../src/graph/serialize.ts';
import type { EntityAttributes, KnowledgeGraph } from '../../src/graph/types.ts';
import type { DocumentExtraction } from '../../src/extract/types.ts';

const dir = new URL('../fixtures/surnames/', import.meta.url).pathname;
const extractions: DocumentExtraction[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFileSync(`${dir}${f}`, 'utf8');
    const id = f.replace(/\.txt$/, '');
    return extractDocument({ id, path: f, format: 'txt', text, title: null, published: null, source: null, byline: null, dropped: [] });
  });

/** The person nodes of a graph as `label (documents)`, sorted. */
function persons(graph: KnowledgeGraph): string[] {
  const out: string[] = [];
  graph.forEachNode((_key, a) => {
    if (a.kind === 'entity' && a.type === 'Person') out.push(`${a.label} (${(a as EntityAttributes).documents})`);
  });
  return out.sort();
}

describe('persons merged across articles', () => {
  const graph = buildGraph(extractions);

  it('merges a surname alone into the one full name with that surname', () => {
    expect(persons(graph)).toContain('Dmytro Hrytsenko (2)');
    expect(persons(graph)).not.toContain('Hrytsenko (1)');
    const node = graph.getNodeAttributes('person:dmytro-hrytsenko') as EntityAttributes;
    expect(node.aliases).toContain('Hrytsenko');
  });

  it('moves the relations of the surname onto the full name', () => {
    const subjects = new Set<string>();
    graph.forEachEdge((_key, a, source) => {
      if (a.kind === 'relation' && a.evidence.some((e) => e.document === 'sn_2')) subjects.add(source);
    });
    expect(subjects.has('person:hrytsenko')).toBe(false);
  });

  it('keeps a surname apart when two full names share it', () => {
    expect(persons(graph)).toEqual(expect.arrayContaining(['Marchuk (1)', 'Olena Marchuk (1)', 'Ivan Marchuk (1)']));
  });

  it('merges one full name written in two romanisations', () => {
    expect(persons(graph).filter((p) => p.includes('Tkachenko'))).toEqual(['Andrii Tkachenko (2)']);
  });

  it('gives the same graph whatever the order of the documents, and when they come one by one', () => {
    const reversed = buildGraph([...extractions].reverse());
    expect(serializeGraph(reversed)).toEqual(serializeGraph(graph));
    for (const order of [extractions, [...extractions].reverse()]) {
      const incremental = createGraph();
      for (const x of order) addExtractions(incremental, [x]);
      expect(persons(incremental)).toEqual(persons(graph));
    }
  });
});
