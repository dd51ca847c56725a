/**
 * Table tests of the error classes of session 18, found on check set 21 (spent this session) and written as sentences
 * of my own (none is taken from a corpus), with the real gazetteer. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'session18');

const months: RelationCase[] = [
  // The month "May" next to a day number is no modal verb.
  ['On 12 May Russia fired 30 drones at Sumy.', ['launched russia drone 30']],
  ['May 12: Russia fired 30 drones at Sumy.', ['launched russia drone 30']],
  ['Early on 12 May the enemy attacked Sumy with 30 drones.', ['launched russia drone 30']],
  // The modal still makes a launch a possibility only.
  ['Russia may fire 30 drones at Sumy tonight.', []],
  ['May Russia fire drones at Sumy again? Nobody knows.', []],
];

const participles: RelationCase[] = [
  // A participle right after a preposition modifies the place: the aim after it still counts.
  ['Russia fired four Kalibr missiles from occupied Crimea at Mykolaiv.', ['targeted russia mykolaiv -']],
  ['Russia launched 20 drones from the occupied south at Zaporizhzhia.', ['targeted russia zaporizhzhia -']],
  // An "-ed" modifier after a possessive or an article inside the object phrase does not end it.
  ["Two missiles hit the utility's combined heat and power plant in Sumy.", ['targeted russia sumy -']],
  ['A drone hit the reinforced shelter in Nikopol.', ['targeted russia nikopol -']],
  // A verb of its own after the weapons still ends the phrase that can name the aim.
  ['Russia fired drones produced at a plant in Yelabuga.', []],
  // "-ed" after a noun is the next clause's verb: the houses it damaged are not the object's place.
  ['Russia fired drones overnight, and the debris damaged houses in Sumy.', []],
]

const sentAcross: RelationCase[] = [
  // Strike weapons sent across or over a border or country were launched.
  ['Forty strike drones were sent across the border overnight.', ['launched russia attack-drone 40']],
  ['Sixty drones were sent over the country before dawn.', ['launched russia drone 60']],
  // Air defence, aircraft, or a recipient after "to": a delivery.
  ['Two Patriot systems were sent across the border last week.', []],
  ['F-16 jets were sent across the border.', []],
  ['Storm Shadow missiles were sent across the border to Ukraine.', []],
];

const identified: RelationCase[] = [
  // The passive's agent stands between the verb of identification and "as".
  ['Russia fired a ballistic missile at Sumy. The missile was described by the air force as an Iskander-M.', ['launched russia ballistic-missile -', 'launched russia iskander-m -']],
  // No type after "as": nothing more.
  ['Russia fired a ballistic missile at Sumy. The missile was described by the governor as very fast.', ['launched russia ballistic-missile -']],
];

const relativeInterceptions: RelationCase[] = [
  // The object of a relative clause with its own subject is the antecedent: all, a part, or none of it.
  ['Russia fired three Kh-59 missiles, all of which air defence destroyed.', ['intercepted ukraine kh-59 3']],
  ['Russia fired 32 drones, 13 of which Ukrainian crews shot down.', ['intercepted ukraine drone 13']],
  ['Russia fired three Kh-59 guided missiles, which air defence destroyed over the sea.', ['intercepted ukraine kh-59 3']],
  ['Russia fired five Kh-101 missiles, none of which the air force intercepted.', []],
  // "none of them" / "neither of them" as an object denies the interception.
  ['Russia fired two Iskander-M missiles at Sumy. Air defence intercepted neither of them.', []],
  ['Russia fired two Iskander-M missiles at Sumy. Air defence intercepted none of them.', []],
  ['Russia fired two Iskander-M missiles at Sumy. Air defence intercepted both of them.', ['intercepted ukraine iskander-m 2']],
  // A complement clause after "said that" is no relative clause: its own object counts.
  ['Moscow said it had struck plants, and that its air defences had shot down 40 Ukrainian drones.', ['intercepted russia drone 40']],
];

const hits: RelationCase[] = [
  // "set fire to" is a verb of attack; debris as its subject marks no target.
  ['A drone set fire to a grain store in Pervomaisk.', ['targeted russia pervomaisk -']],
  ['In the Odesa region, a drone set fire to a depot outside Izmail.', ['targeted russia izmail -', 'targeted russia odesa-oblast -']],
  ['Russia fired drones overnight, and falling fragments set fire to a shed in Bucha.', []],
  ['Protesters set fire to tyres in Lviv.', []],
  // A where-clause names the places it locates before its verb; a coordinated "and in Y, where ..." too.
  ['Russia sent drones overnight. Damage was recorded in Uman, where a shop in the Pivdennyi district burned.', ['targeted russia region:pivdennyi-district -', 'targeted russia uman -']],
  // A part of the weapons told before ("one of them") exploding somewhere hit it.
  ['Russia fired missiles at Odesa. One of them exploded in Izmail.', ['targeted russia izmail -', 'targeted russia odesa -']],
  ['Russia fired missiles at Odesa. Two of them landed in Izmail.', ['targeted russia izmail -', 'targeted russia odesa -']],
  // A count in place of the article before "direct hits".
  ['Russia launched drones overnight. A substation in Konotop took two direct hits.', ['targeted russia konotop -']],
  ['The delegation took two direct flights to Konotop.', []],
  // A fronted place where a claim of downed weapons was made is no target.
  ['In Moscow, the ministry claimed its air defences had destroyed 41 Ukrainian drones overnight.', []],
  ['In Dnipro, a missile destroyed a warehouse.', ['targeted russia dnipro -']],
];

const judged: RelationCase[] = [
  // A speaker who characterises or condemns the act is not the doer of the attack verb inside the judgement.
  ['Russia launched drones at Kharkiv overnight. Ihor Terekhov called the strike "terror aimed at the heart of our city".', ['targeted russia kharkiv -']],
  ['Russia launched drones overnight. Zelensky condemned the strikes aimed at Odesa.', ['targeted russia odesa -']],
  // Without a judgement the subject stays the doer.
  ['Ukraine said its drones were aimed at Belgorod.', ['targeted ukraine belgorod -']],
];

const TABLES: [string, RelationCase[], Predicate][] = [
  ['a judge is not the doer', judged, 'targeted'],
  ['hits: set fire to, where-clauses, parts of weapons, fronted claims', hits, 'targeted'],
  ['strike weapons sent across a border', sentAcross, 'launched'],
  ['a type identified by an agent', identified, 'launched'],
  ['the object of a relative clause, negative quantifiers', relativeInterceptions, 'intercepted'],
  ['the month May is no modal', months, 'launched'],
  ['participles inside place phrases', participles, 'targeted'],
];

describe.each(TABLES)('session 18: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
