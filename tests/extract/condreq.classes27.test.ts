/**
 * Session 27 (branch condreq27): condemned and requested on varied wording (issue 10).
 *
 * 1. A colon frame: the actor of the phrase that opens a sentence speaks the judgement after a colon, when only that
 *    phrase (an apposition, parentheses, prepositional adjuncts such as "in her evening address") and a phrase of
 *    going on (lexicon colonLeads: "went further", "was blunter") stand before the colon. A finite verb there frames
 *    no speech ("Russia struck the port: ...").
 * 2. An item of a resolution that opens with its body's verb in the third person ("1. Condemns ...", "(b) condemns
 *    ..."): the body of the document (its letterhead) condemns, as "2. calls on ..." already made it the asker.
 * 3. An interview's "I": in a document whose heading lines call it an interview (lexicon interviewWords), the answers'
 *    "I" outside quotation marks is the first person the text names who is not the interviewer ("Interview by X"),
 *    unless the gazetteer linked that name to a namesake (a first name left outside the mention).
 *
 * Every sentence is written for these tests; negative rows hold concern or regret alone, calls for restraint, a plan
 * to condemn, a question, a denial, and a verb before the colon.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['condemned', 'requested'], 'classes27');
const NIGHT = 'Russian drones hit the port of Izmail overnight. ';
const TSAHKNA = ['condemned margus-tsahkna russia -'];

describe('a colon frame: the actor before the colon speaks the judgement after it', () => {
  const cases: [string, string, string[]][] = [
    ['went further: state terrorism', `${NIGHT}Estonia's foreign minister, Margus Tsahkna, went further: the strikes were "state terrorism against grain".`, TSAHKNA],
    ['was blunter: barbaric', `${NIGHT}Margus Tsahkna was blunter: the raid on Izmail was barbaric.`, TSAHKNA],
    ['in his morning address: terror', `${NIGHT}Margus Tsahkna in his morning address: the raid on the port was "terror by a state without arguments".`, TSAHKNA],
    ['on his channel: a war crime', `${NIGHT}Margus Tsahkna, on his channel: the night on the Danube was a war crime.`, TSAHKNA],
    // negatives: concern or regret alone, restraint, a plan, a question, a denial, a verb before the colon
    ['concern alone', `${NIGHT}Margus Tsahkna went further: he is deeply concerned about the port.`, []],
    ['regret alone', `${NIGHT}Margus Tsahkna was blunter: the night was a matter of regret.`, []],
    ['restraint', `${NIGHT}Margus Tsahkna went further: all sides must show restraint.`, []],
    ['a plan to condemn', `${NIGHT}Margus Tsahkna went further: he will decide next week whether the strike was a crime.`, []],
    ['a question', `${NIGHT}Margus Tsahkna went further: was the raid on the port a war crime?`, []],
    ['a denial', `${NIGHT}Margus Tsahkna went further: the raid on the port was not a war crime, he said.`, []],
    ['a verb before the colon', `${NIGHT}Margus Tsahkna visited the port on Friday: the damage was barbaric to look at.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an item of a resolution opens with its body verb: the body of the document condemns', () => {
  const HEAD = 'NORDIC UNION OF MUNICIPALITIES\n\nDECLARATION\non the attack on Izmail\n\nThe Nordic Union of Municipalities,\n\n- having regard to the reports of the Ukrainian Air Force;\n\n';
  const UNION = ['condemned organisation:nordic-union-of-municipalities russia -'];
  const cases: [string, string, string[]][] = [
    ['1. Condemns (capitalised)', `${HEAD}1. Condemns without reserve the night attack of the Russian Federation on the port of Izmail;\n`, UNION],
    ['1. condemns', `${HEAD}1. condemns without reserve the night attack of the Russian Federation on the port of Izmail;\n`, UNION],
    ['(a) deplores', `${HEAD}(a) deplores the Russian drone attack on the port of Izmail;\n`, UNION],
    // negatives: concern or regret alone, restraint, a denial, a plan
    ['notes with concern', `${HEAD}1. Notes with concern the night attack on the port of Izmail;\n`, []],
    ['regrets', `${HEAD}1. Regrets the damage to the port of Izmail;\n`, []],
    ['calls for restraint', `${HEAD}1. Calls on all sides to show restraint around the port of Izmail;\n`, []],
    ['does not condemn', `${HEAD}1. Does not condemn anyone before the inquiry into the fire in Izmail is complete;\n`, []],
    ['will condemn later', `${HEAD}1. Will consider at its next sitting whether to condemn the attack on Izmail;\n`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("an interview's I is the person it is with, not the interviewer", () => {
  const HEAD = 'THE RIVER GAZETTE | INTERVIEW\nThe governor of Odesa on a night of drones\nInterview by Marta Lindqvist\n\nOleh Kiper heads the military administration of the Odesa region. We met him the morning after the raid.\n\nRussian drones hit the port of Izmail overnight.\n\nWhat do you need?\n';
  const KIPER = 'oleh-kiper';
  const cases: [string, string, string[]][] = [
    ['I asked the ministry for Gepard guns', `${HEAD}Last week I asked the Ministry of Defence of Ukraine for more Gepard guns for the port.\n`, [`requested ${KIPER} gepard -`]],
    ['I have appealed for NASAMS', `${HEAD}I have appealed to our partners for more NASAMS launchers for this coast.\n`, [`requested ${KIPER} nasams -`]],
    ['I condemn the raid', `${HEAD}I condemn this deliberate attack by Russia on a port that feeds half the world.\n`, [`condemned ${KIPER} russia -`]],
    // negatives: concern or regret alone, restraint, a plan to ask, a question, a denial, a refusal
    ['concern alone', `${HEAD}I am deeply concerned about the port and the people who work there.\n`, []],
    ['restraint', `${HEAD}I call on everyone to show restraint and to stay in the shelters.\n`, []],
    ['a plan to ask', `${HEAD}Next week I will ask the Ministry of Defence of Ukraine whether Gepard guns can be spared.\n`, []],
    ['a question', `${HEAD}Should I ask the Ministry of Defence of Ukraine for Gepard guns?\n`, []],
    ['a denial', `${HEAD}I have not asked anyone for Gepard guns, whatever the papers say.\n`, []],
    ['a refusal', `${HEAD}I will not ask our partners for aircraft; that is not a governor's request to make.\n`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
