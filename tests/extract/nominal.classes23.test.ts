/**
 * Table tests of session 23 (branch nominal23): targets told by a noun phrase or a state rather than an attack verb,
 * the largest class of targeted misses left in the read sets: a place that "came under attack" or "was under fire",
 * that "took a pounding", that "was the main target" with a determiner before it, or that "lost power after a strike". Every sentence is written for
 * these tests (none is taken from a corpus), with the real gazetteer. Each table has negative rows: a negation, a
 * warning, debris, a downing, a hypothetical, and another side's attack.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'nominal23');

const LEAD = 'Russia sent 60 drones at Ukraine overnight.';

const cameUnder: RelationCase[] = [
  // A light verb of undergoing, "under" and an attack noun: the places of the subject were attacked.
  [`${LEAD} Kherson came under shelling shortly after midnight.`, ['targeted russia kherson -', 'targeted russia ukraine -']],
  [`${LEAD} The power grid of the Sumy region came under a combined drone and missile attack.`, ['targeted russia sumy-oblast -', 'targeted russia ukraine -']],
  [`${LEAD} Before dawn the river ports of Izmail were under fire again.`, ['targeted russia izmail -', 'targeted russia ukraine -']],
  [`${LEAD} Uman and Kremenchuk came under heavy fire in the small hours.`, ['targeted russia kremenchuk -', 'targeted russia ukraine -', 'targeted russia uman -']],
  // Negated, hypothetical or only warned of: no attack.
  [`${LEAD} Officials stressed that Kherson had not come under attack.`, ['targeted russia ukraine -']],
  [`${LEAD} The governor warned that Kherson could come under fire.`, ['targeted russia ukraine -']],
  [`${LEAD} Residents of Kherson were told they might come under fire.`, ['targeted russia ukraine -']],
  // Debris, or a downed weapon, as the subject: no place of an attack.
  [`${LEAD} Debris from a downed drone came under inspection in Kherson.`, ['targeted russia ukraine -']],
  // Another side's attack keeps its own attacker (a guard row: main gets it through the attack noun already).
  [`${LEAD} Belgorod came under Ukrainian attack the same night.`, ['targeted russia ukraine -', 'targeted ukraine belgorod -']],
];

const tookAPounding: RelationCase[] = [
  // A verb of undergoing with a noun of repeated blows: the place was hit.
  [`${LEAD} Kherson took a heavy pounding after midnight.`, ['targeted russia kherson -', 'targeted russia ukraine -']],
  [`${LEAD} The rail yards of Lozova took a battering.`, ['targeted russia lozova -', 'targeted russia ukraine -']],
  // Negated: no hit.
  [`${LEAD} Kherson did not take a pounding this time.`, ['targeted russia ukraine -']],
];

const theMainTarget: RelationCase[] = [
  // "The X region was the main target": a determiner before the place heading the subject.
  [`${LEAD} The Poltava region was the main target, the governor said.`, ['targeted russia poltava-oblast -', 'targeted russia ukraine -']],
  [`${LEAD} The Volyn region was the principal target.`, ['targeted russia ukraine -', 'targeted russia volyn-oblast -']],
  // A target still to come, or a question: no attack.
  [`${LEAD} The Poltava region remains a likely target.`, ['targeted russia ukraine -']],
  [`${LEAD} Was the Poltava region the main target?`, ['targeted russia ukraine -']],
];

const outageAfterStrike: RelationCase[] = [
  // A supply cut as the result of a strike: the place that lost it, or where it was, was hit.
  [`${LEAD} In the Kirovohrad region, Znamianka lost power after a strike on its substation.`, ['targeted russia kirovohrad-oblast -', 'targeted russia ukraine -']],
  [`${LEAD} Kremenchuk lost power after a strike on its substation.`, ['targeted russia kremenchuk -', 'targeted russia ukraine -']],
  [`${LEAD} Thousands of homes in Uman were left without heat after the barrage.`, ['targeted russia ukraine -', 'targeted russia uman -']],
  // An outage with no strike as its cause, a strike still feared, or debris: no hit.
  [`${LEAD} Kremenchuk lost power after a storm.`, ['targeted russia ukraine -']],
  [`${LEAD} Kremenchuk could lose power after another strike, the operator warned.`, ['targeted russia ukraine -']],
  [`${LEAD} Kremenchuk lost power after debris fell on a line.`, ['targeted russia ukraine -']],
];

const TABLES: [string, RelationCase[], Predicate][] = [
  ['a place that came under attack or fire', cameUnder, 'targeted'],
  ['a place that took a pounding', tookAPounding, 'targeted'],
  ['"the X region was the main target"', theMainTarget, 'targeted'],
  ['a place that lost a supply after a strike', outageAfterStrike, 'targeted'],
];

describe.each(TABLES)('nominal targets of session 23: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
