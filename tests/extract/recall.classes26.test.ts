/**
 * Session 26 (branch recall26), issue 10: downings told against a whole that a fronted "of" phrase names.
 * - A fronted "of" phrase before an active downing verb whose object is a bare figure: the figure is a part of that
 *   whole ("Of the cruise missiles, air defence destroyed 14"), not of whichever counted weapon came before.
 * - A gapped clause after ";" that names another whole the same way and gives only its figure ("; of the drones,
 *   120", "; of the drones, which included decoys, 120", "; of the cruise missiles, at 14" after "put ... at").
 * Negative rows: a gapped clause with a verb of its own (a hit, not a downing), a figure followed by a noun of its
 * own, a negation, a plan, a question and a denial.
 * - A negator that bounds a number ("no fewer than 30", "not less than 12", "no more than four") denies nothing: the
 *   downing or launch it counts stands. Negative rows: "no drones", "not one of", "no more drones", a negated report.
 * Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const OPENING = 'Russia sent 140 drones and 18 cruise missiles against Ukraine overnight, the air force said.';

type Case = [string, string, string[]];

const interceptions = (text: string): string[] => relationsFound(`${OPENING} ${text}`, ['intercepted']);

const positives: Case[] = [
  ['fronted whole, active verb, bare figure', 'Of the cruise missiles, air defence destroyed 14.', ['intercepted ukrainian-air-force cruise-missile 14']],
  ['fronted whole, pronoun subject, limiting adverb', 'Of the cruise missiles, it brought down only 9.', ['intercepted ukraine cruise-missile 9']],
  ['fronted whole, then a gapped whole', 'Of the cruise missiles, it brought down 14; of the drones, 120.', ['intercepted ukraine cruise-missile 14', 'intercepted ukraine drone 120']],
  ['gapped whole after a passive', 'Of the 140 drones, 120 were shot down; of the 18 cruise missiles, 14.', ['intercepted ukrainian-air-force cruise-missile 14', 'intercepted ukrainian-air-force drone 120']],
  ['gapped whole with a relative aside', 'Air defence destroyed 14 of the cruise missiles; of the drones, which included many decoys, 120.', ['intercepted ukrainian-air-force cruise-missile 14', 'intercepted ukrainian-air-force drone 120']],
  ['gapped figure after "put ... at"', 'The air force put the number of drones shot down at 120; of the cruise missiles, at 14.', ['intercepted ukrainian-air-force cruise-missile 14', 'intercepted ukrainian-air-force drone 120']],
];

const negatives: Case[] = [
  ['a gapped clause with a verb of its own is a hit', 'Air defence destroyed 120 of the drones; of the cruise missiles, four hit the port.', ['intercepted ukrainian-air-force drone 120']],
  ['a figure with a noun of its own is not a part of the whole', 'Of the cruise missiles, air defence destroyed 14 drones.', ['intercepted ukrainian-air-force drone 14']],
  ['a negation', 'Of the cruise missiles, air defence could not destroy 14.', []],
  ['a plan', 'Of the cruise missiles, air defence hopes to destroy 14 next time.', []],
  ['a question', 'Of the cruise missiles, did air defence really destroy 14?', []],
  ['a denial', 'Of the cruise missiles, the air force denied that it destroyed 14.', []],
];

describe('downings told against a whole named by a fronted "of" phrase (session 26)', () => {
  it.each([...positives, ...negatives])('%s', (_name, text, expected) => {
    expect(interceptions(text)).toEqual(expected);
  });
});

const bounds: [string, string, string[]][] = [
  ['"no fewer than" before a passive downing', 'The Russian defence ministry claimed that no fewer than 30 Ukrainian drones had been destroyed over the Kursk region.', ['intercepted russia drone 30']],
  ['"not less than" before a passive downing', 'Not less than 25 drones were shot down over the Kyiv region, the air force said.', ['intercepted ukrainian-air-force drone 25']],
  ['"no more than" before a partitive', 'The air force said no more than four of the 12 missiles were intercepted.', ['intercepted ukrainian-air-force missile 4']],
  // negatives: a negator that denies
  ['"no" before the weapons', 'The air force said no drones were shot down over the Kyiv region.', []],
  ['"not one of"', 'Not one of the 12 missiles was intercepted, the air force said.', []],
  ['"no more" without "than"', 'The air force said no more drones were shot down after midnight.', []],
  ['a bound in a question', 'Were no fewer than 30 drones shot down over the Kyiv region?', []],
];

describe('a negator that bounds a number denies nothing (session 26)', () => {
  it.each(bounds)('%s', (_name, text, expected) => {
    expect(relationsFound(text, ['intercepted'])).toEqual(expected);
  });
});
