/**
 * Extraction in batches (`extractBatch`, `extractDocuments`): every step over the whole batch before the next step
 * gives what `extractDocument` gives one document at a time, in any order of the documents; a document whose step
 * throws gets the error and the others go on; batches end at `BATCH_DOCUMENTS` documents or `BATCH_CHARS` characters.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.ts';
import {
  BATCH_CHARS,
  BATCH_DOCUMENTS,
  EXTRACT_STEPS,
  extractBatch,
  extractDocument,
  extractDocuments,
  extractionBatches,
} from '../../src/extract/index.ts';
import { defineStep } from '../../src/extract/context.ts';
import { makeDoc } from './helpers.ts';

/** Short articles written for this test: launches, interceptions, a possessive, a dateline, a line with no verb. */
const TEXTS = [
  'KYIV, 4 May (Wire) - Russia launched 31 drones at Ukraine overnight, and air defences shot down 27 of them, the air force said.',
  "Moscow's forces fired two Iskander-M missiles at Kharkiv on Tuesday; neither was intercepted.",
  'Poland condemned the strike on a power plant near Lviv and asked its allies for more Patriot systems.',
  'Weather update\n\nClear skies are expected across the region this weekend.',
  'The Ukrainian air force reported that 12 Shahed drones and three Kh-101 cruise missiles were downed over Odesa.',
];

const docs = (): ReturnType<typeof makeDoc>[] => TEXTS.map((text, i) => makeDoc(text, `batch_${i}`));

describe('extractDocuments', () => {
  const orders: Array<[string, number[]]> = [
    ['in document order', [0, 1, 2, 3, 4]],
    ['reversed', [4, 3, 2, 1, 0]],
    ['shuffled', [2, 0, 4, 1, 3]],
  ];
  it.each(orders)('gives what extractDocument gives one at a time (%s)', (_name, order) => {
    const expected = docs().map((doc) => JSON.stringify(extractDocument(doc)));
    const list = docs();
    const got = extractDocuments(order.map((i) => list[i]!)).map((out) => JSON.stringify(out));
    expect(got).toEqual(order.map((i) => expected[i]));
    expect(got.some((json) => json.includes('"launched"'))).toBe(true);
  });

  it('gives nothing for no documents', () => {
    expect(extractDocuments([])).toEqual([]);
  });

  it('gives what extractDocument gives on every article of the sample corpus, shuffled (no step keeps state between documents)', () => {
    const dir = new URL('../../corpus/', import.meta.url);
    const articles = readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => ingestFile(new URL(name, dir).pathname));
    const expected = articles.map((doc) => JSON.stringify(extractDocument(doc)));
    const order = articles.map((_, i) => (i * 5) % articles.length);
    expect(new Set(order).size).toBe(articles.length);
    const got = extractDocuments(order.map((i) => articles[i]!)).map((out) => JSON.stringify(out));
    expect(got).toEqual(order.map((i) => expected[i]));
  });

  it('throws the error of a document that fails, as a loop over extractDocument would', () => {
    const failing = defineStep('01-tokens', (context) => {
      if (context.doc.id === 'batch_1') throw new Error('no tokens for this one');
    });
    expect(() => extractDocuments(docs(), { steps: [failing] })).toThrowError(/no tokens for this one/);
  });
});

describe('extractBatch', () => {
  it('gives a failing document its error and skips its later steps; the others go on', () => {
    const seen: string[] = [];
    const failing = defineStep('01-tokens', (context) => {
      if (context.doc.id === 'batch_2') throw new Error('unreadable');
    });
    const after = defineStep('02-gazetteer', (context) => {
      seen.push(context.doc.id);
    });
    const results = extractBatch(docs(), { steps: [failing, after] });
    expect(results.map((r) => r.ok)).toEqual([true, true, false, true, true]);
    const failed = results[2];
    expect(failed?.ok === false && failed.error instanceof Error ? failed.error.message : null).toBe('unreadable');
    expect(seen).toEqual(['batch_0', 'batch_1', 'batch_3', 'batch_4']);
  });

  it('runs each step over every document before the next step', () => {
    const order: string[] = [];
    const steps = ['01-tokens', '02-gazetteer'].map((id) => defineStep(id, (context) => order.push(`${id} ${context.doc.id}`)));
    extractBatch(docs().slice(0, 2), { steps });
    expect(order).toEqual(['01-tokens batch_0', '01-tokens batch_1', '02-gazetteer batch_0', '02-gazetteer batch_1']);
  });

  it('gives the same extraction as extractDocument for each document', () => {
    const results = extractBatch(docs(), { steps: EXTRACT_STEPS });
    expect(results.map((r) => (r.ok ? JSON.stringify(r.extraction) : 'failed'))).toEqual(docs().map((d) => JSON.stringify(extractDocument(d))));
  });
});

describe('extractionBatches', () => {
  const sized = (sizes: number[]): ReturnType<typeof makeDoc>[] => sizes.map((n, i) => makeDoc('x'.repeat(n), `d${i}`));
  const cases: Array<[string, number[], number[]]> = [
    ['no documents: no batch', [], []],
    ['a few small documents: one batch', [10, 20, 30], [3]],
    ['one more than a batch holds: a second batch of one', Array.from({ length: BATCH_DOCUMENTS + 1 }, () => 5), [BATCH_DOCUMENTS, 1]],
    ['a document larger than the character cap: a batch of its own', [10, BATCH_CHARS + 1, 10], [1, 1, 1]],
    ['documents that fill the cap together: the batch ends before the one that overflows it', [BATCH_CHARS / 2, BATCH_CHARS / 2, 1], [2, 1]],
  ];
  it.each(cases)('%s', (_name, sizes, expected) => {
    const input = sized(sizes);
    const batches = extractionBatches(input);
    expect(batches.map((b) => b.length)).toEqual(expected);
    expect(batches.flat()).toEqual(input);
  });
});
