/**
 * Wink passes read ahead (`readAhead`, `extractDocuments`): extraction given the passes of a batch, run back to back,
 * reads the same tokens and gives the same outputs as one document at a time, in any order; batches end at
 * `READ_AHEAD_DOCUMENTS` documents or `READ_AHEAD_CHARS` characters; step 01 takes the pass off the context.
 */
import { describe, expect, it } from 'vitest';
import {
  READ_AHEAD_CHARS,
  READ_AHEAD_DOCUMENTS,
  createContext,
  extractDocument,
  extractDocuments,
  readAhead,
  readAheadBatches,
  stepById,
} from '../../src/extract/index.ts';
import { makeDoc } from './helpers.ts';

/** Short articles written for this test: launches, interceptions, a possessive, a dateline, a line with no verb. */
const TEXTS = [
  'KYIV, 4 May (Wire) - Russia launched 31 drones at Ukraine overnight, and air defences shot down 27 of them, the air force said.',
  "Moscow's forces fired two Iskander-M missiles at Kharkiv on Tuesday; neither was intercepted.",
  'Poland condemned the strike on a power plant near Lviv and asked its allies for more Patriot systems.',
  'Weather update\n\nClear skies are expected across the region this weekend.',
  'The Ukrainian air force reported that 12 Shahed drones and three Kh-101 cruise missiles were downed over Odesa.',
];

const docs = (): ReturnType<typeof makeDoc>[] => TEXTS.map((text, i) => makeDoc(text, `ahead_${i}`));

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
  });

  it('gives nothing for no documents', () => {
    expect(extractDocuments([])).toEqual([]);
  });
});

describe('readAhead and step 01', () => {
  it('reads the same tokens, sentences and lexeme ids from a pass run ahead, and takes the pass off the context', () => {
    const [doc] = docs();
    const [pass] = readAhead([doc!]);
    expect(pass).not.toBeNull();
    const ahead = createContext(doc!, { winkPass: pass });
    const now = createContext(doc!);
    stepById('01-tokens').run(ahead);
    stepById('01-tokens').run(now);
    expect(ahead.winkPass).toBeNull();
    expect(ahead.tokens).toEqual(now.tokens);
    expect(ahead.sentences).toEqual(now.sentences);
    expect([...(ahead.lexemeIds ?? [])]).toEqual([...(now.lexemeIds ?? [])]);
  });

  it('gives one pass per document, in order, and none for no documents', () => {
    const list = docs();
    const passes = readAhead(list);
    expect(passes).toHaveLength(list.length);
    expect(passes[2]?.values.slice(0, 2)).toEqual(['Poland', 'condemned']);
    expect(readAhead([])).toEqual([]);
  });
});

describe('readAheadBatches', () => {
  const sized = (sizes: number[]): ReturnType<typeof makeDoc>[] => sizes.map((n, i) => makeDoc('x'.repeat(n), `d${i}`));
  const big = READ_AHEAD_CHARS;
  const cases: Array<[string, number[], number[]]> = [
    ['no documents: no batch', [], []],
    ['a few small documents: one batch', [10, 20, 30], [3]],
    ['one more than a batch holds: a second batch of one', Array.from({ length: READ_AHEAD_DOCUMENTS + 1 }, () => 5), [READ_AHEAD_DOCUMENTS, 1]],
    ['a document larger than the character cap: a batch of its own', [10, big + 1, 10], [1, 1, 1]],
    ['documents that fill the cap together: the batch ends before the one that overflows it', [big / 2, big / 2, 1], [2, 1]],
  ];
  it.each(cases)('%s', (_name, sizes, expected) => {
    const input = sized(sizes);
    const batches = readAheadBatches(input);
    expect(batches.map((b) => b.length)).toEqual(expected);
    expect(batches.flat()).toEqual(input);
  });
});
