/**
 * Coordination (lists, "and"/"or", comitative "with", shared heads), appositions and gapping.
 * Each row: a sentence of our own, a chunk of the coordination, and the members expected (or null for none).
 */
import { describe, expect, it } from 'vitest';
import { firstSentence, frameOf } from './helpers.ts';

const COORDINATIONS: Array<[string, string, { kind: string; members: string[]; sharedHead?: boolean } | null]> = [
  ['Norland and the UK condemned the transfers.', 'Norland', { kind: 'and', members: ['Norland', 'the UK'] }],
  ['The Ostrov, Belyi and Krasny districts were shelled.', 'Ostrov', { kind: 'and', members: ['The Ostrov', 'Belyi', 'Krasny districts'], sharedHead: true }],
  ['Drones struck Zenda and Tarn regions.', 'Zenda', { kind: 'and', members: ['Zenda', 'Tarn regions'], sharedHead: true }],
  ['The salvo mixed cruise missiles with ballistic missiles.', 'cruise missiles', { kind: 'comitative', members: ['cruise missiles', 'ballistic missiles'] }],
  ['Borduria sent drones as well as missiles.', 'drones', { kind: 'comitative', members: ['drones', 'missiles'] }],
  ['Six Kestrel, nine Falcon and three Osprey missiles were fired.', 'Six Kestrel', { kind: 'and', members: ['Six Kestrel', 'nine Falcon', 'three Osprey missiles'], sharedHead: true }],
  ['Pilots or drones may be used.', 'Pilots', { kind: 'or', members: ['Pilots', 'drones'] }],
  ['Russian and Belarusian territory was used.', 'Russian', { kind: 'and', members: ['Russian', 'Belarusian territory'], sharedHead: true }],
  // Negative rows: a clause coordinator, a plain "with" (no comitative verb), an apposition.
  ['Borduria launched 40 drones and Ruritania shot down 30.', '40 drones', null],
  ['Soldiers fired at drones with rifles.', 'drones', null],
  ['Zenda, the old capital, was hit.', 'Zenda', null],
];

const APPOSITIONS: Array<[string, string, string | null]> = [
  ['Nina Kovac, head of the regional office, said the strike failed.', 'head', 'Nina Kovac'],
  ['The foreign minister, Karl Berg, spoke on Monday.', 'Karl Berg', 'The foreign minister'],
  ['Zenda, the old capital, was hit.', 'the old capital', 'Zenda'],
  // Not appositions: a list, and a report tag subject.
  ['Zenda, Tarn and Ostrov were hit.', 'Tarn', null],
  ['Drones hit Zenda, the governor said.', 'the governor', null],
];

describe('syntax: coordination', () => {
  it.each(COORDINATIONS)('%s ([%s])', (sentence, member, expected) => {
    const chunk = firstSentence(sentence).chunks.find((c) => c.text.includes(member));
    expect(chunk).toBeDefined();
    if (expected === null) expect(chunk!.coordination).toBeNull();
    else expect(chunk!.coordination).toMatchObject(expected);
  });

  it('gives each earlier conjunct the shared head of the last one', () => {
    const view = firstSentence('Drones struck Zenda and Tarn regions.');
    expect(view.chunks.find((c) => c.text === 'Zenda')!.sharedHead).toBe('regions');
  });
});

describe('syntax: apposition', () => {
  it.each(APPOSITIONS)('%s: [%s]', (sentence, text, anchor) => {
    const chunk = firstSentence(sentence).chunks.find((c) => c.text === text);
    expect(chunk).toBeDefined();
    expect(chunk!.appositionTo).toBe(anchor);
  });

  it('lifts an apposition to its anchor as the subject', () => {
    expect(frameOf('Nina Kovac, head of the regional office, said the strike failed.', 'said')).toMatchObject({ subject: 'Nina Kovac' });
  });
});

describe('syntax: gapping', () => {
  it.each([
    ['Borduria launched 40 drones and Ruritania 10.', { subject: 'Ruritania', object: '10', copies: 'launched' }],
    ['Borduria hit Zenda with 10 missiles and Tarn with 5.', { subject: 'Borduria', object: 'Tarn', copies: 'hit', pps: ['with 5'] }],
  ])('%s', (sentence, expected) => {
    const gap = frameOf(sentence, '(gap)');
    expect(gap).toMatchObject(expected);
    expect(gap!.flags).toContain('ellipsis');
  });
});
