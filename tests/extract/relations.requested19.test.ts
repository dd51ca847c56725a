/**
 * Table tests of session 19's `requested` classes, in sentences of our own. Every table has negatives: plans,
 * questions, denials, hypotheticals and rumours still give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const requested = (text: string): string[] => relationsFound(text, ['requested']);

// "What X needs/lacks, <speaker aside>, is (not A but) W": the pseudo-cleft goes on over an aside of the speaker, and a
// lack is a need; "not W" and what the wanted system is to stop are not asked for.
const cleftAside: Array<[string, string[]]> = [
  ['Russian drones hit Mykolaiv. What Mykolaiv needs, Vitaliy Kim argued, is a second NASAMS battery.', ['requested vitaliy-kim nasams -']],
  ['Russian drones hit Mykolaiv. What the port lacks, Vitaliy Kim complained, is interceptor drones.', ['requested vitaliy-kim interceptor-drone -']],
  ['Russian drones hit Mykolaiv. What Mykolaiv needs, Vitaliy Kim said, is not sympathy but more IRIS-T launchers.', ['requested vitaliy-kim iris-t -']],
  ['Russian drones hit Lviv. What Lviv needs, in the words of its mayor, is "a second IRIS-T battery".', ['requested lviv iris-t -']],
  ['Russian drones hit Mykolaiv. What Mykolaiv lacks, Vitaliy Kim said, is a system that can stop a ballistic missile.', []],
  // Negatives: "not W", a question, a denial, a hypothetical.
  ['Russian drones hit Mykolaiv. What Mykolaiv needs, Vitaliy Kim said, is time, not IRIS-T.', []],
  ['Russian drones hit Mykolaiv. What Mykolaiv needs, Vitaliy Kim asked, is it IRIS-T?', []],
  ['Russian drones hit Mykolaiv. Vitaliy Kim denied that what Mykolaiv needs, as he put it, is IRIS-T.', []],
  ['Russian drones hit Mykolaiv. If what Mykolaiv lacks, Vitaliy Kim said, were IRIS-T, he would ask Berlin.', []],
];

describe('requested: a pseudo-cleft of need or lack over a speaker aside', () => {
  it.each(cleftAside)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// "needs an IRIS-T of its own", "needs another NASAMS battery": a determiner before the named system; a first-person
// "and I will keep saying so" inside the quotation frames nothing, the speaker after it still asks.
const needDeterminer: Array<[string, string[]]> = [
  ['Russian drones hit Kharkiv. Ihor Terekhov said the city "needs an IRIS-T of its own".', ['requested ihor-terekhov iris-t -']],
  ['Russian drones hit Kharkiv. "Kharkiv needs another NASAMS battery, and I will keep saying so," Ihor Terekhov said.', ['requested ihor-terekhov nasams -']],
  // Negatives: no weapon after the determiner, a negation, a question, an enemy's need.
  ['Russian drones hit Kharkiv. "Kharkiv needs an answer to the Shahed drones," Ihor Terekhov said.', []],
  ['Russian drones hit Kharkiv. "Kharkiv does not need another NASAMS battery," Ihor Terekhov said.', []],
  ['Russian drones hit Kharkiv. "Does Kharkiv need another NASAMS battery?" Ihor Terekhov asked.', []],
  ['Russian drones hit Kharkiv. Russia needs another Iskander brigade near Kharkiv, Ihor Terekhov said.', []],
];

describe('requested: a need with a determiner before the named system', () => {
  it.each(needDeterminer)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// A town as the requester: "Kramatorsk has asked ...", "the city had asked ..." asks through the person who reports
// it, else the town; "the town council" stands for the town the article is about, never for a person named before.
const placeRequester: Array<[string, string[]]> = [
  ['Russian missiles hit Kramatorsk. Kramatorsk has asked the General Staff for a Patriot battery.', ['requested kramatorsk patriot -']],
  ['Russian missiles hit Kramatorsk. Twice this summer the city has asked the General Staff for a Patriot battery.', ['requested kramatorsk patriot -']],
  ['Russian missiles hit Dnipro. Borys Filatov called the strike a massacre, and said the city had asked the government for interceptor drones.', ['requested borys-filatov interceptor-drone -']],
  ['Russian drones hit Konotop. Konotop lost its cinema. Oleh Hryhorov visited the ruins. The town council has asked the Ministry of Defence for interceptor drones.', ['requested konotop interceptor-drone -']],
  // Negatives: a negation, a question, an analyst's report, a Russian town.
  ['Russian missiles hit Kramatorsk. Kramatorsk has not asked the General Staff for a Patriot battery.', []],
  ['Russian missiles hit Kramatorsk. Has Kramatorsk asked the General Staff for a Patriot battery?', []],
  ['Russian missiles hit Kramatorsk. Analysts say Kramatorsk has asked the General Staff for a Patriot battery.', []],
  ['Ukrainian drones hit Belgorod. Belgorod has asked Moscow for more Pantsir systems.', []],
];

describe('requested: a town as the requester', () => {
  it.each(placeRequester)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// ", and asked for ...": after a comma the coordinated verb takes the subject of the sentence's first verb, not of a
// verb inside its object or of a fronted adverbial clause.
const coordinated: Array<[string, string[]]> = [
  ['Russian missiles hit Kyiv. Volodymyr Zelenskyy, who was in Washington, told reporters why Congress should approve new aid, and asked for more Patriot systems.', ['requested volodymyr-zelenskyy patriot -']],
  ['After Russia struck Kyiv overnight, Volodymyr Zelenskyy met reporters, and asked for more Patriot systems.', ['requested volodymyr-zelenskyy patriot -']],
  // Negatives: a plan and a denial in the coordinated clause.
  ['Russian missiles hit Kyiv. Volodymyr Zelenskyy met reporters, and plans to ask for more Patriot systems next week.', []],
  ['Russian missiles hit Kyiv. Volodymyr Zelenskyy met reporters, and denied asking for more Patriot systems.', []],
];

describe('requested: a verb coordinated after a comma', () => {
  it.each(coordinated)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// A hedged report of a town's request ("there are rumours that Kramatorsk asked ...") gives nothing.
describe('requested: a rumoured request of a town', () => {
  it('gives nothing', () => {
    expect(requested('Russian missiles hit Kramatorsk. There are rumours that Kramatorsk asked the General Staff for a Patriot battery.')).toEqual([]);
  });
});

// "still waiting for the Patriot systems", "waiting since the winter for the two Skynex guns", "awaits the IRIS-T
// launchers" (lexicon awaitVerbs): what a side waits for is asked for, by the speaker or the side that waits.
const waitingFor: Array<[string, string[]]> = [
  ['Russian drones hit Kyiv. Volodymyr Zelenskyy said Ukraine was still waiting for the Patriot systems Germany had promised.', ['requested volodymyr-zelenskyy patriot -']],
  ['Russian drones hit Kharkiv. Oleh Syniehubov complained that the region had been waiting since the winter for the two Skynex guns.', ['requested oleh-syniehubov skynex 2']],
  ['Russian drones hit Kharkiv. Kharkiv awaits the IRIS-T launchers.', ['requested kharkiv iris-t -']],
  // Negatives: a negation, the enemy's weapons, a question, a hypothetical.
  ['Russian drones hit Kyiv. Volodymyr Zelenskyy said Ukraine was no longer waiting for the Patriot systems.', []],
  ['Russian drones hit Kharkiv. Residents were waiting for the Shahed drones to pass.', []],
  ['Russian drones hit Kyiv. "Must Ukraine wait for the Patriot systems?" Volodymyr Zelenskyy asked.', []],
  ['Russian drones hit Kyiv. Volodymyr Zelenskyy said Ukraine would wait for the Patriot systems if it had to.', []],
];

describe('requested: weapons a side waits for', () => {
  it.each(waitingFor)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// 'X recorded a video addressed to Berlin: "Send us ..."': the subject of the clause before the colon speaks the
// imperative, with no verb of saying; a question or a condition in the quotation gives nothing.
const colonSpeaker: Array<[string, string[]]> = [
  ['Russian drones hit Zaporizhzhia. Ivan Fedorov recorded a video addressed to Berlin: "Send us the Skynex guns you have in storage."', ['requested ivan-fedorov skynex -']],
  ['Russian drones hit Zaporizhzhia. Ivan Fedorov recorded a video: "Will they send us the Skynex guns?"', []],
  ['Russian drones hit Zaporizhzhia. Ivan Fedorov recorded a video: "If Berlin agrees, send us the Skynex guns."', []],
];

describe('requested: an imperative quoted after a colon', () => {
  it.each(colonSpeaker)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});
