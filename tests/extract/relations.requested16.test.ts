/**
 * Table tests of session 16's `requested` classes: who speaks a first-person request when the frame is not in its
 * sentence (a quotation framed in another sentence, a script's cue line, a transcript's speaker label), an
 * imperative of giving after a colon, and anaphoric objects of a delivery ("send them", "the deliveries"). Every class has rows that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

const speakers: Array<[string, string[]]> = [
  // A quotation framed in an earlier sentence: "I" and "we" in its later sentences are its speaker.
  ['Kuleba spoke in Lviv. "The nights are long," he told reporters. "I have asked NATO, once again, for a Patriot battery. I will keep asking."', ['requested dmytro-kuleba patriot - @nato']],
  ['"The nights are long. We have asked NATO for more IRIS-T systems," Kuleba said.', ['requested dmytro-kuleba iris-t - @nato']],
  // A short quotation opening the sentence after a framed one (the frame's phrase "in a video address" is no verb).
  ['"The night was long," Zelenskyy said in a video address. "We need more Patriot systems."', ['requested volodymyr-zelenskyy patriot -']],
  // No frame anywhere, a question, or a plan: no request.
  ['"I have asked NATO for a Patriot battery. I will keep asking."', []],
  ['Kuleba spoke in Lviv. "The nights are long," he told reporters. "Should I ask NATO for a Patriot battery?"', []],
  ['Kuleba spoke in Lviv. "The nights are long," he told reporters. "I may ask NATO for a Patriot battery next year."', []],
  // A script's bracketed cue line names the speaker of the quotation on the next line; a cue with no person does not.
  ['[CLIP: Kuleba, foreign minister, 0\'15"]\n"It was a long night. We ask our partners for more IRIS-T systems."', ['requested dmytro-kuleba iris-t -']],
  ['[MUSIC: theme]\n"It was a long night. We ask our partners for more IRIS-T systems."', []],
  // A transcript goes on in the voice of the last speaker label, paragraphs later; without a label, "I" is nobody.
  ['Kuleba: Good afternoon.\n\nThe night was long.\n\nToday I asked NATO for more Patriot systems.', ['requested dmytro-kuleba patriot - @nato']],
  ['The night was long.\n\nToday I asked NATO for more Patriot systems.', []],
];

const imperatives: Array<[string, string[]]> = [
  // An imperative of giving after a colon that closes what the speaker says.
  ['"So I say it again to our partners: give us Patriot, give us IRIS-T," Kuleba said.', ['requested dmytro-kuleba iris-t -', 'requested dmytro-kuleba patriot -']],
  ['Kuleba said: "Our message to partners: send us more air defence systems."', ['requested dmytro-kuleba air-defense-system -']],
  // The enemy's weapons, an imperative with no speaker, and one that is no giving ask for nothing.
  ['"Their generals have one order: give us more Kalibr missiles," Kuleba said of the Russians.', []],
  ['The banner on the bridge read: give us Patriot.', []],
  ['"Our message to partners: count the Shahed drones," Kuleba said.', []],
];

const anaphors: Array<[string, string[]]> = [
  // "send them", "the deliveries": what a delivery asked for stands for is the air defence named before it.
  ['"Every missile that reaches a city is one we could have stopped with one more Patriot battery," Zelenskyy said, urging NATO to speed up the deliveries it had promised.', ['requested volodymyr-zelenskyy patriot - @nato']],
  ['Kuleba said the answer was more air defence systems for Ukraine, and asked NATO to send them before winter.', ['requested dmytro-kuleba air-defense-system - @nato']],
  ['Kyiv is short of IRIS-T launchers. Kuleba urged NATO to speed up the deliveries.', ['requested dmytro-kuleba iris-t - @nato']],
  // Only threats before the anaphor, no weapon at all, or a verb that delivers nothing: no request.
  ['Russia fired Kinzhal missiles at Kyiv. Zelenskyy urged NATO to speed up the deliveries.', []],
  ['Zelenskyy asked NATO to send them home.', []],
  ['Zelenskyy said Patriot systems were hit, and asked NATO to count them.', []],
];

const nouns: Array<[string, string[]]> = [
  // A request noun with its addressee after "with" as after "to".
  ['Zelenskyy said Ukraine had lodged a formal request with NATO for more IRIS-T systems.', ['requested ukraine iris-t - @nato']],
  ['Kuleba filed a new request to NATO for Patriot batteries.', ['requested dmytro-kuleba patriot - @nato']],
  // "with" that names no addressee, or a request for something else.
  ['Kuleba filed a request with his lawyers present for a hearing on the Patriot contract.', []],
  ['Ukraine lodged a request with NATO for an inquiry into the Kinzhal strike.', []],
];

describe('requested: request nouns with an addressee', () => {
  it.each(nouns)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'requested')).toEqual(expected);
  });
});

describe('requested: anaphoric objects of a delivery asked for', () => {
  it.each(anaphors)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'requested')).toEqual(expected);
  });
});

describe('requested: the speaker of a first-person request framed elsewhere', () => {
  it.each(speakers)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'requested')).toEqual(expected);
  });
});

describe('requested: imperatives of giving after a colon', () => {
  it.each(imperatives)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'requested')).toEqual(expected);
  });
});
