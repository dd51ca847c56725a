/**
 * Fault: a very long token (a word without spaces, a base64 blob, a long URL) inside an otherwise normal article.
 * wink-nlp's tokeniser runs a regex over each whitespace-delimited run whose cost grows with the square of its
 * length (a 300 KB word took 156 s), so extraction caps runs before the NLP pass (`capLongTokens`). Each blob is
 * fresh random text: wink caches the work per distinct token, so a repeated blob would hide the cost.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.ts';
import { extractDocument, runSteps } from '../../src/extract/index.ts';
import { MAX_SENTENCE_TOKENS } from '../../src/extract/steps/01-tokens.ts';
import { capLongTokens, MAX_TOKEN_CHARS } from '../../src/extract/nlp.ts';
import { growth } from './timing.ts';

const ARTICLE = 'Borduria launched twelve cruise missiles at Strelsau overnight, the air force of Ruritania said on Monday.';

/** Blobs of about `bytes` characters, each a single run without whitespace. */
const BLOBS: Array<[string, (bytes: number) => string]> = [
  ['a base64 blob', (bytes) => randomBytes(Math.ceil((bytes * 3) / 4)).toString('base64').slice(0, bytes)],
  ['a long URL', (bytes) => `https://example.org/${randomBytes(bytes).toString('hex').slice(0, bytes - 20)}?q=1`],
  ['one long word', (bytes) => randomBytes(bytes).toString('hex').replace(/[0-9]/g, 'x').slice(0, bytes)],
  ['dotted initials', (bytes) => Array.from(randomBytes(bytes / 2), (b) => `${String.fromCharCode(97 + (b % 26))}.`).join('')],
];

describe('capLongTokens', () => {
  it.each([
    ['short words stay', 'a bb ccc', 'a bb ccc'],
    ['a run longer than the cap keeps its first characters, the rest turns to spaces', `x ${'y'.repeat(10)} z`, `x ${'y'.repeat(4)}${' '.repeat(6)} z`],
    ['line breaks end a run', `${'y'.repeat(4)}\n${'y'.repeat(4)}`, `${'y'.repeat(4)}\n${'y'.repeat(4)}`],
    ['a non-breaking space does not end a run', `${'y'.repeat(3)}\u00a0${'y'.repeat(3)}`, `${'y'.repeat(3)}\u00a0   `],
  ])('%s', (_name, input, expected) => {
    const capped = capLongTokens(input, 4);
    expect(capped).toBe(expected);
    expect(capped.length).toBe(input.length);
  });

  it('leaves a text without long runs as the same string', () => {
    const text = `${ARTICLE}\n\n${ARTICLE}`;
    expect(capLongTokens(text)).toBe(text);
  });
});

describe('extraction with a long token', () => {
  it.each(BLOBS)('%s of 300 KB in an article is extracted in seconds, with the article intact', (_name, blob) => {
    const text = `${ARTICLE}\n\n${blob(300_000)}\n\n${ARTICLE}`;
    const started = performance.now();
    const doc = ingestText(text, { id: 'blob', format: 'txt', checkLanguage: false });
    const extraction = extractDocument(doc);
    const seconds = (performance.now() - started) / 1000;
    // Uncapped, wink needs minutes here; capped, the blob costs about as much as a line of words.
    expect(seconds).toBeLessThan(10);
    expect(extraction.relations.map((r) => r.predicate)).toContain('launched');
    // Offsets still point into the full text: the evidence after the blob is found where it is.
    const last = extraction.relations.at(-1)!;
    expect(doc.text.slice(last.evidence.start, last.evidence.end)).toBe(last.evidence.text);
  }, 30_000);

  it('one sentence without a full stop costs linear time: sentences are cut at MAX_SENTENCE_TOKENS', () => {
    const words = ['the', 'air', 'force', 'said', 'Russia', 'launched', 'drones', 'at', 'Kyiv', 'and', 'Ukraine', 'intercepted', 'missiles'];
    const make = (size: number): string => {
      let text = '';
      for (let i = Math.floor(Math.random() * 13); text.length < size; i++) text += `${words[(i * 7) % words.length]} `;
      return text;
    };
    let longest = 0;
    const run = (text: string): void => {
      const context = runSteps(ingestText(text, { id: 'endless', format: 'txt', checkLanguage: false }));
      longest = Math.max(longest, ...context.sentences.map((s) => s.tokenEnd - s.tokenStart));
    };
    // Uncut, the relation rules compared every pair of mentions of the one sentence (x3.3 to x7 per KB from 25 to 250 KB before).
    expect(growth(make, run, 20_000, 200_000, 3)).toBeLessThan(2.5);
    expect(longest).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
  }, 120_000);

  it(`keeps runs up to ${MAX_TOKEN_CHARS} characters whole`, () => {
    const url = `https://example.org/${'a'.repeat(MAX_TOKEN_CHARS - 20)}`;
    expect(url).toHaveLength(MAX_TOKEN_CHARS);
    expect(capLongTokens(`see ${url} now`)).toBe(`see ${url} now`);
  });
});
