/**
 * Table tests of session 20's `requested` classes, in sentences of our own. Every table has negatives: plans,
 * questions, denials, hypotheticals and rumours still give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const requested = (text: string): string[] => relationsFound(text, ['requested']);

// "called once more on X to ...", "pressed again for W": adverbs between a two-word request verb and its particle.
const overAdverbs: Array<[string, string[]]> = [
  ['Russian drones hit Lviv. Andriy Sadovyi called once more on Norway to supply additional NASAMS units.', ['requested andriy-sadovyi nasams -']],
  ['Russian drones hit Lviv. Andriy Sadovyi called again for more IRIS-T launchers.', ['requested andriy-sadovyi iris-t -']],
  ['Russian drones hit Lviv. Andriy Sadovyi called repeatedly on Berlin to send IRIS-T launchers.', ['requested andriy-sadovyi iris-t -']],
  // Negatives: a denial, a question, a plan, a rumour; "called" with no particle asks for nothing.
  ['Russian drones hit Lviv. Andriy Sadovyi has not called again for more IRIS-T launchers.', []],
  ['Russian drones hit Lviv. Will Andriy Sadovyi call once more on Norway to supply NASAMS units?', []],
  ['Russian drones hit Lviv. Andriy Sadovyi plans to call once more on Norway to supply NASAMS units.', []],
  ['Russian drones hit Lviv. Andriy Sadovyi denied rumours that he had called again for IRIS-T launchers.', []],
  ['Russian drones hit Lviv. Andriy Sadovyi called once more at the IRIS-T battery.', []],
];

describe('requested: a two-word request verb with adverbs inside it', () => {
  it.each(overAdverbs)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// A request noun addressed to allies ("appeal to partners for W"); a place's request voiced by a person is the
// person's ("He renewed the city's appeal ...").
const voicedAppeal: Array<[string, string[]]> = [
  ['Russian drones hit Kharkiv. The mayor, Ihor Terekhov, spoke on Monday. He renewed the city\'s appeal to partners for more Gepard guns.', ['requested ihor-terekhov gepard -']],
  ['Russian drones hit Kharkiv. Kharkiv\'s appeal to its Western allies for more Gepard guns went out on Monday.', ['requested kharkiv gepard -']],
  ['Russian drones hit Kharkiv. Ihor Terekhov repeated Kharkiv\'s request to partners for a NASAMS battery.', ['requested ihor-terekhov nasams -']],
  // Negatives: a denial, a question, a hypothetical, an appeal for something that is no weapon.
  ['Russian drones hit Kharkiv. Ihor Terekhov denied that he had renewed the city\'s appeal to partners for more Gepard guns.', []],
  ['Russian drones hit Kharkiv. Did Ihor Terekhov renew the city\'s appeal to partners for more Gepard guns?', []],
  ['Russian drones hit Kharkiv. If the city\'s appeal to partners for more Gepard guns were heard, Ihor Terekhov would be glad.', []],
  ['Russian drones hit Kharkiv. Ihor Terekhov renewed the city\'s appeal to partners for patience.', []],
];

describe('requested: an appeal to allies, and a place\'s appeal voiced by a person', () => {
  it.each(voicedAppeal)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// "DTEK has renewed that request": a request noun that refers back to the latest request told asks for its weapons.
const renewed: Array<[string, string[]]> = [
  ['Russian missiles hit Burshtyn. "We asked for a NASAMS battery a year ago," Oleksandr Kalynych said. DTEK has renewed that request to the Ministry of Defence.', ['requested dtek nasams -', 'requested person:oleksandr-kalynych nasams -']],
  ['Russian missiles hit Burshtyn. Oleksandr Kalynych asked Kyiv for a NASAMS battery in May. The plant\'s owner repeated the request in June, and DTEK made the request again this week.', ['requested dtek nasams -', 'requested person:oleksandr-kalynych nasams -']],
  // Negatives: a request turned down by its addressee, a denial, a question, a request too far back, no request before.
  ['Russian missiles hit Burshtyn. Oleksandr Kalynych asked Kyiv for a NASAMS battery in May. The Ministry of Defence turned down the request.', ['requested person:oleksandr-kalynych nasams -']],
  ['Russian missiles hit Burshtyn. Oleksandr Kalynych asked Kyiv for a NASAMS battery in May. DTEK has not renewed that request.', ['requested person:oleksandr-kalynych nasams -']],
  ['Russian missiles hit Burshtyn. Oleksandr Kalynych asked Kyiv for a NASAMS battery in May. Will DTEK renew that request?', ['requested person:oleksandr-kalynych nasams -']],
  ['Russian missiles hit Burshtyn. Firefighters worked all day. DTEK has renewed that request to the Ministry of Defence.', []],
];

describe('requested: a request noun that refers back to the latest request', () => {
  it.each(renewed)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// What is needed told through a unit or a kind: "more fire groups with anti-aircraft guns", "more short-range systems
// of the Gepard kind"; a partial quote inside the object ('needed "three or four more" Patriot launchers').
const equipped: Array<[string, string[]]> = [
  ['Russian drones hit Kyiv Oblast. Mykola Kalashnyk said that the region needed more mobile fire groups with anti-aircraft guns.', ['requested mykola-kalashnyk anti-aircraft-gun -']],
  ['Russian drones hit Kyiv Oblast. Mykola Kalashnyk said that the region needed more mobile fire groups and more short-range systems of the Gepard kind.', ['requested mykola-kalashnyk gepard -']],
  ['Russian drones hit Lviv. Maksym Kozytskyi said that Lviv needed "three or four more" Patriot launchers.', ['requested maksym-kozytskyi patriot -']],
  // Negatives: an attack weapon as equipment, "of" with no kind noun, a denial, a question, a hypothetical.
  ['Russian drones hit Kyiv Oblast. Mykola Kalashnyk said that Russia needed more assault groups with Shahed drones.', []],
  ['Russian drones hit Kyiv Oblast. Mykola Kalashnyk said that the region needed more protection of the Gepard crews.', []],
  ['Russian drones hit Kyiv Oblast. Mykola Kalashnyk denied that the region needed more fire groups with anti-aircraft guns.', []],
  ['Russian drones hit Lviv. Maksym Kozytskyi spoke. Does Lviv need "three or four more" Patriot launchers?', []],
  ['Russian drones hit Lviv. If Lviv needed "three or four more" Patriot launchers, Maksym Kozytskyi would say so.', []],
];

describe('requested: equipment of a unit, a kind of system, a partial quote', () => {
  it.each(equipped)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// "Berlin, asked about further deliveries, pointed to ...": the actor of a reduced passive was asked; "the regional
// administration" is the body of the place named last before it that the gazetteer describes so.
const askedAndBodies: Array<[string, string[]]> = [
  ['Russian drones hit Zaporizhzhia and Odesa. Odesa lost power twice. Zaporizhzhia lost a substation. The regional administration appealed to the European Union for more Gepard guns.', ['requested zaporizhzhia-oblast-military-administration gepard -']],
  ['Russian drones hit Kharkiv. Ukraine\'s foreign minister, Andrii Sybiha, asked Germany for two more IRIS-T systems.', ['requested andrii-sybiha iris-t 2']],
  // Negatives: a reduced passive, a question, a denial of the regional administration's appeal.
  ['Russian drones hit Kharkiv. Berlin, asked about further deliveries, pointed to plans: two more IRIS-T systems are due by spring.', []],
  ['Russian drones hit Kharkiv. Washington, asked for comment on the Patriot systems, declined to answer.', []],
  ['Russian drones hit Zaporizhzhia. Did the regional administration appeal to the European Union for more Gepard guns?', []],
  ['Russian drones hit Zaporizhzhia. The regional administration denied that it had appealed to the European Union for more Gepard guns.', []],
];

describe('requested: a reduced passive of asking, and a region\'s body told by description', () => {
  it.each(askedAndBodies)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// A need of "the region" resolved to a district of no known state (one the names step found) is the speaker's.
const statelessPlace: Array<[string, string[]]> = [
  ['Russian drones hit Dnipro, where a block in the Amur-Nyzhnodniprovskyi district burned. Mykola Kalashnyk said that the region needed more IRIS-T systems.', ['requested mykola-kalashnyk iris-t -']],
  // Negatives: a negation, a question, a hypothetical.
  ['Russian drones hit Dnipro, where a block in the Amur-Nyzhnodniprovskyi district burned. Mykola Kalashnyk said that the region did not need more IRIS-T systems.', []],
  ['Russian drones hit Dnipro, where a block in the Amur-Nyzhnodniprovskyi district burned. Does the region need more IRIS-T systems?', []],
  ['Russian drones hit Dnipro, where a block in the Amur-Nyzhnodniprovskyi district burned. Mykola Kalashnyk said that if the region needed more IRIS-T systems, he would ask.', []],
];

describe('requested: a need of a place of no known state is the speaker\'s', () => {
  it.each(statelessPlace)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});
