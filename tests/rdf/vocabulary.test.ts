/** IRI minting: any key gives a valid, stable, reversible IRI segment. */
import { describe, expect, it } from 'vitest';
import { Parser, Writer, DataFactory } from 'n3';
import { decodeKey, encodeKey, entityIri, eventIri, NS } from '../../src/rdf/vocabulary.ts';

const cases: [string, string, string][] = [
  ['plain slug', 'russia', 'russia'],
  ['type prefix', 'Person:volodymyr-zelenskyy', 'Person%3Avolodymyr-zelenskyy'],
  ['spaces and quotes', `O'Brien "Q"`, 'O%27Brien%20%22Q%22'],
  ['angle brackets', '<script>', '%3Cscript%3E'],
  ['Cyrillic', 'Харків', '%D0%A5%D0%B0%D1%80%D0%BA%D1%96%D0%B2'],
  ['emoji', '🚀', '%F0%9F%9A%80'],
  ['lone surrogate becomes U+FFFD', 'a\ud800b', 'a%EF%BF%BDb'],
  ['empty key', '', '_'],
  ['slash and hash', 'a/b#c', 'a%2Fb%23c'],
  ['NFC normalisation', 'e\u0301', '%C3%A9'],
];

describe('encodeKey', () => {
  it.each(cases)('%s', (_name, key, expected) => {
    expect(encodeKey(key)).toBe(expected);
  });

  it.each(cases.filter(([name]) => !name.startsWith('lone') && !name.startsWith('NFC')))('is reversible: %s', (_name, key) => {
    expect(decodeKey(encodeKey(key))).toBe(key);
  });

  it('only uses characters that are safe in every RDF syntax', () => {
    for (const [, key] of cases) expect(encodeKey(key)).toMatch(/^[A-Za-z0-9\-._~%]+$/);
  });

  it('gives IRIs that survive an n3 write and parse', () => {
    const iri = eventIri('doc "1"', 3, 9, 'launched', 'Country:<x>', 'WeaponSystem:🚀');
    const quad = DataFactory.quad(entityIri('Харків <"x">'), DataFactory.namedNode(`${NS.ng}p`), iri);
    const text = new Writer({ format: 'N-Triples' }).quadsToString([quad]);
    const [parsed] = new Parser({ format: 'N-Triples' }).parse(text);
    expect(parsed?.subject.value).toBe(quad.subject.value);
    expect(parsed?.object.value).toBe(iri.value);
  });
});
