/**
 * Table tests of the `condemned` rules: condemn/denounce/deplore with the attacker from a demonym, a possessive,
 * the attacked places or the latest attack; "called the strike an act of terror"; and near-miss wording
 * ("deeply concerned", "discussed", "criticised the silence") that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

const cases: Array<[string, string[]]> = [
  ['Borrell condemned the Russian attack on Odesa.', ['condemned josep-borrell russia -']],
  ["Biden denounced Putin's brutal war against Ukraine.", ['condemned joe-biden russia -']],
  ['Russia struck Lviv on Monday. On Tuesday the EU condemned the strike.', ['condemned european-union russia -']],
  ['Ukraine hit Belgorod with rockets. Peskov condemned the attack, calling it terrorism.', ['condemned dmitry-peskov ukraine -']],
  ['NATO and the EU deplored the attacks on civilians in Ukraine.', ['condemned european-union russia -', 'condemned nato russia -']],
  ['Russian drones hit Odesa. Borrell called the strike a war crime.', ['condemned josep-borrell russia -']],
  ['Russia struck Odesa on Monday. The strike was condemned by NATO and the EU.', ['condemned european-union russia -', 'condemned nato russia -']],
  // Classes, not phrasings (issue 10): condemnation verbs and nouns grown from WordNet, moral judgements in an actor's words.
  ['Russia struck Lviv overnight. Borrell lambasted the strike.', ['condemned josep-borrell russia -']],
  ['Russian drones hit Odesa. The strike drew condemnation from NATO.', ['condemned nato russia -']],
  ['Russian missiles hit Kyiv. "Targeting a children\'s hospital is unconscionable," Borrell said.', ['condemned josep-borrell russia -']],
  ['Russia struck Lviv. Biden said he was appalled by the attack.', ['condemned joe-biden russia -']],
  // Near-miss wording and negatives.
  ['Russia struck Lviv. Borrell said he was saddened and expressed solidarity with Ukraine.', []],
  ['Russia struck Lviv. Borrell said it would be barbaric if the attacks went on.', []],
  ['Borrell was deeply concerned about the strikes on Kyiv.', []],
  ['Biden discussed the attacks with Zelenskyy.', []],
  ['Zelenskyy criticised the silence of the EU.', []],
  ['Borrell did not condemn the strike.', []],
  ['Will NATO condemn the attack on Lviv?', []],
];

describe('relations: condemned', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'condemned')).toEqual(expected);
  });
});
