/**
 * Noun-phrase chunks: heads, determiners, quantities, partitives, modifiers, possessors, "of" complements.
 * Each row: a sentence of our own, the chunk text, and the fields that must hold.
 */
import { describe, expect, it } from 'vitest';
import { firstSentence } from './helpers.ts';

const CHUNKS: Array<[string, string, Record<string, unknown>]> = [
  ['Borduria fired 35 Hornet drones at Zenda overnight.', '35 Hornet drones', { head: 'drones', count: 35, quantity: '35', modifiers: 'Hornet' }],
  ['The air force said 31 of the 36 drones were destroyed.', '31 of the 36 drones', { head: 'drones', part: 31, count: 36 }],
  ['Defenders downed 12 of the 14 .', '12 of the 14', { head: '14', part: 12, count: 14 }],
  ['More than 300 drones crossed the border.', 'More than 300 drones', { count: 300, quantity: 'More than 300' }],
  ['All ten sea-launched missiles were stopped.', 'All ten sea-launched missiles', { head: 'missiles', count: 10, modifiers: 'sea-launched' }],
  ['Dozens of drones circled the port.', 'Dozens of drones', { head: 'drones', count: null, quantity: 'Dozens of' }],
  ['Two of them fell near a farm.', 'Two of them', { head: 'them', part: 2 }],
  ['None of the missiles reached the city.', 'None of the missiles', { head: 'missiles' }],
  ["Borduria's missiles struck a depot.", "Borduria's missiles", { head: 'missiles', possessor: 'Borduria' }],
  ['The Bordurian cruise missiles flew low.', 'The Bordurian cruise missiles', { det: 'The', modifiers: 'Bordurian cruise' }],
  ['Nina Kovac, head of the regional office, spoke.', 'head', { of: 'the regional office' }],
  ['Forty-three drones were launched.', 'Forty-three drones', { count: 43 }],
  ['About 1,200 shells fell on the town.', 'About 1,200 shells', { count: 1200 }],
  ['The remaining 20 drones turned back.', 'The remaining 20 drones', { count: 20, head: 'drones' }],
];

const FLAGS: Array<[string, string, string[], string[]]> = [
  // [sentence, chunk, flags it must have, flags it must not have]
  ['More than 300 drones crossed the border.', 'More than 300 drones', ['at_least'], ['approx']],
  ['Up to 20 drones were seen.', 'Up to 20 drones', ['at_most'], []],
  ['About 40 drones were seen.', 'About 40 drones', ['approx'], []],
  ['No drones reached the city.', 'No drones', ['negative'], []],
  ['All ten sea-launched missiles were stopped.', 'All ten sea-launched missiles', ['all'], ['partitive']],
  ['The air force said 31 of the 36 drones were destroyed.', '31 of the 36 drones', ['partitive'], []],
  ['Defenders downed 12 of the 14 .', '12 of the 14', ['elliptic', 'partitive'], []],
  ["Borduria's missiles struck a depot.", 'Borduria', ['possessor', 'proper'], []],
  ['Strelsau was hit last week.', 'last week', ['temporal'], []],
  ['Three drones, which flew low, were lost.', 'which', ['relative'], ['pronoun']],
  ['They fired again.', 'They', ['pronoun'], ['relative']],
];

describe('syntax: chunks', () => {
  it.each(CHUNKS)('%s -> [%s]', (sentence, text, fields) => {
    const chunk = firstSentence(sentence).chunks.find((c) => c.text === text);
    expect(chunk, `no chunk "${text}" in ${JSON.stringify(firstSentence(sentence).chunks.map((c) => c.text))}`).toBeDefined();
    expect(chunk).toMatchObject(fields);
  });

  it.each(FLAGS)('%s: [%s] flags', (sentence, text, have, haveNot) => {
    const chunk = firstSentence(sentence).chunks.find((c) => c.text === text);
    expect(chunk).toBeDefined();
    for (const flag of have) expect(chunk!.flags).toContain(flag);
    for (const flag of haveNot) expect(chunk!.flags).not.toContain(flag);
  });

  it('keeps a time expression out of the subject ("Borduria last week fired")', () => {
    expect(firstSentence('Borduria last week fired 20 missiles.').chunks.map((c) => c.text)).toEqual(['Borduria', 'last week', '20 missiles']);
  });

  it('leaves a trailing adjective out of the chunk ("at Zenda overnight")', () => {
    expect(firstSentence('Borduria fired drones at Zenda overnight.').chunks.map((c) => c.text)).toEqual(['Borduria', 'drones', 'Zenda']);
  });

  it('never splits a mention, whatever its tags', () => {
    const view = firstSentence('The Ruritanian Ministry of Defence said Hornet-7 drones were used.', true);
    expect(view.chunks.map((c) => c.text)).toContain('The Ruritanian Ministry of Defence');
    expect(view.chunks.map((c) => c.text)).toContain('Hornet-7 drones');
  });
});
