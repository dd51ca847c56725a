/**
 * Table tests of session 21's `requested` classes, in sentences of our own. Every table has negatives: plans,
 * questions, denials, hypotheticals and rumours still give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const requested = (text: string): string[] => relationsFound(text, ['requested']);

// A passive request verb asks through its "by" agent: what is asked for stands in its subject ("The delivery of
// further X was called for by Y") or after it ("Germany was asked by Y for X", where Germany is the addressee).
const passiveVerb: Array<[string, string[]]> = [
  ['Russian drones hit Lviv overnight. Further NASAMS units were requested by Andriy Sadovyi, the mayor of Lviv.', ['requested andriy-sadovyi nasams -']],
  ['Russian drones hit Lviv overnight. The delivery of further NASAMS units was called for again by Andriy Sadovyi.', ['requested andriy-sadovyi nasams -']],
  ['Russian drones hit Lviv overnight. Germany was asked by Andriy Sadovyi for more Patriot systems.', ['requested andriy-sadovyi patriot -']],
  ['Russian drones hit Lviv overnight. More Gepard guns have been sought by Andriy Sadovyi.', ['requested andriy-sadovyi gepard -']],
  // Negatives: no agent (whoever asked is not told, and the addressee did not ask), a promise, a modal, a denial, a
  // question, a rumour denied.
  ['Russian drones hit Lviv overnight. Germany was asked for more Patriot systems.', []],
  ['Russian drones hit Lviv overnight. More Gepard guns were promised by Germany.', []],
  ['Russian drones hit Lviv overnight. Further NASAMS units could be requested by Andriy Sadovyi next month.', []],
  ['Russian drones hit Lviv overnight. Further NASAMS units were not requested by Andriy Sadovyi.', []],
  ['Russian drones hit Lviv overnight. Were further NASAMS units requested by Andriy Sadovyi?', []],
  ['Russian drones hit Lviv overnight. Reports that further NASAMS units were requested by Andriy Sadovyi were denied by his office.', []],
];

describe('requested: a passive request verb and its "by" agent', () => {
  it.each(passiveVerb)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// "A request for X to protect the grid was sent to Berlin last week by Y": a passive verb of uttering after a request
// noun, over an infinitive of purpose in the subject phrase and an addressee and a time phrase before "by".
const passiveNoun: Array<[string, string[]]> = [
  ['Russian drones hit Lviv overnight. A renewed request for Skynex systems to protect the grid was sent to Berlin last week by Ukrenergo, the national grid operator.', ['requested ukrenergo skynex -']],
  ['Russian drones hit Lviv overnight. An appeal for more IRIS-T launchers was sent to Germany on Tuesday by Andriy Sadovyi.', ['requested andriy-sadovyi iris-t -']],
  // Negatives: never sent, a hypothetical, the agent of an infinitive (who is to deliver), a question.
  ['Russian drones hit Lviv overnight. A request for Skynex systems was never sent to Berlin by Ukrenergo.', []],
  ['Russian drones hit Lviv overnight. A request for Skynex systems would be sent to Berlin by Ukrenergo if the strikes went on.', []],
  ['Russian drones hit Lviv overnight. A request for Skynex systems to be sent by Germany was discussed.', []],
  ['Russian drones hit Lviv overnight. Was a request for Skynex systems sent to Berlin last week by Ukrenergo?', []],
];

describe('requested: a request noun sent in the passive, over an addressee and a time phrase', () => {
  it.each(passiveNoun)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// A request in the "that" clause of a claim or rumour that the sentence goes on to deny gives nothing.
const deniedClaim: Array<[string, string[]]> = [
  ['Russian drones hit Lviv overnight. Reports that Andriy Sadovyi had asked Germany for Patriot systems were confirmed by his office.', ['requested andriy-sadovyi patriot -']],
  ['Russian drones hit Lviv overnight. Reports that Andriy Sadovyi had asked Germany for Patriot systems were dismissed by his office.', []],
  ['Russian drones hit Lviv overnight. Rumours that Andriy Sadovyi had asked Germany for Patriot systems were denied.', []],
  ['Russian drones hit Lviv overnight. Claims that Andriy Sadovyi wanted more IRIS-T launchers were rejected in Lviv.', []],
];

describe('requested: a denied claim or rumour', () => {
  it.each(deniedClaim)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// 'X, who heads the administration, was blunter: "The city needs ..."': the subject of the clause before the colon
// that opens the quotation speaks the need, not the place it names.
const colonSpeaker: Array<[string, string[]]> = [
  ['Russian drones hit Kherson. In Kherson, Oleksandr Prokudin, who heads the regional military administration, was blunter: "Kherson needs interceptor drones, hundreds of them."', ['requested oleksandr-prokudin interceptor-drone -']],
  ['Russian drones hit Lviv overnight. In Lviv, the mayor Andriy Sadovyi was blunter: "Lviv needs interceptor drones, and it needs them now."', ['requested andriy-sadovyi interceptor-drone -']],
  // Negatives: a denial, a question, a plan, a hypothetical.
  ['Russian drones hit Lviv overnight. Andriy Sadovyi was blunter: "Lviv does not need more interceptor drones."', []],
  ['Russian drones hit Lviv overnight. Andriy Sadovyi was asked: "Does Lviv need more interceptor drones?"', []],
  ['Russian drones hit Lviv overnight. Andriy Sadovyi was blunter: "Lviv plans to ask for interceptor drones next year."', []],
  ['Russian drones hit Lviv overnight. Andriy Sadovyi was blunter: "If the strikes go on, Lviv would need interceptor drones."', []],
];

describe('requested: the speaker before a colon that opens a quoted need', () => {
  it.each(colonSpeaker)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// '"need more mobile fire groups and, above all, more Gepard systems"': an aside set off by commas after "and" in a
// coordinated need goes on to the weapon after it.
const asideInNeed: Array<[string, string[]]> = [
  ['Russian drones hit Odesa. Oleh Kiper said the river ports "need more mobile fire groups and, above all, more Gepard systems" if they are to keep working.', ['requested oleh-kiper gepard -']],
  ['Russian drones hit Odesa. Oleh Kiper said the city needs more shelters and, in particular, more IRIS-T launchers.', ['requested oleh-kiper iris-t -']],
  // Negatives: a denial, no weapon after the aside, a question, a hypothetical.
  ['Russian drones hit Odesa. Oleh Kiper said the ports do not need more shelters and, above all, more Gepard systems.', []],
  ['Russian drones hit Odesa. Oleh Kiper said the ports need more shelters and, above all, better warnings.', []],
  ['Russian drones hit Odesa. Do the ports need more shelters and, above all, more Gepard systems, Oleh Kiper asked?', []],
  ['Russian drones hit Odesa. If the strikes went on, the ports would need more shelters and, above all, more Gepard systems, Oleh Kiper said.', []],
];

describe('requested: an aside after "and" in a coordinated need', () => {
  it.each(asideInNeed)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});
