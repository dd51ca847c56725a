/**
 * Verb groups and their shallow frames: voice, negation, modality, tense, subject, objects, agent, prepositional
 * attachments, reduced participles, infinitives and their governors, ellipses. Each row: a sentence of our own,
 * the verb chain, and the fields of its frame that must hold. Negative rows pin what must not be read.
 */
import { describe, expect, it } from 'vitest';
import { frameOf, framesOf } from './helpers.ts';

const FRAMES: Array<[string, string, Record<string, unknown>]> = [
  ['Borduria fired 35 drones at Zenda.', 'fired', { subject: 'Borduria', object: '35 drones', voice: 'active', tense: 'past', pps: ['at Zenda'] }],
  ['Twelve drones were shot down over the Tarn region.', 'were shot down', { subject: 'Twelve drones', voice: 'passive', pps: ['over the Tarn region'] }],
  ['The depot was hit by Bordurian missiles.', 'was hit', { subject: 'The depot', agent: 'Bordurian missiles', voice: 'passive' }],
  ['Missiles fired at Zenda were intercepted.', 'fired', { subject: 'Missiles', voice: 'passive', pps: ['at Zenda'] }],
  ['Missiles fired at Zenda were intercepted.', 'were intercepted', { subject: 'Missiles', voice: 'passive' }],
  ['Defenders downed drones launched from the coast.', 'launched', { subject: 'drones', voice: 'passive', pps: ['from the coast'] }],
  ['Defenders downed drones launched from the coast.', 'downed', { subject: 'Defenders', object: 'drones', voice: 'active' }],
  ['Borduria did not fire any missiles.', 'did not fire', { subject: 'Borduria', object: 'any missiles' }],
  ['Norland would send more jets.', 'would send', { subject: 'Norland', object: 'more jets' }],
  ['Norland will send more jets.', 'will send', { tense: 'future' }],
  ['Norland has sent more jets.', 'has sent', { tense: 'present' }],
  ['Karl Berg urged the allies to provide more air defence systems.', 'to provide', { subject: 'the allies', object: 'more air defence systems', governor: 'urged' }],
  ['Borduria plans to launch new drones.', 'to launch', { subject: 'Borduria', governor: 'plans' }],
  ['Tarn asked Norland for more shells.', 'asked', { subject: 'Tarn', object: 'Norland', pps: ['for more shells'] }],
  ['Norland gave the army new tanks.', 'gave', { object: 'the army', object2: 'new tanks' }],
  ['The city was hit, said the mayor.', 'said', { subject: 'the mayor', subjectFrom: 'inverted' }],
  ['Borduria fired missiles and struck a port.', 'struck', { subject: 'Borduria', subjectFrom: 'shared', object: 'a port' }],
  ['The drones that Borduria launched hit a school.', 'launched', { subject: 'Borduria', object: 'that=The drones' }],
  ['The drones that Borduria launched hit a school.', 'hit', { subject: 'The drones', object: 'a school' }],
  ['The shells which were fired from the hills killed two.', 'were fired', { subject: 'which=The shells', voice: 'passive' }],
  ['The shells which were fired from the hills killed two.', 'killed', { subject: 'The shells' }],
  ['Norland condemned the strike, calling it a crime.', 'calling', { subject: 'Norland', governor: 'condemned', object: 'it' }],
  ['Norland and the UK condemned the strikes, as did Tarn.', 'did', { subject: 'Tarn', copies: 'condemned', object: null }],
  ['Norland condemned the strike. Tarn did too.', 'did', { subject: 'Tarn', copies: 'condemned' }],
  ['Norland condemned the strike and Tarn followed suit.', 'followed', { subject: 'Tarn', copies: 'condemned' }],
  ['The drones were shot down, as was the cruise missile.', 'was', { subject: 'the cruise missile', copies: 'were shot down', voice: 'passive' }],
  ['The city was calm, as were the ports.', 'were', { subject: 'the ports', copies: 'was' }],
  ['The salvo mixed cruise missiles with glide bombs.', 'mixed', { subject: 'The salvo', object: 'cruise missiles with glide bombs' }],
  ['Karl Berg said the help Norland could give would be new jets.', 'could give', { subject: 'Norland', object: 'the help' }],
  ['Karl Berg said the help Norland could give would be new jets.', 'would be', { subject: 'the help', object: 'new jets' }],
];

const FLAGS: Array<[string, string, string[], string[]]> = [
  ['Borduria did not fire any missiles.', 'did not fire', ['negated'], ['passive']],
  ['Borduria never fired at Zenda.', 'never fired', ['negated'], []],
  ['Norland would send more jets.', 'would send', ['modal'], ['future']],
  ['Borduria plans to launch new drones.', 'to launch', ['infinitive', 'irrealis'], []],
  ['Tarn failed to stop the drones.', 'to stop', ['negative_governor'], []],
  ['Norland is going to send jets.', 'to send', ['irrealis'], []],
  ['Missiles fired at Zenda were intercepted.', 'fired', ['reduced', 'passive'], ['finite']],
  ['Borduria fired at Zenda.', 'fired', ['finite'], ['reduced', 'passive']],
  ['The city was hit, the mayor said.', 'said', ['speech'], ['reduced', 'passive']],
  ['The damage was severe.', 'was', ['copula'], ['passive']],
  ['Borduria is attacking the port.', 'is attacking', ['progressive'], ['passive']],
  ['Tarn had been struck twice.', 'had been struck', ['passive', 'perfect'], []],
  ['The city was calm, as were the ports.', 'were', ['ellipsis'], ['passive']],
];

describe('syntax: frames', () => {
  it.each(FRAMES)('%s [%s]', (sentence, verb, fields) => {
    const frame = frameOf(sentence, verb);
    expect(frame, `no verb "${verb}" in ${JSON.stringify(framesOf(sentence).map((f) => f.verb))}`).toBeDefined();
    expect(frame).toMatchObject(fields);
  });

  it.each(FLAGS)('%s [%s] flags', (sentence, verb, have, haveNot) => {
    const frame = frameOf(sentence, verb);
    expect(frame).toBeDefined();
    for (const flag of have) expect(frame!.flags).toContain(flag);
    for (const flag of haveNot) expect(frame!.flags).not.toContain(flag);
  });

  it('reads no object across a clause boundary ("said Borduria had fired")', () => {
    expect(frameOf('The ministry said Borduria had fired 12 missiles.', 'said')).toMatchObject({ subject: 'The ministry', object: null });
    expect(frameOf('The ministry said Borduria had fired 12 missiles.', 'had fired')).toMatchObject({ subject: 'Borduria', object: '12 missiles' });
  });

  it('takes no subject from a prepositional phrase or a time expression', () => {
    expect(frameOf('Drones over Zenda were downed.', 'were downed')).toMatchObject({ subject: 'Drones' });
    expect(frameOf('Borduria last week fired 20 missiles.', 'fired')).toMatchObject({ subject: 'Borduria' });
  });
});
