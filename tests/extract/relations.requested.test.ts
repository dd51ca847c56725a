/**
 * Table tests of the `requested` rules: asked/urged/called for/pressed/pleaded for, "X's request for", objects
 * after an infinitive, "for them" back to earlier weapons, addressees, and modal or weapon-less requests.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

const cases: Array<[string, string[]]> = [
  ['Zelenskyy asked NATO to supply more air defence systems.', ['requested volodymyr-zelenskyy air-defense-system - @nato']],
  ['Kuleba urged the allies to send Ukraine Patriot and IRIS-T systems.', ['requested dmytro-kuleba iris-t -', 'requested dmytro-kuleba patriot -']],
  ['Zelenskyy called for more air defence for Ukrainian cities.', ['requested volodymyr-zelenskyy air-defense-system -']],
  ['The representative of Ukraine asked NATO to supply more air defence systems.', ['requested ukraine air-defense-system - @nato']],
  ['Biden urged Congress to approve money for air defence systems.', ['requested joe-biden air-defense-system - @us-congress']],
  ['Ukrainian officials have pleaded for more Patriots.', ['requested ukraine patriot -']],
  // A possessive before the request noun is its clause's subject; who acts for an addressee may follow its name.
  ['Ukrainian officials renewed their appeal to the NATO governments for more IRIS-T systems.', ['requested ukraine iris-t - @nato']],
  // "a plea for" is a request noun; a clause of another actor after ", and" has its own request.
  ['Zelenskyy renewed calls for air defence on Monday, and Foreign Minister Dmytro Kuleba made a fresh plea for IRIS-T launchers.', ['requested dmytro-kuleba iris-t -', 'requested volodymyr-zelenskyy air-defense-system -']],
  ['Zelenskyy made a plea for calm.', []],
  ['Patriot systems stop Kinzhal missiles, he said, repeating the Kyiv government\'s request for them.', ['requested ukraine kinzhal -', 'requested ukraine patriot -']],
  ['Zelenskyy met Biden and pressed Washington for more IRIS-T units.', ['requested volodymyr-zelenskyy iris-t - @united-states']],
  ['"We ask our partners for more IRIS-T systems," Zelenskyy said.', ['requested volodymyr-zelenskyy iris-t -']],
  ['Quote from Kuleba: "We urge the allies to deliver Patriot batteries without delay."', ['requested dmytro-kuleba patriot -']],
  // Negatives: modal, conditional, no weapon, weapons of the enemy after "after".
  ['Kyiv could ask for more Patriot systems next year.', []],
  ['Zelenskyy asked for an investigation into the strike.', []],
  ['Zelenskyy called for unity after Russian missiles hit Kyiv.', []],
  // A request that ends in a colon goes on in its numbered or bulleted items; the enemy's weapons in an item are not asked for.
  ['Zelenskyy called on the allies:\n1. to speed up deliveries of Patriot and IRIS-T;\n2. to sanction makers of parts for Russian drones.', ['requested volodymyr-zelenskyy iris-t -', 'requested volodymyr-zelenskyy patriot -']],
  ['Zelenskyy called on the allies:\n- more Patriot batteries;\n- a ban on parts for Shahed drones.', ['requested volodymyr-zelenskyy patriot -']],
  ['Zelenskyy listed the damage:\n1. Patriot batteries were hit;\n2. IRIS-T launchers too.', []],
  // "once more" is no conditional; "made the case" takes an addressee before "for".
  ['Zelenskyy once more made the case to partners for more IRIS-T systems.', ['requested volodymyr-zelenskyy iris-t -']],
  ['Once IRIS-T systems arrive, Zelenskyy said, Kyiv will ask for Patriot systems too.', []],
  // A request noun with "is for" after an aside names what is asked for; "was denied" does not.
  ["Zelenskyy's request, repeated on Monday, is for more Patriot systems.", ['requested volodymyr-zelenskyy patriot -']],
  ["Zelenskyy's appeal this morning was for more Patriot systems.", ['requested volodymyr-zelenskyy patriot -']],
  ["Zelenskyy's appeal this morning was heard, and aid is for later.", []],
  ["Kyiv's request was denied, and Russia fired Kinzhal missiles for hours.", []],
  // A need of a common-noun subject in a reported clause is the speaker's request; no speaker, no request.
  ['Zelenskyy said the river ports needed more air defence systems.', ['requested volodymyr-zelenskyy air-defense-system -']],
  ['The river ports needed more air defence systems, analysts said.', []],
  // The count asked for; the missiles for a system asked for are its ammunition, in a need as in a request.
  ['Zelenskyy asked Poland to buy two more Patriot systems for Ukraine.', ['requested volodymyr-zelenskyy patriot 2 @poland']],
  ['Zelenskyy said Ukraine urgently needed more Patriot systems and missiles for them.', ['requested volodymyr-zelenskyy patriot -']],
  // An apposition after a relative clause names what is asked for; without one, the relative clause ends the request.
  ['Zelenskyy has asked, yet again, for the one thing that stops ballistic missiles, more Patriot systems.', ['requested volodymyr-zelenskyy patriot -']],
  ['Zelenskyy has asked for the one thing that stops ballistic missiles, and Russia fired Kinzhal missiles again.', []],
  // A need in a quotation's later sentence is its speaker's, a title's "of" phrase naming its holder.
  ['Minister of Foreign Affairs Dmytro Kuleba said: "It was a long night. We need more Patriot systems."', ['requested dmytro-kuleba patriot -']],
  // A request word inside a name asks for nothing.
  ['KYIV, May 2 (Appeal Press) - Russia launched 40 drones overnight, the air force said.', []],
  // "the need for X" after a verb of saying or raising is a request noun like "appeal"; a doubted need is none.
  ['Zelenskyy stressed the need for more air defence systems in a call with Chancellor Scholz.', ['requested volodymyr-zelenskyy air-defense-system -']],
  ['Kuleba raised the need for more Patriot systems with Berlin.', ['requested dmytro-kuleba patriot -']],
  ['Analysts doubt the need for more Patriot systems in Lviv.', []],
  // The weapons after "against" are what the weapons asked for are to stop, not asked for.
  ['Kuleba raised the need for more Patriot systems against ballistic missiles with Berlin.', ['requested dmytro-kuleba patriot -']],
  ['Kuleba asked NATO for more Patriot systems and IRIS-T systems.', ['requested dmytro-kuleba iris-t - @nato', 'requested dmytro-kuleba patriot - @nato']],
  // A participle of asking after a document's phrase asks for the document's issuer, not the addressee in between.
  ["Kuleba's letter to the alliance's chief, Stoltenberg, urging partners to send more Patriot systems, went unanswered.", ['requested dmytro-kuleba patriot -']],
  ['Zelenskyy spoke to NATO, urging it to send more Patriot systems.', ['requested volodymyr-zelenskyy patriot -']],
  // What the asker wants the addressee to stop firing, and weapons in a clause of time, are not asked for; a delivery
  // verb's object is ("to send", "to deploy").
  ['Russia struck Lviv overnight. Zelenskyy urged Russia to stop launching drones at cities.', []],
  ['Russia struck Lviv overnight. Zelenskyy asked residents to stay in shelters when drones approach.', []],
  ['Zelenskyy asked Germany to deploy Patriot systems.', ['requested volodymyr-zelenskyy patriot -']],
  ['Zelenskyy appealed once more for Patriot missiles.', ['requested volodymyr-zelenskyy patriot -']],
  // A need whose object is a class of air defence, not only named systems; an attack class needed is no request.
  ['Zelenskyy said Ukraine needs air defence systems.', ['requested volodymyr-zelenskyy air-defense-system -']],
  ['Zelenskyy said Ukraine needs drones.', []],
  // A need or want of a delivery by an addressee ("wants Germany to deliver X"); a side that receives no deliveries
  // asks for none, whoever reports it.
  ['Russia struck Lviv overnight. Zelenskyy said Ukraine needs the United States to supply more Patriot systems.', ['requested volodymyr-zelenskyy patriot -']],
  ['Russia struck Lviv overnight. Zelenskyy said Russia wants Iran to supply more Shahed drones.', []],
  // An imperative of giving that opens a quotation, with the speaker as its receiver; negated or of no weapon, none.
  ['Russia struck Lviv overnight. "Give us Patriots," Zelenskyy told the summit.', ['requested volodymyr-zelenskyy patriot -']],
  ['Russia struck Lviv overnight. Zelenskyy said: "Send us more air defence now."', ['requested volodymyr-zelenskyy air-defense-system -']],
  ['Russia struck Lviv overnight. "Give us time," Zelenskyy said.', []],
  ['Russia struck Lviv overnight. "Do not send us drones," Zelenskyy said.', []],
];

/** Speakers after "told", indirect questions, and the parts of a system asked for through "for". */
const speakersAndParts: Array<[string, string[]]> = [
  // The actor after a verb of telling is the listener, the speaker stands before it.
  ['"We asked Berlin, through the ministry, to release more Patriot missiles for the east," Zelenskyy told Congress on Monday.', ['requested volodymyr-zelenskyy patriot -']],
  ['"We need more IRIS-T launchers," Zelenskyy told Congress on Monday.', ['requested volodymyr-zelenskyy iris-t -']],
  // "asked whether/how" opens a question, not a request; "asked X for" still asks.
  ['Kuleba asked whether Poland had ever sent Patriot systems.', []],
  ['Kuleba asked Biden how many IRIS-T systems Poland could spare.', []],
  ['Kuleba asked Poland for more IRIS-T systems.', ['requested dmytro-kuleba iris-t - @poland']],
  // "more launchers for X": the parts of a system, then the system; "more time for talks" asks for no weapon.
  ['"We need more launchers for Patriot and IRIS-T, and we need them soon," Zelenskyy said.', ['requested volodymyr-zelenskyy iris-t -', 'requested volodymyr-zelenskyy patriot -']],
  ['"We need more missiles for Gepard," Zelenskyy said.', ['requested volodymyr-zelenskyy gepard -']],
  ['"We need more time for talks on Patriot," Zelenskyy said.', []],
  // A quotation with no frame that opens the next sentence goes on with the speaker of the framed one before it; one
  // with a frame of its own after an apposition keeps that frame.
  ['"Crews worked all night," Zelenskyy told the telethon. "But a machine gun is no help. We need more IRIS-T launchers."', ['requested volodymyr-zelenskyy iris-t -']],
  ['"Crews worked all night," Zelenskyy told the telethon. "We need more IRIS-T launchers," Kuleba, the foreign minister, said.', ['requested dmytro-kuleba iris-t -']],
  // Pseudo-clefts of need or request, forward and reverse; the enemy's wants and needs of no weapon ask for nothing.
  ['"What we really need is IRIS-T," Zelenskyy said.', ['requested volodymyr-zelenskyy iris-t -']],
  ['Kuleba spoke in Kyiv. "Patriot missiles, and more launchers to fire them. That is what we are asking our partners for," Kuleba said.', ['requested dmytro-kuleba patriot -']],
  ['"What Russia wants is more Shahed drones," Zelenskyy said.', []],
  ['"What we need is time, and what worries us is the Kinzhal missiles," Zelenskyy said.', []],
];

describe('requested: speakers after "told", indirect questions, parts of a system', () => {
  it.each(speakersAndParts)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'requested')).toEqual(expected);
  });
});

describe('relations: requested', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'requested')).toEqual(expected);
  });
});
