/**
 * Property test: random names and texts (quotes, angle brackets, newlines, control characters, Cyrillic, emoji,
 * lone surrogates, IRI delimiters) always give RDF that n3 parses and that reads back into the same graph;
 * a batch of random graphs also passes Debian's rapper and the SHACL shapes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'n3';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { ENTITY_TYPES, PREDICATES } from '../../src/domain/index.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { parseGraph, serializeGraph } from '../../src/graph/serialize.ts';
import { writeRdf, type RdfFormat } from '../../src/rdf/files.ts';
import { exportGraph } from '../../src/output/index.ts';
import { quadsToGraph } from '../../src/rdf/fromQuads.ts';
import { RAPPER_SYNTAX, rapperCount, snapshot } from './helpers.ts';

const SPECIALS = ['"', "'", '<', '>', '\n', '\r', '\t', '\\', ' ', '%', '#', ':', '/', '|', '{', '}', '^', '`', '@', '.', '_',
  'Ж', 'ї', 'ё', '🚀', '👨\u200d👩\u200d👧', 'é', 'e\u0301', '\u0000', '\u0007', '\u007f', '\u2028', '\ufeff', '\ufffe', '\ud800', '\udc00', '"""', "'''"];
const char = fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom('a', 'b', 'Q'));
const text = (min = 0) => fc.string({ unit: char, minLength: min, maxLength: 12 });
const date = fc.oneof(fc.constant(null), fc.constantFrom('2024-02-03', '2023-12-31', '2024-02-03T10:00:00Z'), text());

const extraction = (docIndex: number): fc.Arbitrary<DocumentExtraction> =>
  fc
    .record({
      id: text(1),
      title: fc.option(text()),
      published: date,
      source: fc.option(text()),
      byline: fc.option(text()),
      entities: fc.uniqueArray(
        fc.record({
          id: text(1),
          label: text(),
          type: fc.constantFrom(...ENTITY_TYPES),
          aliases: fc.array(text(), { maxLength: 3 }),
          generic: fc.boolean(),
          wikidata: fc.option(fc.integer({ min: 1, max: 50 }).map((n) => `Q${n}`)),
        }),
        { minLength: 1, maxLength: 5, selector: (e) => e.id },
      ),
      relations: fc.array(
        fc.record({
          s: fc.nat(),
          o: fc.nat(),
          a: fc.option(fc.array(fc.nat(), { maxLength: 2 })),
          predicate: fc.constantFrom(...PREDICATES),
          count: fc.option(fc.integer({ min: 0, max: 500 })),
          text: text(),
          start: fc.nat({ max: 5000 }),
          length: fc.nat({ max: 300 }),
        }),
        { maxLength: 6 },
      ),
    })
    .map((r) => {
      const pick = (i: number) => r.entities[i % r.entities.length]!.id;
      return {
        document: { id: `${docIndex}-${r.id}`, title: r.title, published: r.published, source: r.source, byline: r.byline },
        entities: r.entities,
        relations: r.relations.map((x) => ({
          subject: pick(x.s),
          predicate: x.predicate,
          object: pick(x.o),
          count: x.count,
          addressee: x.a ? x.a.map(pick) : null,
          evidence: { text: x.text, start: x.start, end: x.start + x.length },
        })),
        events: [],
      };
    });

const corpus = fc.tuple(extraction(0), extraction(1), extraction(2));

async function toText(graph: ReturnType<typeof buildGraph>, format: RdfFormat): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeRdf(graph, format, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

const N3_FORMAT: Record<RdfFormat, string> = { turtle: 'Turtle', ntriples: 'N-Triples', trig: 'TriG' };

describe('random names and texts', () => {
  it.each(['turtle', 'ntriples', 'trig'] as RdfFormat[])('always give %s that n3 parses and that reads back into the same graph', async (format) => {
    await fc.assert(
      fc.asyncProperty(corpus, async (docs) => {
        const graph = buildGraph(docs);
        const quads = new Parser({ format: N3_FORMAT[format] }).parse(await toText(graph, format));
        expect(snapshot(quadsToGraph(quads))).toEqual(snapshot(graph));
      }),
      { numRuns: 60 },
    );
  });

  it('always give graph.json that reads back byte for byte', () => {
    fc.assert(
      fc.property(corpus, (docs) => {
        const text = serializeGraph(buildGraph(docs));
        expect(serializeGraph(parseGraph(text))).toBe(text);
      }),
      { numRuns: 60 },
    );
  });

  it('a batch of random graphs passes rapper in every syntax', async () => {
    const docs = fc.sample(corpus, { numRuns: 40, seed: 7 }).flatMap((d, i) => d.map((x) => ({ ...x, document: { ...x.document, id: `${i}/${x.document.id}` } })));
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-prop-'));
    try {
      const graph = buildGraph(docs);
      const report = await exportGraph(graph, dir, { joined: true });
      for (const [file, syntax] of Object.entries(RAPPER_SYNTAX)) {
        expect(rapperCount(join(dir, file), syntax)).toBe(file === 'graph.trig' ? report.quads : report.triples);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
