/**
 * Weapon-line numbers of the event model told in ways the rules of session 16 did not read (session 17): perfect
 * passives with the negation between the auxiliaries ("had not been intercepted"), a fronted object of a negated
 * downing ("None of the four missiles could the crews stop"), a source that reports no downing ("did not report the
 * missile intercepted"), a pronoun's second verb phrase ("It was fired from Crimea and was not intercepted"), and a
 * second reported clause that stands apart from the first. Each class with negative rows. All sentences are written
 * for these tests.
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

describe('negated downings of session 17', () => {
  // Published Tuesday 12 March 2024. Each row: the text, then the weapon lines of its one event.
  const cases: [string, string, string[]][] = [
    ['"had not been intercepted" in a second reported clause', 'Russia fired 60 drones and two Kh-22 missiles at Odesa overnight, Ukraine\'s air force said, adding that its crews had downed 41 of the drones and that the missiles had not been intercepted.', ['drone 60/41', 'kh-22 2/0']],
    ['"has never been shot down"', 'Russia fired 30 drones and one Kinzhal missile at Lviv overnight. Crews destroyed 25 of the drones. The Kinzhal has never been shot down.', ['drone 30/25', 'kinzhal 1/0']],
    ['"wasn\'t intercepted"', 'Russia launched 18 drones and a Kh-31 missile at Izmail overnight. Gunners downed 12 drones; the Kh-31 wasn\'t intercepted.', ['drone 18/12', 'kh-31 1/0']],
    ['a fronted object: "None of the four missiles could the crews stop"', 'Russia fired 50 drones and four Iskander-M missiles at Dnipro overnight. Of the drones, 33 were shot down. None of the four missiles could the crews stop.', ['drone 50/33', 'iskander-m 4/0']],
    ['"did not report the missile intercepted"', 'Overnight Russia launched 70 drones and one Kh-59 missile at Zaporizhzhia. The command reported 52 drones shot down; it did not report the missile intercepted.', ['drone 70/52', 'kh-59 1/0']],
    ['"It was fired from Crimea and was not intercepted" takes up the one weapon', 'A Kh-31 missile was fired at the port of Izmail overnight. It was launched from Crimea and was not intercepted.', ['kh-31 1/0']],
    // Negative rows: a downing that did happen, a plan, the drones of the first clause, and "it" over two weapons.
    ['"had been intercepted" is a downing, not a negation', 'Russia fired 60 drones and two Kh-22 missiles at Odesa overnight, Ukraine\'s air force said, adding that its crews had downed 41 of the drones and that both missiles had been intercepted.', ['drone 60/41', 'kh-22 2/2']],
    ['"did not report" a figure of drones limits nothing of the missile', 'Overnight Russia launched 70 drones and one Kh-59 missile at Zaporizhzhia. The command did not report how many drones were shot down.', ['drone 70/-', 'kh-59 1/-']],
    ['"None of the four missiles could the crews stop" over counts told apart from the drones', 'Russia fired 50 drones and four Iskander-M missiles at Dnipro overnight. None of the four missiles could the crews stop, but they downed 33 of the drones.', ['drone 50/33', 'iskander-m 4/0']],
    ['"It was fired ... and was not intercepted" after two weapons names neither', 'Russia fired a Kh-31 missile and a Kh-59 missile at Izmail overnight. It was launched from Crimea and was not intercepted.', ['kh-31 1/-', 'kh-59 1/-']],
  ];
  it.each(cases)('%s', (_name, text, weapons) => {
    const events = lines(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual(weapons);
  });
});

describe('launch counts told without a verb of their own, and a hit count below a launch count', () => {
  const cases: [string, string, string[]][] = [
    ['"Of the 90 sent against Ukraine" is the launch of what "52 were shot down" downs', 'Drones came as well. Of the 90 sent against Ukraine overnight, the air force said, 52 were shot down.', ['drone 90/52']],
    ['"Of the 40 launched" with the count in words', 'Russia attacked Kharkiv with drones overnight. Of the forty launched, 31 were destroyed, the governor said.', ['drone 40/31']],
    ['"The drones, 215 of them" counts the launch in apposition', 'Russia attacked Kyiv overnight. The drones, 215 of them by the air force count, did less harm: 190 were shot down.', ['drone 215/190']],
    ['"two Kh-22s hit Odesa" is the part of the five fired that hit', 'Two Kh-22 missiles hit Odesa before dawn. Russia fired five Kh-22 missiles at the region overnight, the navy said.', ['kh-22 5/-']],
    // Negative rows: a count below the one downed, a partitive that names its weapon, a hit count told alone.
    ['"Of the 30 sent" below the 52 downed is no launch of them', 'Drones came as well. Of the 30 sent at Kyiv, the air force said, 52 were shot down across the country overnight.', ['drone -/52']],
    ['"Of the 40 drones launched" is the relations\' partitive, read as before', 'Of the 40 drones launched at Odesa overnight, 31 were destroyed, the navy said.', ['drone 40/31']],
    ['a hit count told alone stays the launch count', 'Two Kh-22 missiles hit Odesa before dawn, the navy said.', ['kh-22 2/-']],
  ];
  it.each(cases)('%s', (_name, text, weapons) => {
    const events = lines(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toEqual(weapons);
  });
});

describe('the other side\'s interception claim told with no time of its own', () => {
  // Published Tuesday 12 March 2024. Each row: the text, then the date of each event in order.
  const cases: [string, string, (string | null)[]][] = [
    [
      'in an article of one night, a later paragraph\'s claim is of that night',
      'Russia launched 80 drones at Ukraine overnight, the air force said, and 61 were shot down.\n\nRussia\'s defence ministry said its air defences had destroyed 26 Ukrainian drones over the Kursk region.',
      ['2024-03-12', '2024-03-12'],
    ],
    // Negative rows: an article of two nights does not tell which; a claim over a stretch of time has none.
    [
      'in an article of two nights, the claim stays undated',
      'Russia launched 80 drones at Ukraine overnight, the air force said. On Sunday night Russia had launched 45 drones at Kharkiv.\n\nRussia\'s defence ministry said its air defences had destroyed 26 Ukrainian drones over the Kursk region.',
      ['2024-03-12', '2024-03-11', null],
    ],
    [
      'a claim of last week is no claim of the night',
      'Russia launched 80 drones at Ukraine overnight, the air force said.\n\nRussia\'s defence ministry said its air defences had destroyed 260 Ukrainian drones last week.',
      ['2024-03-12', null],
    ],
  ];
  it.each(cases)('%s', (_name, text, dates) => {
    const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
    const events = extractDocument({ ...doc, published: '2024-03-12' }).events;
    expect(events.map((e: ExtractedEvent) => e.date)).toEqual(dates);
  });
});
