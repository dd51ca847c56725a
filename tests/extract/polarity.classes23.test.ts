/**
 * Table tests of the polarity class of session 23 (branch polarity23): a negated or zero downing still gave an
 * intercepted relation when a reporting insert stood between the negated subject phrase and the interception verb
 * ("Not one of them, the air force said, was brought down": the insert closed the clause, so the negator heading the
 * subject went unseen and "one" was read as a count). Every sentence is written for these tests (none is taken from a
 * corpus). Rows that must give nothing, and rows (parts, attributed and concessive frames) that must still give it.
 */
import { describe, expect, it } from 'vitest';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['intercepted'], 'polarity23');

const negatedSubjectBeforeInsert: RelationCase[] = [
  // A negator heading the subject phrase, a reporting insert, then the passive interception verb: nothing was downed.
  ["Russia fired three Kh-22 missiles at Dnipro. Not one of them, Ukraine's air force said, was brought down.", []],
  ['Russia fired six Kinzhal missiles at Kyiv. Not one of the six, officials said, was intercepted.', []],
  ['Russia launched five Iskander-M missiles at Kharkiv overnight. Not a single one of the five, the governor reported, was shot down.', []],
  // Without an insert, and with "none" or a failure verb: nothing, as before.
  ['Russia launched 30 Shahed drones at Odesa overnight. None of the drones was intercepted by Ukrainian air defences.', []],
  ['Russia fired five Kh-22 missiles at Dnipro. Ukrainian air defences failed to stop any of them.', []],
  ['Russia fired five Kh-22 missiles at Dnipro. None of them, the air force reported, was intercepted.', []],
];

const stillIntercepted: RelationCase[] = [
  // A part, an attributed insert without a negator, and a concessive "not all ...: N were" keep the relation.
  ['Russia fired six Kinzhal missiles at Kyiv. Four of the six, officials said, were intercepted.', ['intercepted ukraine kinzhal 4']],
  ["Russia sent 40 drones toward Kyiv overnight. Not all were shot down: Ukraine's air force said 35 of the 40 were destroyed.", ['intercepted ukrainian-air-force drone 35']],
  ['Russia fired ten Kalibr missiles at Lviv. Eight of them, the air force said, were shot down, but two were not.', ['intercepted ukrainian-air-force kalibr 8']],
];

const TABLES: [string, RelationCase[]][] = [
  ['a negated subject before a reporting insert gives nothing', negatedSubjectBeforeInsert],
  ['parts and attributed frames still give the relation', stillIntercepted],
];

describe.each(TABLES)('classes of session 23 (polarity): %s', (_title, rows) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
