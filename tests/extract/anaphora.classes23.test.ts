/**
 * Table tests of session 23 (branch anaphora23): arguments outside the sentence, resolved by one salience step in the
 * mention layer (step 05) that every predicate reads. A place adverb ("there") and a settlement description ("the
 * town", "the village") take the salient place named before them; "the club", "the company" with no name of the
 * noun before them take the body the document's letterhead names. Every sentence is written for these tests (none
 * is taken from a corpus), with the real gazetteer. Each table has negative rows: debris, a place named only as where
 * weapons were downed, a quotation boundary, a paragraph break, an antecedent of another type, an existential "there".
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes23');

const placeAdverb: RelationCase[] = [
  // "there" after a named place: the place, whatever the hit clause around it.
  ['Russia sent drones at Ukraine overnight. Officials in Nikopol gave a briefing in the morning. A bus depot there was hit.', ['targeted russia nikopol -', 'targeted russia ukraine -']],
  ['Russia fired missiles at Ukraine overnight. The mayor of Mukachevo said a cruise missile struck a factory there.', ['targeted russia mukachevo -', 'targeted russia ukraine -']],
  ['Russia sent drones at Ukraine overnight. Officials in Sumy said a power line there was damaged.', ['targeted russia sumy -', 'targeted russia ukraine -']],
  ['Russia sent drones at Ukraine overnight. The mayor of Bila Tserkva, south of the capital, spoke on television. A drone hit a school there.', ['targeted russia bila-tserkva -', 'targeted russia ukraine -']],
  // Debris, a downing place, a quotation boundary, a paragraph break, a state, an existential "there": no place.
  ['Russia sent drones at Ukraine overnight. Debris fell in Sumy. A house there was damaged by the falling debris.', ['targeted russia ukraine -']],
  ['Russia sent drones at Ukraine overnight. Air defence shot down ten drones over Sumy. A school there was damaged.', ['targeted russia ukraine -']],
  ['Russia sent drones at Ukraine overnight. "I grew up in Sumy," the soldier said. A school there was damaged.', ['targeted russia ukraine -']],
  ['Russia sent drones at Ukraine overnight. Officials in Sumy spoke to reporters.\n\nA school there was damaged.', ['targeted russia ukraine -']],
  ['Russia sent drones at Ukraine overnight. Poland summoned the Russian envoy. A depot there was hit.', ['targeted russia ukraine -']],
  ['Russia sent drones at Sumy overnight. There were no casualties, and nothing there was damaged.', ['targeted russia sumy -']],
];

const settlementDescription: RelationCase[] = [
  // "the town", "the village": the settlement just named, even when another city was named more often.
  ['Russia sent drones at Ukraine overnight. Izium is a small town near the front. Drones hit the town on Monday.', ['targeted russia izium -', 'targeted russia ukraine -']],
  ['Russia sent drones at Kharkiv overnight. The attack on Kharkiv was the largest. The mayor of Bohodukhiv said a drone struck a school on the edge of the town.', ['targeted russia bohodukhiv -', 'targeted russia kharkiv -']],
  // A town's council is no town; with no settlement named before, the town is nobody's.
  ['Russia sent drones at Ukraine overnight. Konotop was hit twice. The town council asked the government for mobile fire groups.', ['targeted russia konotop -', 'targeted russia ukraine -']],
  ['Russia sent drones at Kharkiv Oblast overnight. A drone struck the town.', ['targeted russia kharkiv-oblast -']],
];

const letterhead: RelationCase[] = [
  // "the club", "the company" with no name ending in the noun before it: the body the letterhead names with a mark.
  ['FC Dnipro Rivers - notice to season-ticket holders\nKyiv, 2 March 2025\nRussian drones damaged the stadium overnight. The club condemns this attack on a sleeping city.', ['condemned organisation:fc-dnipro-rivers russia -']],
  ['Siverian Grid Networks JSC - customer notice\nRussia sent drones at Ukraine overnight and two substations were hit. The company has asked the regional administration to place Gepard anti-aircraft guns near its substations.', ['requested organisation:siverian-grid-networks-jsc gepard -']],
  // A club's name goes on with the city it plays for; a city after a preposition or a comma is no part of it.
  ['FC Vorskla Poltava - notice to members\nRussian drones damaged the stadium overnight. The club condemns this attack on a sleeping city.', ['condemned organisation:fc-vorskla-poltava russia -']],
  ['Russian drones damaged the stadium overnight. FC Vorskla, in Poltava, condemned the attack.', ['condemned organisation:fc-vorskla russia -']],
  // No mark on the letterhead line, a name ending in the noun named before, or a modifier after the noun: no letterhead reading.
  ['Siverian Grid Networks - customer notice\nRussia sent drones at Ukraine overnight and two substations were hit. The company has asked the regional administration to place Gepard anti-aircraft guns near its substations.', []],
  ['FC Dnipro Rivers - notice to season-ticket holders\nRussian drones damaged the stadium overnight. The Kyiv Chess Club said its hall was damaged too. The club condemns this attack on a sleeping city.', ['condemned organisation:kyiv-chess-club russia -']],
  ['FC Dnipro Rivers - notice to season-ticket holders\nRussia sent drones at Kyiv overnight and the stadium was damaged. The club secretary condemns this attack on a sleeping city.', []],
];

const TABLES: [string, RelationCase[], Predicate][] = [
  ['"there" for the place named before', placeAdverb, 'targeted'],
  ['"the town", "the village" for the settlement named before', settlementDescription, 'targeted'],
];

const LETTERHEAD: [string, RelationCase[], Predicate[]][] = [['a body named by the letterhead', letterhead, ['condemned', 'requested']]];

describe.each(TABLES)('classes of session 23: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});

describe.each(LETTERHEAD)('classes of session 23: %s', (_title, rows, predicates) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, predicates)).toEqual(expected);
  });
});
