/**
 * Table tests of the error classes of session 19, found on check set 22 (spent this session) and written as sentences
 * of my own (none is taken from a corpus), with the real gazetteer. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'session19');

const reportingForce: RelationCase[] = [
  // An agentless downing reported by the defender's armed force (or a command of it) is that force's.
  ['Russia fired 30 drones at Sumy. Twenty were shot down, the air force said.', ['intercepted ukrainian-air-force drone 20']],
  ['Russia fired 30 drones at Sumy. The air force said 20 of the drones were destroyed.', ['intercepted ukrainian-air-force drone 20']],
  // "the force" names the force told before.
  ['Russia fired 30 drones at Sumy, according to the Air Force. Twenty of them were downed, the force said.', ['intercepted ukrainian-air-force drone 20']],
  // A ministry or an official reporting it leaves the state.
  ['Russia fired 30 drones at Sumy. The defence ministry said 20 of the drones were destroyed.', ['intercepted ukraine drone 20']],
  ['Russia fired 30 drones at Sumy. Twenty were shot down, the governor said.', ['intercepted ukraine drone 20']],
  // The force's reading and the state's of the same weapons are one interception, not two.
  ['Russia fired 30 drones at Sumy. Air defence destroyed 20 of them. Twenty were shot down, the air force said.', ['intercepted ukraine drone 20']],
  // Denied, still nothing.
  ['Russia fired 30 drones at Sumy. None were shot down, the air force said.', []],
  // The paragraph's source: the latest actor of the state named before the downing, when it is an armed force.
  ['By noon the air force had published its tally. Russia had sent 30 drones at Sumy. Twenty were knocked down.', ['intercepted ukrainian-air-force drone 20']],
  ['By noon the air force had published its tally. Zelensky spoke of 30 drones sent at Sumy. Twenty were knocked down.', ['intercepted ukraine drone 20']],
  ['By noon the air force had published its tally.\n\nRussia had sent 30 drones at Sumy. Twenty were knocked down.', ['intercepted ukraine drone 20']],
  // A relative clause's participle the tagger reads as a noun is still its verb.
  ['Russia fired 150 drones overnight. We thank the air force, which neutralised 139 of the drones.', ['intercepted ukraine drone 139']],
];

const colonBreakdowns: RelationCase[] = [
  // A report tag's colon opens the breakdown of what the clause before it counts.
  [
    'Russia fired 12 Kh-101 missiles and six Iskander-M missiles at Kyiv. Fifteen of the missiles were destroyed, the air force said: all twelve Kh-101s and three of the Iskanders.',
    ['intercepted ukrainian-air-force iskander-m 3', 'intercepted ukrainian-air-force kh-101 12', 'intercepted ukrainian-air-force missile 15'],
  ],
  // "but" goes on with the colon's list.
  [
    'Russia fired 12 Kh-101 missiles and six Iskander-M missiles at Kyiv. Fifteen of the missiles were destroyed, the air force said: every one of the twelve Kh-101s, but only three of the Iskanders.',
    ['intercepted ukrainian-air-force iskander-m 3', 'intercepted ukrainian-air-force kh-101 12', 'intercepted ukrainian-air-force missile 15'],
  ],
  // A fronted participle, an attribution, then the list.
  ['Russia launched 60 drones and ten missiles overnight. Shot down, according to the air force: 50 drones and eight missiles.', ['intercepted ukrainian-air-force drone 50', 'intercepted ukrainian-air-force missile 8']],
  ['Russia launched 60 drones and ten missiles overnight. Neutralised, per the morning summary: 50 drones and eight missiles.', ['intercepted ukraine drone 50', 'intercepted ukraine missile 8']],
  // A colon after a tag that opens no list of weapons adds nothing.
  ['Russia launched 60 drones overnight. Fifty were shot down, the air force said: a good night for the crews.', ['intercepted ukrainian-air-force drone 50']],
  // A fronted participle that is no interception gives none.
  ['Russia launched 60 drones overnight. Launched, per the summary: 60 drones.', []],
];

const wholeOfListed: RelationCase[] = [
  // A plural anaphor of the head after several named systems listed together is their whole.
  ['Russia fired 14 Kh-101 missiles and eight Iskander-M missiles at Kyiv. Eighteen of the missiles were shot down.', ['intercepted ukraine missile 18']],
  // One named system (or another name of it after "or"): the anaphor is that system.
  ['Russia fired three Iskander-M missiles at Kyiv. Two of the missiles were shot down.', ['intercepted ukraine iskander-m 2']],
  // Names given as alternatives after a counted class leave the type open: the anaphor is that class.
  ['Russia fired three ballistic missiles, Iskander-M or KN-23, at Kyiv. Two of the missiles were shot down.', ['intercepted ukraine ballistic-missile 2']],
  ['Russia fired Iskander-M or KN-23 missiles at Kyiv. Two of the missiles were shot down.', ['intercepted ukraine iskander-m 2']],
];

const copularTargets: RelationCase[] = [
  // A perfect copula tells attacks that happened.
  ['Russia launched drones overnight. Sumy has been the main target for a week.', ['targeted russia sumy -']],
  ['Russia launched drones overnight. Sumy was the main target.', ['targeted russia sumy -']],
  // The present tense tells what may come.
  ['Russia launched drones overnight. Sumy is the main target.', []],
  ['Russia launched drones overnight. Sumy remains a target.', []],
];

const resultsOfHits: RelationCase[] = [
  // Ruins, rubble and craters are what a strike leaves.
  ['Russia launched drones overnight. A depot in Sumy was left in ruins.', ['targeted russia sumy -']],
  ['Russia launched drones overnight. A school in Nizhyn was reduced to rubble.', ['targeted russia nizhyn -']],
  ['Russia launched drones overnight. One drone left a crater beside a school in Sumy.', ['targeted russia sumy -']],
  // An ordinal after "a" stands for the weapons told before.
  ['Russia launched drones overnight. A third fell on a warehouse in Nizhyn.', ['targeted russia nizhyn -']],
  // A plan or a fear is no hit.
  ['Russia launched drones overnight. Officials fear the depot in Sumy could be left in ruins.', []],
  // A side does not fall: a pronoun read as a side there names no doer.
  ['The air force gave no figures. It came down on a depot in Sumy.', []],
];

const launchForms: RelationCase[] = [
  // "employ" is "use": weapons employed against a place were launched.
  ['Russian forces employed 40 missiles against Ukraine overnight.', ['launched russia missile 40']],
  // A named system in apposition to a counted class takes its count.
  ['Russia launched 17 attack drones of the Shahed type at Sumy.', ['launched russia shahed-136 17']],
  ['Russia sent 300 drones and four missiles, all Kalibrs, at Odesa.', ['launched russia drone 300', 'launched russia kalibr 4']],
  // "such" names the kind told before; the count is the new mention's.
  ['Russia fired ballistic missiles at Dnipro. Four such missiles were fired from Kursk.', ['launched russia ballistic-missile 4']],
  // A negated cleft denies what its relative clause tells.
  ['It was not a Zircon that hit the port in Odesa.', []],
  ['It was a Zircon that hit the port in Odesa.', ['launched russia zircon -']],
  // Employed people are no weapons.
  ['The plant employed 300 workers.', []],
];

const TABLES: [string, RelationCase[], Predicate][] = [
  ['launch forms: employ, apposition counts, such, clefts', launchForms, 'launched'],
  ['a downing reported by an armed force is its own', reportingForce, 'intercepted'],
  ['a colon after a report tag or a fronted participle', colonBreakdowns, 'intercepted'],
  ['the whole of several named systems', wholeOfListed, 'intercepted'],
  ['perfect copula: the main target', copularTargets, 'targeted'],
  ['ruins, rubble, craters and ordinals', resultsOfHits, 'targeted'],
];

describe.each(TABLES)('session 19: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
