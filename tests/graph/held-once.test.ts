/**
 * What the builder does to hold less memory without changing a value: keys flattened once (`flatString`), and the
 * evidence sentences of an event report taken through the builder's per-document copy (`reportOf`'s `same`). Their
 * memory effect is measured in the README (Scale section); these tests pin that no value changes and that the report
 * takes exactly the texts `same` gives.
 */
import { describe, expect, it } from 'vitest';
import { documentKey, mentionsKey, relationKey } from '../../src/graph/build.ts';
import { eventEdgeKey, eventKey, reportOf } from '../../src/graph/events.ts';
import { flatString } from '../../src/graph/text.ts';
import { article } from './event-fixture.ts';

describe('flatString', () => {
  const parts = ['mentions', 'doc:report-7', 'kyiv'];
  let built = '';
  for (let i = 0; i < 1000; i++) built += `${i},`;
  const cases: [string, string, string][] = [
    ['a string made of pieces', `${parts[0]}|${parts[1]}|${parts[2]}`, 'mentions|doc:report-7|kyiv'],
    ['a literal (already flat)', 'kyiv', 'kyiv'],
    ['the empty string', '', ''],
    ['non-Latin text', `Київ|${'Харків'}`, 'Київ|Харків'],
    ['a long string grown piece by piece', built, Array.from({ length: 1000 }, (_, i) => `${i},`).join('')],
  ];
  it.each(cases)('returns %s unchanged', (_name, input, expected) => {
    expect(flatString(input)).toBe(expected);
  });
  it('does not change a string that differs from another only by a piece', () => {
    expect(flatString(`${parts[0]}|${parts[1]}`)).not.toBe(flatString(`${parts[0]}|${parts[2]}`));
  });
});

describe('the graph keys, flattened', () => {
  const cases: [string, string, string][] = [
    ['document', documentKey('news-000123'), 'doc:news-000123'],
    ['relation', relationKey('russia', 'launched', 'shahed-136'), 'rel|russia|launched|shahed-136'],
    ['mentions', mentionsKey('news-000123', 'kyiv'), 'mentions|doc:news-000123|kyiv'],
    ['mentions of a Cyrillic id', mentionsKey('стаття-1', 'київ'), 'mentions|doc:стаття-1|київ'],
    ['event', eventKey('2024-03-01', 'russia', 2), 'event:2024-03-01/russia/2'],
    ['undated event of no attacker', eventKey(null, null, 1), 'event:undated/unknown/1'],
    ['event role edge', eventEdgeKey('event:2024-03-01/russia/2', 'target', 'kyiv'), 'event|event:2024-03-01/russia/2|target|kyiv'],
  ];
  it.each(cases)('%s key', (_name, key, expected) => {
    expect(key).toBe(expected);
  });
});

describe("reportOf's evidence texts through `same`", () => {
  const extraction = article('held_one', '2024-03-02', [
    { date: '2024-03-02', claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', 20, 18]] }, { by: null, lines: [['kh-101', 3, null]] }] },
  ]);
  const event = extraction.events?.[0];
  if (!event) throw new Error('the fixture has an event');
  const keyOf = (id: string): string | undefined => id;

  it('gives each evidence text to `same` and keeps what it returns', () => {
    const asked: string[] = [];
    const report = reportOf(event, 'held_one', '2024-03-02', keyOf, (text) => {
      asked.push(text);
      return `kept:${text}`;
    });
    expect(asked).toEqual(event.evidence.map((e) => e.text));
    expect(report.evidence.map((e) => e.text)).toEqual(event.evidence.map((e) => `kept:${e.text}`));
  });

  it('keeps the extraction texts without `same`, and leaves the claims (spans only) alone', () => {
    const report = reportOf(event, 'held_one', '2024-03-02', keyOf);
    expect(report.evidence.map((e) => e.text)).toEqual(event.evidence.map((e) => e.text));
    for (const claim of report.claims) for (const span of claim.evidence) expect(Object.keys(span).sort()).toEqual(['end', 'start']);
  });

  it('asks once per distinct span: a span given twice is not asked again', () => {
    const twice = { ...event, evidence: [...event.evidence, ...event.evidence] };
    const asked: string[] = [];
    reportOf(twice, 'held_one', '2024-03-02', keyOf, (text) => {
      asked.push(text);
      return text;
    });
    expect(asked).toHaveLength(event.evidence.length);
  });
});
