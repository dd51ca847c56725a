/**
 * Clauses, quotations and their speakers, and the sentence forms of news text (headline, bullet, topic label,
 * dateline). Each row: text of our own and what the layer must read from it.
 */
import { describe, expect, it } from 'vitest';
import { firstSentence, frameOf, layerOf } from './helpers.ts';
import { quoteView } from '../../../src/extract/syntax/explain.ts';

const CLAUSES: Array<[string, Array<Record<string, unknown>>]> = [
  ['The attack, which lasted four hours, damaged a school.', [{ kind: 'main' }, { kind: 'relative', marker: 'which', antecedent: 'The attack', text: 'which lasted four hours' }]],
  ['Tarn said that the drones were Bordurian.', [{ kind: 'main' }, { kind: 'complement', marker: 'that', speaker: 'Tarn' }]],
  ['The ministry said Borduria had fired 12 missiles.', [{ kind: 'main' }, { kind: 'complement', marker: null, speaker: 'The ministry' }]],
  ['If Borduria attacks again, Norland would respond.', [{ kind: 'main' }, { kind: 'conditional', marker: 'If', text: 'If Borduria attacks again' }]],
  ['Sirens sounded while residents slept.', [{ kind: 'main' }, { kind: 'adverbial', marker: 'while' }]],
  ['Drones hit Zenda, and Tarn shot down six.', [{ kind: 'main', text: 'Drones hit Zenda,' }, { kind: 'coordinate', marker: 'and' }]],
  ['Drones hit Zenda; Tarn shot down six.', [{ kind: 'main' }, { kind: 'coordinate' }]],
  ['Twelve drones were destroyed, the air force said.', [{ kind: 'main', speaker: 'the air force' }, { kind: 'report', text: 'the air force said' }]],
  ['Twelve drones were destroyed, according to the air force.', [{ kind: 'main', speaker: 'the air force' }, { kind: 'report' }]],
  ['The port (which reopened in May) was hit.', [{ kind: 'main' }, { kind: 'parenthetical' }, { kind: 'relative' }]],
  // Negative rows: "after" + noun phrase is a preposition, "as well as" no clause, "that" as a determiner.
  ['Sirens sounded after the attack.', [{ kind: 'main' }]],
  ['Borduria sent drones as well as missiles.', [{ kind: 'main' }]],
  ['Borduria hit that city twice.', [{ kind: 'main' }]],
];

describe('syntax: clauses', () => {
  it.each(CLAUSES)('%s', (sentence, expected) => {
    const clauses = firstSentence(sentence).clauses;
    expect(clauses).toHaveLength(expected.length);
    expected.forEach((fields, i) => expect(clauses[i]).toMatchObject(fields));
  });

  it('closes a relative clause before the second finite verb when no comma ends it', () => {
    const clauses = firstSentence('Drones which were launched from the coast hit a depot.').clauses;
    expect(clauses[1]).toMatchObject({ kind: 'relative', text: 'which were launched from the coast' });
    expect(frameOf('Drones which were launched from the coast hit a depot.', 'hit')).toMatchObject({ subject: 'Drones', object: 'a depot' });
  });
});

describe('syntax: quotations', () => {
  const QUOTES: Array<[string, Record<string, unknown>]> = [
    ['"We will not give up," Karl Berg said on Monday.', { speaker: 'Karl Berg', verb: 'said', frame: 'after' }],
    ['"We shot down nine," said the spokesman.', { speaker: 'the spokesman', verb: 'said', frame: 'after' }],
    ['Karl Berg said: "They want to burn our towns."', { speaker: 'Karl Berg', verb: 'said', frame: 'before' }],
    ['Karl Berg: "They want to burn our towns."', { speaker: 'Karl Berg', frame: 'label' }],
    ['Norland called the strike "barbaric" on Monday.', { speaker: 'Norland', frame: 'inline' }],
  ];
  it.each(QUOTES)('%s', (text, expected) => {
    const { layer } = layerOf(text);
    expect(layer.quotes.size).toBe(1);
    expect(quoteView(layer, 0)).toMatchObject(expected);
  });

  it('keeps a quotation that spans sentences as one, with the frame after it', () => {
    const { layer } = layerOf('"They came at night. We lost power," the mayor said.');
    expect(quoteView(layer, 0)).toMatchObject({ speaker: 'the mayor', frame: 'after' });
    // A token of the first sentence is reported by the mayor.
    expect(layer.speakerOf(2)).toBeGreaterThanOrEqual(0);
  });

  // A short quotation that opens the sentence after a framed one goes on with its speaker (it is inside no clause,
  // so the inline reading does not take it); "in a video address" is a phrase, not a verb of its own.
  const CONTINUED: Array<[string, Record<string, unknown>]> = [
    ['"The night was long," Karl Berg said. "We need more guns."', { speaker: 'Karl Berg', frame: 'continued' }],
    ['"The night was long," President Karl Berg said in a video address. "We need more guns."', { speaker: 'President Karl Berg', frame: 'continued' }],
    ['"The night was long," Karl Berg said after the siren stopped. "We need more guns."', { speaker: 'Karl Berg', frame: 'continued' }],
  ];
  it.each(CONTINUED)('%s', (text, expected) => {
    const { layer } = layerOf(text);
    expect(layer.quotes.size).toBe(2);
    expect(quoteView(layer, 1)).toMatchObject(expected);
  });

  it('gives no speaker to a short quotation opening a sentence when none was framed before it', () => {
    const { layer } = layerOf('The night was long. "We need more guns."');
    expect(quoteView(layer, 0)).toMatchObject({ speaker: null, frame: 'none' });
  });

  it('does not read the quotation as the subject of the verb of saying', () => {
    expect(frameOf('"We shot down nine," said the spokesman.', 'said')).toMatchObject({ subject: 'the spokesman', object: null });
  });
});

describe('syntax: sentence forms', () => {
  const FORMS: Array<[string, Record<string, unknown>, string[]]> = [
    ['Zenda: struck by missiles', { topic: 'Zenda', body: 'struck by missiles' }, ['headline', 'topic']],
    ['- Tarn: 3 drones downed', { topic: 'Tarn', body: '3 drones downed' }, ['bullet', 'topic']],
    ['ZENDA, May 3 (Newswire) - Borduria fired 40 drones.', { dateline: 'ZENDA', body: 'Borduria fired 40 drones.' }, ['dateline']],
    ['Strelsau, Aug. 28 - Norland sent jets.', { dateline: 'Strelsau' }, ['dateline']],
    // Not datelines: a dash apposition inside a sentence.
    ['Borduria fired 200 weapons - missiles and drones.', { dateline: null, topic: null }, []],
  ];
  it.each(FORMS)('%s', (text, fields, flags) => {
    const view = firstSentence(text);
    expect(view).toMatchObject(fields);
    for (const flag of flags) expect(view.flags).toContain(flag);
  });

  it.each([
    ['Zenda: struck by missiles', 'struck', { subject: 'Zenda', subjectFrom: 'topic', voice: 'passive', pps: ['by missiles'] }],
    ['- Tarn: 3 drones downed', 'downed', { subject: '3 drones', voice: 'passive' }],
    ['Zenda hit by drones overnight', 'hit', { subject: 'Zenda', voice: 'passive' }],
  ])('headline frame: %s [%s]', (text, verb, fields) => {
    const frame = frameOf(text, verb);
    expect(frame).toMatchObject(fields);
    if (fields.voice === 'passive') expect(frame!.flags).toContain('headline');
  });

  it('reads a headline participle after a named actor as active (needs the mention layer)', () => {
    expect(frameOf('Borduria fired at Zenda', 'fired', true)).toMatchObject({ subject: 'Borduria', voice: 'active' });
  });
});

describe('syntax: tag corrections', () => {
  it.each([
    ['Borduria strikes Zenda with drones', 'strikes', { subject: 'Borduria', object: 'Zenda' }],
    ['Tarn plans to buy new jets.', 'plans', { subject: 'Tarn' }],
    ['The salvo mixed cruise missiles with drones.', 'mixed', { subject: 'The salvo' }],
    ['Tarn said it had shot down 20 drones.', 'had shot down', { subject: 'it', object: '20 drones' }],
  ])('%s: [%s] is a verb', (text, verb, fields) => {
    const frame = frameOf(text, verb);
    expect(frame).toMatchObject(fields);
  });

  it('keeps "strikes" a noun after a demonym ("Bordurian strikes hit Zenda")', () => {
    expect(frameOf('Bordurian strikes hit Zenda.', 'hit')).toMatchObject({ subject: 'Bordurian strikes', object: 'Zenda' });
  });
});
