/**
 * Table tests of the error classes of session 16, found on the spent check set 17 and written as sentences of my own
 * (none is taken from a corpus), with the real gazetteer: a count of weapons that hit one place is no launch count
 * when a launch verb already tells that class, an inverted "so were N of the X" keeps its partitive count, and an
 * "-ed" verb the tagger read as a noun after a plural subject ("crews neutralised") is read as the verb the syntax
 * layer corrects it to. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

type Case = RelationCase;

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'session16');

const hitCounts: Case[] = [
  // The launch verb tells the class ("attack drones"); how many hit a clinic is not how many were launched.
  ['Russia sent 140 attack drones against Ukraine overnight. Two drones hit a clinic in Sumy.', ['launched russia attack-drone 140']],
  // With no launch verb for the class, the hit is the only figure the article gives, and it stays.
  ['Two Russian drones hit a clinic in Sumy overnight.', ['launched russia drone 2']],
  // A launch verb of another class ("missiles") leaves the drones' hit count alone.
  ['Russia fired six missiles at Kharkiv. Two drones hit a clinic in Sumy.', ['launched russia drone 2', 'launched russia missile 6']],
];

const interceptions: Case[] = [
  // "So were N of the X": the inverted be-form repeats the downing, and the part is its count.
  ['Russia fired five missiles and 70 drones at Odesa. Three of the missiles were shot down. So were 52 of the drones.', ['intercepted ukraine drone 52', 'intercepted ukraine missile 3']],
  ['Russia fired five missiles and 70 drones at Odesa. Three of the missiles were shot down, and so were 52 of the drones.', ['intercepted ukraine drone 52', 'intercepted ukraine missile 3']],
  // "So were" after a clause that downs nothing repeats nothing.
  ['Russia fired five missiles and 70 drones at Odesa. The missiles were aimed at the port. So were 52 of the drones.', []],
  // "Air defence crews neutralised N": the tagger's noun "neutralised" after a plural subject is the verb.
  ['Russia sent 90 drones at Ukraine overnight. Air defence crews neutralised 61 of the drones.', ['intercepted ukraine drone 61']],
  ['Russia sent 90 drones at Ukraine overnight. Ukrainian air defence crews neutralized 61 drones.', ['intercepted ukraine drone 61']],
  // A participle inside a noun phrase stays a modifier: "the neutralised drones" downs nothing by itself.
  ['Russia sent 90 drones at Ukraine overnight. Crews examined the neutralised drones in a field.', []],
];

const habits: Case[] = [
  // A habit ("every time", "each time", "whenever") tells no one night's act.
  ['"Every time a ballistic missile is launched from Crimea, we have ninety seconds," the governor said.', []],
  ['Each time Russian drones hit Sumy, the water supply fails.', []],
  ['Whenever a Kalibr is fired from the Black Sea, sirens sound in Odesa.', []],
  // The same words with a time of their own are no habit: "the last time" and "at the time" still report.
  ['Russia fired a Kalibr at Odesa on Monday, the last time the port was hit.', ['launched russia kalibr 1', 'targeted russia odesa -']],
];

describe('session 16: habits are no reports', () => {
  it.each(habits)('%s', (text, expected) => {
    expect(found(text, ['launched', 'targeted'])).toEqual(expected);
  });
});

const explosions: Case[] = [
  // A weapon that exploded (or detonated) in a place hit it, like one that landed there.
  ['Russia attacked Kyiv overnight. A drone exploded in a courtyard in the Solomianskyi district.', ['targeted russia kyiv -', 'targeted russia solomianskyi-district -']],
  ['Russia attacked Odesa overnight. A missile detonated in the port area of Izmail.', ['targeted russia izmail -', 'targeted russia odesa -']],
  // Exploding in the air is no hit, and a downed weapon exploding is no attack on where it fell.
  ['Russia attacked Kyiv overnight. A drone exploded in the air over the Dnipro river.', ['targeted russia kyiv -']],
  ['A downed drone exploded in a field near Bucha.', []],
];

const restated: Case[] = [
  // The weapons just told, or a part of them, restated by their types after a copula.
  ['Russia launched 80 drones at Ukraine overnight. Nearly all of them were Shahed attack drones or Gerbera decoys.', ['launched russia drone 80', 'launched russia gerbera -', 'launched russia shahed-136 -']],
  ['Russia launched 80 drones at Ukraine overnight. Most were Shaheds.', ['launched russia drone 80', 'launched russia shahed-136 -']],
  ['Russia launched 80 drones at Ukraine overnight. They were mostly Shaheds and Gerberas.', ['launched russia drone 80', 'launched russia gerbera -', 'launched russia shahed-136 -']],
  // A restatement by class only says nothing new; a pronoun with no weapon told before restates nothing.
  ['Russia launched 80 Shahed drones at Ukraine overnight. They were drones of an older series.', ['launched russia shahed-136 80']],
  ['The talks ended on Monday. Most of them were about Patriot systems.', []],
];

const clauses: Case[] = [
  // A pronoun after a fronted place is the clause's subject, not one more place.
  ['Russia fired a Kalibr overnight. In Mykolaiv it struck a warehouse near the river.', ['targeted russia mykolaiv -']],
  ['Russia fired a Kalibr overnight. In Mykolaiv it was quiet until dawn.', []],
  // A reporting aside between the weapon and where it landed.
  ['Russia attacked Dnipro overnight. The missile, officials said, landed in the Shevchenkivskyi district.', ['targeted russia dnipro -', 'targeted russia shevchenkivskyi-district -']],
  // Debris that landed after the same aside marks no target (GUIDELINES).
  ['Russia attacked Dnipro overnight. The debris, officials said, landed in the Shevchenkivskyi district.', ['targeted russia dnipro -']],
];

const turns: Case[] = [
  // A verbatim record's turn: the judgement in the turn is its speaker's.
  ['Russia struck Odesa overnight.\n\nMarta Lindqvist, on behalf of the Renew Group. - Madam President, what Moscow did last night was a war crime.', ['condemned person:marta-lindqvist russia -']],
  // Without the turn's dash the line is no label, and the judgement has no speaker.
  ['Russia struck Odesa overnight.\n\nMarta Lindqvist, on behalf of the Renew Group.\n\nWhat Moscow did last night was a war crime.', []],
];

/** Each table with the predicate its rows are read for. */
const TABLES: [string, Case[], Predicate][] = [
  ['a hit count is no launch count', hitCounts, 'launched'],
  ['inverted partitives, corrected participles', interceptions, 'intercepted'],
  ['weapons that exploded in a place', explosions, 'targeted'],
  ['weapons restated by type', restated, 'launched'],
  ['fronted places and reporting asides', clauses, 'targeted'],
  ["a verbatim record's turns", turns, 'condemned'],
];

describe.each(TABLES)('session 16: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
