/**
 * Session 28 (branch condreq28): requested and condemned on varied wording (issue 10).
 *
 * 1. A need withheld as a request: "X said the city needed more guns, though he did not say whether he had asked
 *    anyone for them", "..., but he stopped short of a new request", "...; that is not a request". After the need's
 *    clause, a negator (class negationCue) a few words before a word of asking (class requestVerb), or a phrase of
 *    holding back (lexicon askWithholders), says the need was not made a request (step 15, askWithheld, shared with
 *    branch precision28's class). A need followed by an asking stated as done still asks.
 * 2. A signed letter or statement whose signature puts title words before the name ("Senator X, Y county",
 *    "Professor X"): the writer's "I" outside quotation marks is the person signing.
 * 3. A title apposition after a person's name ("X, the British ambassador to Ukraine, condemned ..."): the state or body
 *    inside the title is the office; the person named condemns.
 * 4. An aside between the asker and the verb of asking that opens with a participle or a preposition and may be
 *    followed by adverbs ("X, speaking to reporters after a call with his French counterpart, again urged France to
 *    ..."): an actor inside it (here a demonym) is not who asks.
 *
 * 5. A report's or statement's "we" outside quotation marks, opening its clause ("- We urge donor governments, X and Y
 *    in particular, to finance ..."), asks for the organisation of its letterhead or the statement's issuer.
 *
 * Every sentence is written for these tests; negative rows hold concern, a plan, a question, a denial, an indirect
 * question and other actors.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['condemned', 'requested'], 'classes28');

/** As `found`, over the text as ingest reads it (an all-caps letterhead line is dropped as the document's masthead). */
const ingested = (text: string): string[] =>
  extractDocument(ingestText(text, { id: 'classes28', format: 'txt', checkLanguage: false }))
    .relations.filter((r) => r.predicate === 'condemned' || r.predicate === 'requested')
    .map((r) => `${r.predicate} ${r.subject} ${r.object} ${r.count ?? '-'}`)
    .sort();
const NIGHT = 'Russian drones struck Sumy overnight, and one hit a school. ';

describe('a need the sentence says was not made a request asks for nothing', () => {
  const cases: [string, string, string[]][] = [
    // the class: the need is withheld as a request
    ['did not say whether he had asked', `${NIGHT}Oleksandr Lysenko said the city needed more Gepard guns, though he would not say whether he had asked anyone for them.`, []],
    ['stopped short of asking', `${NIGHT}Oleksandr Lysenko said Sumy needs more Gepard guns, but he stopped short of asking the ministry for them.`, []],
    ['stopped short of a request', `${NIGHT}Oleksandr Lysenko said the region needed more mobile air defence, though he stopped short of a formal request.`, []],
    ['that is not a request', `${NIGHT}Oleksandr Lysenko keeps saying Sumy needs more Gepard guns; that is not a request.`, []],
    ['made no request', `${NIGHT}Oleksandr Lysenko said Sumy needs more Gepard guns, but he has made no request.`, []],
    // kept: a need with an asking stated as done, and a need alone (as before)
    ['need, then asked', `${NIGHT}Oleksandr Lysenko said Sumy needed more Gepard guns and had asked the ministry for them.`, ['requested oleksandr-lysenko gepard -']],
    ['need, not promises, then asked', `${NIGHT}Oleksandr Lysenko said Sumy needs Gepard guns, not promises, and that he had asked Berlin for them.`, ['requested oleksandr-lysenko gepard -']],
    ['need alone', `${NIGHT}Oleksandr Lysenko said Sumy needs more Gepard guns.`, ['requested oleksandr-lysenko gepard -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a signature with title words before the name: the letter's I is the person signing", () => {
  const HEAD = 'STATEMENT TO THE REGIONAL ASSEMBLY\n\nColleagues,\n\nRussian drones struck a school in Sumy last night.\n\n';
  const SENATOR = '\n\nThank you.\n\nSenator Elena Marinescu, Galati county\n';
  const PROFESSOR = '\n\nWith respect,\n\nProfessor Taras Bondar\nRector\n';
  const cases: [string, string, string[]][] = [
    ['Senator: I condemn', `${HEAD}I condemn Russia for this cowardly strike on a school full of children.${SENATOR}`, ['condemned person:elena-marinescu russia -']],
    ['Senator: I urge ... to send', `${HEAD}I urge the Government to send Ukraine more Patriot systems before the winter.${SENATOR}`, ['requested person:elena-marinescu patriot -']],
    ['Professor: I denounce', `${HEAD}I denounce, in the plainest words I know, this deliberate attack by Russia on a school.${PROFESSOR}`, ['condemned person:taras-bondar russia -']],
    // negatives: concern alone, a plan to ask, a question, a denial, another speaker's quoted "I"
    ['concern alone', `${HEAD}I am deeply concerned about the children of Sumy and their teachers.${SENATOR}`, []],
    ['a plan to ask', `${HEAD}Next month I will consider whether to ask the Government for Patriot systems.${SENATOR}`, []],
    ['a question', `${HEAD}Should I ask the Government to send Ukraine more Patriot systems?${SENATOR}`, []],
    ['a denial', `${HEAD}I have not asked anyone for Patriot systems, whatever the papers say.${SENATOR}`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a title apposition after a person's name: the person condemns, not the state in the title", () => {
  const cases: [string, string, string[]][] = [
    ['the British ambassador to Ukraine', `${NIGHT}Mary Whitfield, the British ambassador to Ukraine, condemned the strike on the school.`, ['condemned person:mary-whitfield russia -']],
    ["the EU's envoy to Kyiv", `${NIGHT}Pieter de Vries, the European Union's envoy to Kyiv, denounced the attack as barbaric.`, ['condemned person:pieter-de-vries russia -']],
    ['the U.S. ambassador, said ... a war crime', `${NIGHT}Susan Blake, the U.S. ambassador to Ukraine, said the strike on the school was a war crime.`, ['condemned person:susan-blake russia -']],
    // negatives: concern alone, a plan, a denial, no title in the apposition (the state stays)
    ['concern alone', `${NIGHT}Mary Whitfield, the British ambassador to Ukraine, said she was deeply concerned about the school.`, []],
    ['a plan', `${NIGHT}Mary Whitfield, the British ambassador to Ukraine, will decide next week whether to condemn the strike.`, []],
    ['a denial', `${NIGHT}Mary Whitfield, the British ambassador to Ukraine, did not condemn anyone before the inquiry.`, []],
    ['no title: the state', `${NIGHT}Britain, the largest donor to the school, condemned the strike.`, ['condemned united-kingdom russia -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an aside before the verb of asking: an actor inside it is not who asks', () => {
  const cases: [string, string, string[]][] = [
    ['speaking ... his French counterpart, again urged', `${NIGHT}Dmytro Kuleba, speaking to journalists in Kyiv after a call with his French counterpart, again urged France to send more SAMP/T systems.`, ['requested dmytro-kuleba samp-t -']],
    ['after a call with his German counterpart, urged', `${NIGHT}Dmytro Kuleba, after a call with his German counterpart, urged Germany to send Taurus missiles.`, ['requested dmytro-kuleba taurus -']],
    // negatives: a denial, a plan, an indirect question, a fronted phrase (the actor after it asks)
    ['a denial', `${NIGHT}Dmytro Kuleba, after a call with his German counterpart, did not ask Germany for Taurus missiles.`, []],
    ['a plan', `${NIGHT}Dmytro Kuleba, after a call with his German counterpart, said he would ask Germany for Taurus missiles next week.`, []],
    ['an indirect question', `${NIGHT}Dmytro Kuleba, after a call with his German counterpart, asked whether Germany had sent the Taurus missiles.`, []],
    ['a fronted phrase', `${NIGHT}In Brussels, Ukraine asked its allies for more Patriot systems.`, ['requested ukraine patriot -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a report's \"we\" outside quotation marks asks for the organisation of its letterhead", () => {
  const HEAD = 'DANUBE PORTS MONITORING NETWORK\nMonitoring Report 2024/03: Attacks on ports\nReporting period: 1-9 March 2024\n\nRussian drones struck the port of Izmail on 9 March.\n\n5. Recommendations\n';
  const NETWORK = 'organisation:danube-ports-monitoring-network';
  const cases: [string, string, string[]][] = [
    ['- We urge ..., X and Y in particular, to finance', `${HEAD}- We urge donor governments, Germany and Norway in particular, to finance more Gepard guns for the ports.\n`, [`requested ${NETWORK} gepard -`]],
    ['- We also call on ... to deliver', `${HEAD}- We also call on Germany to deliver more IRIS-T systems to Odesa.\n`, [`requested ${NETWORK} iris-t -`]],
    ['We ask ... to send', `${HEAD}We ask our partners to send the ports more Gepard guns before the autumn.\n`, [`requested ${NETWORK} gepard -`]],
    // negatives: a plan, a denial, a question, another speaker's quoted "we"
    ['a plan', `${HEAD}- We will ask donor governments next year whether Gepard guns can be financed.\n`, []],
    ['a denial', `${HEAD}- We have not asked anyone for Gepard guns.\n`, []],
    ['a question', `${HEAD}- Should we ask Germany for Gepard guns?\n`, []],
    ['a headline that only names the network', 'The Danube Ports Monitoring Network and the night attack\n\nRussian drones struck the port of Izmail on 9 March.\n\nWe urge our partners to send more Gepard guns to the ports.\n', []],
    ['a quoted we of the mayor', `${HEAD}"We ask Germany for more Gepard guns," the mayor of Izmail, Andrii Hrechko, said.\n`, ['requested person:andrii-hrechko gepard -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(ingested(text)).toEqual(expected);
  });
});
