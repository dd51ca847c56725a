/**
 * Weapon-line numbers of the event model told in ways the rules of sessions before did not read (session 16): a
 * defender that did not down "any of" the weapons, a past "could not be intercepted", "not among those shot down",
 * "not one of those twelve" over a breakdown that adds up to twelve, a pronoun after a clause boundary, bulleted
 * breakdowns that open with the count, and the one weapon of an indefinite article. Each class with negative rows.
 * All sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import type { ExtractedEvent } from '../../src/extract/types.ts';
import { ingestText } from '../../src/ingest/index.ts';

function lines(text: string, published = '2024-03-12'): string[][] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  const events = extractDocument({ ...doc, published }).events;
  return events.map((e: ExtractedEvent) => e.weapons.map((w) => `${w.weapon} ${w.launched ?? '-'}/${w.intercepted ?? '-'}`).sort());
}

describe('weapons not downed: "any of", modal and "not among"', () => {
  // Published Tuesday 12 March 2024. Each row: the text, then the weapon lines of its one event.
  const cases: [string, string, string[]][] = [
    ['"made no claim of stopping any of them" takes up the sentence before', 'Overnight four S-300 missiles were fired into the Kharkiv region, the spokesman said. The air force made no claim of stopping any of them.', ['s-300 4/0']],
    ['"was unable to stop any of the three" over a kind counted in an earlier paragraph', 'Three S-300 missiles hit Sumy early on Tuesday.\n\nThe missiles came from the Kursk region, the air force said. Air defence was unable to stop any of the three.', ['s-300 3/0']],
    ['"could not shoot down any of the S-300 missiles" names its weapons', 'Russia fired 30 drones and two S-300 missiles at Kharkiv overnight. Gunners downed 22 drones but could not shoot down any of the S-300 missiles.', ['drone 30/22', 's-300 2/0']],
    ['"did not stop any of them" after the weapons of its own sentence', 'Russia fired five Kh-22 missiles at Odesa overnight, and the defenders did not stop any of them.', ['kh-22 5/0']],
    ['"could not be intercepted" after the one weapon', 'Russia fired 40 drones and an Iskander-M missile at Pavlohrad overnight. Crews destroyed 31 of the drones. The missile could not be intercepted.', ['drone 40/31', 'iskander-m 1/0']],
    ['"are not among the targets brought down"', 'Russia sent 70 drones and two Iskander-M missiles against Odesa overnight. The crews destroyed 52 of the drones. The two Iskander-M missiles are not among the targets brought down.', ['drone 70/52', 'iskander-m 2/0']],
    // Negative rows: a present capability is no event's figure; "any of" a kind that no count makes three names none.
    ['"cannot be shot down" tells what a weapon is like', 'Russia fired three Kh-22 missiles at Odesa overnight. A Kh-22 cannot be shot down by the guns the city has.', ['kh-22 3/-']],
    ['"cannot stop any of them" is a capability', 'Russia fired three Kh-22 missiles at Odesa overnight. The city guns cannot stop any of them.', ['kh-22 3/-']],
    ['"any of the three" over counts that make two', 'Russia fired two S-300 missiles at Kharkiv overnight. Air defence was unable to stop any of the three.', ['s-300 2/-']],
  ];
  it.each(cases)('%s', (_name, text, weapons) => {
    const events = lines(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual(weapons);
  });
});

describe('a count of none over a breakdown, and a pronoun after a clause boundary', () => {
  const cases: [string, string, string[]][] = [
    ['"not a single one of those twelve" over three counts that make twelve', 'The rest came as four Kh-22 missiles, three Iskander-M missiles and five S-300 missiles, fired at Dnipro overnight. Not a single one of those twelve was intercepted.', ['iskander-m 3/0', 'kh-22 4/0', 's-300 5/0']],
    ['"none of those eight" over the last counts that make eight, not the first', 'Overnight Russia fired ten Kalibr missiles, three Kh-22 missiles and five S-300 missiles at Odesa. None of those eight was intercepted.', ['kalibr 10/-', 'kh-22 3/0', 's-300 5/0']],
    ['"none of those nine" over counts that make no nine names none', 'Overnight Russia fired four Kh-22 missiles and three S-300 missiles at Odesa. None of those nine was intercepted.', ['kh-22 4/-', 's-300 3/-']],
    ['"it was not intercepted" after a semicolon takes up the one weapon', 'A Kh-31 missile was fired at Izmail overnight; the navy said it was not intercepted.', ['kh-31 1/0']],
    ['a class and its named kind are one weapon for "it"', 'Overnight the missile, a Kh-59, was launched at Zaporizhzhia; according to the air force it was not intercepted.', ['kh-59 1/0']],
    ['"it" after two weapons names neither', 'Russia fired a Kh-59 missile and a Kalibr missile at Odesa overnight; it was not intercepted.', ['kalibr 1/-', 'kh-59 1/-']],
  ];
  it.each(cases)('%s', (_name, text, weapons) => {
    const events = lines(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual(weapons);
  });
});

describe('a bulleted breakdown that opens with the count', () => {
  const cases: [string, string, string[]][] = [
    [
      'each line gives its launch and its downing, with "not shot down" and "all N destroyed"',
      'Russia attacked the Mykolaiv region overnight. The command listed the weapons:\n\n- 8 Kalibr cruise missiles, launched from a frigate - 6 destroyed;\n- 3 Kh-31 missiles, fired from occupied Crimea - not shot down;\n- 25 Shahed drones, launched from Kursk - all 25 destroyed.',
      ['kalibr 8/6', 'kh-31 3/0', 'shahed-136 25/25'],
    ],
    // Negative row: a headline that opens with a count and runs on after a colon is no tally line.
    ['a headline with a count and a colon', 'Nine missiles, none stopped: Mykolaiv counts the damage\n\nRussia fired nine Kalibr missiles at Mykolaiv overnight, the navy said on Tuesday.', ['kalibr 9/-']],
  ];
  it.each(cases)('%s', (_name, text, weapons) => {
    const events = lines(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual(weapons);
  });
});

describe('one weapon of an indefinite article', () => {
  const cases: [string, string, string[]][] = [
    ['"also fired a Kh-59 ..., which was shot down" is one launched, one downed', 'Russia launched 60 drones at Kyiv overnight. Russia also fired a Kh-59 guided missile, which was shot down near Dnipro.', ['drone 60/-', 'kh-59 1/1']],
    ['"as well as an Iskander-M launched from" counts one', 'Russia used 90 drones against Kharkiv overnight, as well as an Iskander-M missile launched from Belgorod.', ['drone 90/-', 'iskander-m 1/-']],
    // Negative rows: a hit, a weapon that modifies the noun after it, and an exact count told elsewhere.
    ['"hit by an Iskander-M" counts the weapons that hit, not a launch', 'A grain ship in Odesa was hit by an Iskander-M fired from Crimea overnight.', ['iskander-m -/-']],
    ['"a Shahed drone attack" counts no drone', 'Russia launched a Shahed drone attack on Kyiv overnight.', ['shahed-136 -/-']],
    ['an exact count of the line outranks the article', 'Russia fired a Kalibr missile at Odesa overnight. In all, the navy said, Russia fired four Kalibr missiles at the city overnight.', ['kalibr 4/-']],
  ];
  it.each(cases)('%s', (_name, text, weapons) => {
    const events = lines(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual(weapons);
  });
});

describe('a mixed wave of drones is counted on the class', () => {
  const cases: [string, string, string[]][] = [
    ['a kind coordinated with decoys: the class gets the count and the interception', 'Russia sent 140 Shahed and decoy drones at Ukraine overnight, and 120 of them were shot down, the air force said.', ['drone 140/120', 'shahed-136 -/-']],
    ['"of the Shahed type and of other types"', 'Overnight Russia used 90 drones of the Shahed type and of other types against Ukraine.', ['drone 90/-', 'shahed-136 -/-']],
    // (The decoys named inside the wave's count are part of its line, no line of their own: session 21.)
    ['an interception told in the next sentence goes with the wave', 'Overnight 210 attack drones of the Shahed type and decoys were launched at Ukraine. Of those, 180 were downed.', ['drone 210/180', 'shahed-136 -/-']],
    // Negative rows: a kind with its own count beside other weapons stays the kind's.
    ['a kind counted beside missiles keeps its count', 'Russia launched 60 Shahed drones and four Kalibr missiles at Odesa overnight.', ['kalibr 4/-', 'shahed-136 60/-']],
    ['a kind counted beside decoys counted apart keeps its count', 'Russia launched 60 Shahed drones overnight, and separately 20 decoys, the air force said.', ['decoy-drone 20/-', 'shahed-136 60/-']],
  ];
  it.each(cases)('%s', (_name, text, weapons) => {
    const events = lines(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual(weapons);
  });
});

describe('claims merged into one line', () => {
  it('an exact launch count of a later claim outranks an estimate told first', () => {
    const text = 'Nearly 150 drones were sent against Ukraine overnight.\n\nThe air force said 147 drones were launched and 120 were shot down overnight.';
    expect(lines(text)).toEqual([['drone 147/120']]);
  });
  it('an estimate told after an exact count does not replace it', () => {
    const text = 'The air force said 147 drones were launched at Ukraine overnight.\n\nA regional official said that nearly 150 drones were sent overnight.';
    expect(lines(text)).toEqual([['drone 147/-']]);
  });
});

describe('an ellipsis of the downing and a downing limited by "only"', () => {
  const cases: [string, string, string[]][] = [
    ['"So were N of the drones" counts the part downed', 'Russia fired 120 drones and four Kalibr missiles at Odesa overnight. Three of the Kalibr missiles were shot down. So were 95 of the drones.', ['drone 120/95', 'kalibr 4/3']],
    ['"only the X and N of the drones": the others none, the one named as known in full', 'The air force reported four Iskander-M missiles, two S-300 missiles, one Kh-31 missile and 12 drones launched at Dnipro overnight. Crews managed to shoot down only the Kh-31 and five of the drones, the air force said.', ['drone 12/5', 'iskander-m 4/0', 'kh-31 1/1', 's-300 2/0']],
    // Negative rows: no number in the ellipsis; "only" over a single launch says nothing of others.
    ['"So were many of the drones" gives no count', 'Russia fired 120 drones and four Kalibr missiles at Odesa overnight. Three of the Kalibr missiles were shot down. So were many of the drones.', ['drone 120/-', 'kalibr 4/3']],
    ['"only" with a single launch before it', 'Russia fired 30 drones at Lviv overnight. Gunners downed only 12 of the drones.', ['drone 30/12']],
  ];
  it.each(cases)('%s', (_name, text, weapons) => {
    const events = lines(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual(weapons);
  });
});
