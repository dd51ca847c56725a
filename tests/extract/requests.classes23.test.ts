/**
 * Table tests of session 23's `requested` and `condemned` classes (issue 10, branch requested23), in sentences of our
 * own: argument finding through the shared frames (a relative pronoun's antecedent, asides between a subject and its
 * verb, coordinated appositions) and the grown request, need and moral-judgement classes. Every table has negatives.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const condemned = (text: string): string[] => relationsFound(text, ['condemned']);

// The subject of a verb inside a non-restrictive relative clause is the relative pronoun's antecedent, even when that
// antecedent sits in a prepositional phrase ("a letter from X, which condemned ..."); a bracketed short name between
// a subject and its verb is passed over ("X (XY) denounced").
const relativeAndAside: Array<[string, string[]]> = [
  ['Russian drones struck Odesa overnight. We read a letter from the Ruritanian Football Federation, which condemned the Russian bombardment as a barbaric act.', ['condemned organisation:ruritanian-football-federation russia -']],
  ['Russian drones struck Odesa overnight. Staff heard the message of the Ruritanian Football Federation, which has denounced the strike on the port.', ['condemned organisation:ruritanian-football-federation russia -']],
  ['Russian drones struck Odesa overnight. The International Union of Ports (IUP) deplored the attack on the harbour.', ['condemned organisation:international-union-of-ports russia -']],
  // Negatives: the relative clause expresses concern only, the aside holds the verb of another actor, a question.
  ['Russian drones struck Odesa overnight. We read a letter from the Ruritanian Football Federation, which expressed deep concern about the strike.', []],
  ['Russian drones struck Odesa overnight. Did the International Union of Ports (IUP) condemn the attack?', []],
  ['Russian drones struck Odesa overnight. The International Union of Ports, in a message to the harbour master, did not condemn the attack.', []],
];

describe('condemned: relative antecedent, bracketed short name', () => {
  it.each(relativeAndAside)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});

// A person in apposition after the subject phrase is who judges (", calling ..." takes the phrase's head, not the
// state that owns it); appositions coordinated by ", and" each judge.
const appositions: Array<[string, string[]]> = [
  ['Russian drones struck Odesa overnight. Latvia\'s foreign minister, Janis Ozols, condemned the attack, calling the raids on the port "terror against families".', ['condemned person:janis-ozols russia -']],
  ['Russian drones struck Odesa overnight. The Irish envoy to the talks, Mary Hanlon, condemned the attack, calling it savage.', ['condemned person:mary-hanlon russia -']],
  ['Russian drones struck Odesa overnight. Latvia\'s foreign minister, Janis Ozols, and his Estonian counterpart, Kadri Tamm, each called the strike "a war crime" on Sunday.', ['condemned person:janis-ozols russia -', 'condemned person:kadri-tamm russia -']],
  ['Russian drones struck Odesa overnight. Latvia\'s foreign minister, Janis Ozols, and her deputy, Kadri Tamm, deplored the attack.', ['condemned person:janis-ozols russia -', 'condemned person:kadri-tamm russia -']],
  // Negatives: concern only; the second apposition is the addressee, not a judge; a question.
  ['Russian drones struck Odesa overnight. Latvia\'s foreign minister, Janis Ozols, and his Estonian counterpart, Kadri Tamm, expressed deep concern.', []],
  ['Russian drones struck Odesa overnight. Latvia\'s foreign minister, Janis Ozols, wrote to his Estonian counterpart, Kadri Tamm, about the strike.', []],
  ['Russian drones struck Odesa overnight. Did Latvia\'s foreign minister, Janis Ozols, condemn the attack, calling it terror?', []],
];

describe('condemned: appositions and coordinated appositions', () => {
  it.each(appositions)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});

const requested = (text: string): string[] => relationsFound(text, ['requested']);

// Verbs of persistent asking grown from WordNet (importune, badger, and pester in its news sense with "for"); a
// pseudo-cleft of need whose copula is "were"; a relative "where" clause ends what is asked for (the weapons in it
// are the threat, not the request).
const askingClass: Array<[string, string[]]> = [
  ['Russian drones struck Ivano-Frankivsk overnight. Svitlana Onyshchuk has pestered the defence ministry for Gepard guns since May.', ['requested svitlana-onyshchuk gepard -']],
  ['Russian drones struck Ivano-Frankivsk overnight. Svitlana Onyshchuk badgered Berlin for more IRIS-T launchers.', ['requested svitlana-onyshchuk iris-t -']],
  ['Russian drones struck Ivano-Frankivsk overnight. Svitlana Onyshchuk importuned the allies for NASAMS batteries.', ['requested svitlana-onyshchuk nasams -']],
  ['Russian drones struck Ivano-Frankivsk overnight. What her region needed, Svitlana Onyshchuk said, were F-16s.', ['requested svitlana-onyshchuk f-16 -']],
  ['Russian drones struck Ivano-Frankivsk overnight. What her region needed, Svitlana Onyshchuk said, were F-16s over the hills, where cruise missiles fly low.', ['requested svitlana-onyshchuk f-16 -']],
  ['Russian drones struck Ivano-Frankivsk overnight. What her region needed, Svitlana Onyshchuk said, was a Patriot battery for the valley, where cruise missiles fly low.', ['requested svitlana-onyshchuk patriot -']],
  // Negatives: pestered by someone else, negated, a question, the enemy's weapons after "where".
  ['Russian drones struck Ivano-Frankivsk overnight. Svitlana Onyshchuk said she was pestered by reporters for hours.', []],
  ['Russian drones struck Ivano-Frankivsk overnight. Svitlana Onyshchuk has not badgered Berlin for IRIS-T launchers.', []],
  ['Russian drones struck Ivano-Frankivsk overnight. Has Svitlana Onyshchuk pestered the ministry for Gepard guns?', []],
  ['Russian drones struck Ivano-Frankivsk overnight. Svitlana Onyshchuk said the region was quiet, where Shahed drones had flown before.', []],
];

describe('requested: persistent asking, were-clefts, where-clauses', () => {
  it.each(askingClass)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});
