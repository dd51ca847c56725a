/**
 * Table tests of the `condemned` rules: condemn/denounce/deplore with the attacker from a demonym, a possessive,
 * the attacked places or the latest attack; "called the strike an act of terror"; and near-miss wording
 * ("deeply concerned", "discussed", "criticised the silence") that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { makeDoc } from './helpers.ts';
import { relationsOf } from './relations-helpers.ts';

const cases: Array<[string, string[]]> = [
  ['Borrell condemned the Russian attack on Odesa.', ['condemned josep-borrell russia -']],
  ["Biden denounced Putin's brutal war against Ukraine.", ['condemned joe-biden russia -']],
  ['Russia struck Lviv on Monday. On Tuesday the EU condemned the strike.', ['condemned european-union russia -']],
  ['Ukraine hit Belgorod with rockets. Peskov condemned the attack, calling it terrorism.', ['condemned dmitry-peskov ukraine -']],
  ['NATO and the EU deplored the attacks on civilians in Ukraine.', ['condemned european-union russia -', 'condemned nato russia -']],
  ['Russian drones hit Odesa. Borrell called the strike a war crime.', ['condemned josep-borrell russia -']],
  ['Russia struck Odesa on Monday. The strike was condemned by NATO and the EU.', ['condemned european-union russia -', 'condemned nato russia -']],
  // ", calling it ..." after a closing report frame, with no actor before it (or only a dateline's outlet): the speaker.
  ['Russia attacked Odesa. Drones hit the port overnight, Borrell said on Friday, calling the raid an act of terror.', ['condemned josep-borrell russia -']],
  // A fronted "Speaking for X," names who acts when the clause's subject is a description ("the representative").
  ['Russian drones hit Odesa. Speaking for Poland, the representative deplored the attacks on the port.', ['condemned poland russia -']],
  ['Russian drones hit Odesa. Speaking for Poland, the representative praised the rescuers.', []],
  // "violations of its airspace were recorded" is a count, not a judgement (violation is rejected in the review).
  ['Russian drones hit Odesa. Borrell said 19 violations of the airspace were recorded.', []],
  // A condemnation noun that "came from" its authors, or that a chorus joined has; "indefensible" judges an act.
  ['Russian drones hit Odesa. Condemnation came swiftly from NATO and the EU.', ['condemned european-union russia -', 'condemned nato russia -']],
  ['Russian drones hit Odesa. Borrell joined the chorus of condemnation on Monday.', ['condemned josep-borrell russia -']],
  ['Russian drones hit Odesa. Borrell said the strikes were indefensible.', ['condemned josep-borrell russia -']],
  ['Russian drones hit Odesa. Borrell joined the chorus of singers on Monday.', []],
  // The "by" agent of a passive condemnation is who condemns, never whose act it was.
  ['Russia struck Lviv. The strike was condemned by Poland as an act of terror.', ['condemned poland russia -']],
  ['Ukraine hit Belgorod. The strike by Ukraine was condemned by Russia.', ['condemned russia ukraine -']],
  // Classes, not phrasings (issue 10): condemnation verbs and nouns grown from WordNet, moral judgements in an actor's words.
  ['Russia struck Lviv overnight. Borrell lambasted the strike.', ['condemned josep-borrell russia -']],
  ['Russian drones hit Odesa. The strike drew condemnation from NATO.', ['condemned nato russia -']],
  ['Russian missiles hit Kyiv. "Targeting a children\'s hospital is unconscionable," Borrell said.', ['condemned josep-borrell russia -']],
  ['Russia struck Lviv. Biden said he was appalled by the attack.', ['condemned joe-biden russia -']],
  // Moral judgements grown from WordNet (aggression, aggressor, disregard, callous), as a characterisation or in a report.
  ['Russian drones hit Lviv. Poland called the strike an act of aggression by Moscow.', ['condemned poland russia -']],
  ["Russian missiles struck Odesa. Borrell said the strike was a stark reminder of Russia's role as the aggressor.", ['condemned josep-borrell russia -']],
  ['Russian missiles struck Odesa. Biden said the strike showed a flagrant disregard for human life.', ['condemned joe-biden russia -']],
  ['Russian drones hit Kharkiv. "This was a callous strike on sleeping families," Borrell said.', ['condemned josep-borrell russia -']],
  // The speaker of a report frame whose second verb follows the judgement ("X said that ... is reckless and said ...").
  ['Russian drones hit Lviv. Borrell said in a statement that the raid was "reckless" and said two allies had scrambled jets.', ['condemned josep-borrell russia -']],
  // An expletive "it" that the mention layer resolved to a state names no doer: the judged side is the attacker.
  ['Russian missiles hit Kyiv. Ukraine buried the dead on Tuesday. "It is unconscionable that children die in this war," Borrell said.', ['condemned josep-borrell russia -']],
  // An organisation and the person the text titles as its head are two readings of one condemnation; others stay two.
  ['NATO chief condemns Russian strike on Odesa. NATO Secretary-General Borrell condemned the Russian attack on Odesa.', ['condemned josep-borrell russia -']],
  ['NATO condemned the Russian strike on Odesa. Later Borrell also condemned the Russian attack on Odesa.', ['condemned josep-borrell russia -', 'condemned nato russia -']],
  // Near-miss wording and negatives.
  ['Russian drones hit Lviv. Biden said the attacker had used cheap drones.', []],
  ['Russian drones hit Lviv. Borrell said the neglect of shelters in the city worried him.', []],
  ['Russia struck Lviv. Borrell said he was saddened and expressed solidarity with Ukraine.', []],
  ['Russia struck Lviv. Borrell said it would be barbaric if the attacks went on.', []],
  ['Borrell was deeply concerned about the strikes on Kyiv.', []],
  ['Biden discussed the attacks with Zelenskyy.', []],
  ['Zelenskyy criticised the silence of the EU.', []],
  ['Borrell did not condemn the strike.', []],
  ['Will NATO condemn the attack on Lviv?', []],
  // "condemned the strikes" a paragraph after an aside on the other side's attacks names the main attack; within the
  // aside's paragraph, and for a bare judgement, the latest attack stands.
  ['Russia struck Kyiv and Odesa with missiles overnight. Ukraine has hit refineries in Belgorod for months.\n\nPoland condemned the strikes.', ['condemned poland russia -']],
  ['Russia struck Kyiv with missiles overnight. Ukraine hit a refinery in Belgorod on Sunday. Poland condemned the strike.', ['condemned poland ukraine -']],
  ['Ukraine hit a refinery in Belgorod on Sunday.\n\nPutin condemned the strike.', ['condemned vladimir-putin ukraine -']],
  // Who acts for a state names the state: "the representative of X", "the governments of X and Y".
  ['Russia struck Kyiv. The representative of the United States condemned the strike.', ['condemned united-states russia -']],
  ['Russia struck Kyiv. The strike was condemned by the governments of Poland and the United States.', ['condemned poland russia -', 'condemned united-states russia -']],
  ['Russia struck Kyiv. The capital of Poland condemned nothing.', []],
  // A moral label of a state ("a terrorist state") judges no act.
  ['Zelenskyy urged allies to send Ukraine more weapons, saying Russia had once again shown it was a terrorist state.', []],
  // A quotation's second sentence is still its speaker's; a title with an "of" phrase runs into the holder's name.
  ['Minister of Foreign Affairs Dmytro Kuleba said: "Russia wants us in the dark. These strikes on power plants are a crime."', ['condemned dmytro-kuleba russia -']],
  ['Minister of Foreign Affairs Dmytro Kuleba said: "The night was long. The repairs are going well."', []],
  // "shameful", "disgraceful" judge an act; "shocking" (mostly surprise in news) does not.
  ['Russia struck Kyiv. Kuleba called the strikes on power plants cynical and shameful.', ['condemned dmytro-kuleba russia -']],
  ['Russia struck Kyiv. Kuleba called the number of drones shocking.', []],
  // Nouns of dishonour and insult judge an act too ("a disgrace", "an affront"); a regretful "shame" does not.
  ['Russian drones hit Odesa. Borrell called the shelling of the port "a disgrace to the century".', ['condemned josep-borrell russia -']],
  ['Russian missiles hit Lviv. Poland said the raid was an affront to every nation that keeps the peace.', ['condemned poland russia -']],
  ['Russian missiles hit Lviv. Borrell said it was a shame that the talks had stalled.', []],
  // A verb coordinated after a reported clause whose subject is the attacker's side goes back to the reporter.
  ['Russia struck Kyiv. Zelenskyy said Russia had chosen the holiday on purpose and called the attack inhuman.', ['condemned volodymyr-zelenskyy russia -']],
  // An attack verb's gerund as the act ("the deliberate targeting of power plants"), not a gerund of something else.
  ['Russia struck the power grid overnight. Poland condemned the deliberate targeting of civilian energy supplies.', ['condemned poland russia -']],
  ['Russia struck the power grid overnight. Poland condemned the funding of hate speech.', []],
  // A hyphenated judgement ("cold-blooded") matches although the tokenizer splits it at the hyphen.
  ['Russia struck Kyiv overnight. Poland described the raid as "a cold-blooded choice to leave families without heat".', ['condemned poland russia -']],
  ['Russia struck Kyiv overnight. Poland described the raid as a long-planned operation.', []],
  // The harm done named as the act ("the destruction of X") is judged like an attack noun; a shock is no judgement.
  ['Russia struck Odesa overnight. Poland condemned the destruction of the power plant.', ['condemned poland russia -']],
  ['Russia struck Odesa overnight. Poland said the destruction of the market was "unacceptable".', ['condemned poland russia -']],
  ['Russia struck Odesa overnight. Poland said the destruction of the market was a shock.', []],
  // A moral judgement inside the object names the act ("condemned what she called another night of terror").
  ['Russia struck Kyiv overnight. Poland condemned what it called another night of terror.', ['condemned poland russia -']],
  // Judgement nouns grown from WordNet (desecration, mockery, murder); one that only modifies a noun judges nothing.
  ['Russia struck Lviv overnight. Poland called the strike "a desecration of Easter".', ['condemned poland russia -']],
  ['Russia struck Lviv overnight. Poland called the strike "a mockery of every promise".', ['condemned poland russia -']],
  ['Russia struck Lviv overnight. "This is murder," Borrell said.', ['condemned josep-borrell russia -']],
  ['Russia struck Lviv overnight. Poland said the murder trial of a local official would open in May.', []],
  // A parenthetical between the verb of expression and the condemnation; a relative clause between a speaker and
  // the verb; a capital whose relative aside stands before its verb is the state.
  ['Russia struck Lviv overnight. Poland expressed, on behalf of its government, firm condemnation of the strikes.', ['condemned poland russia -']],
  ['Russia struck Lviv overnight. Poland expressed, on behalf of its government, deep concern over the strikes.', []],
  ['Russia struck Lviv overnight. Borrell, who had visited Kyiv the day before, wrote that the strikes were shameful.', ['condemned josep-borrell russia -']],
  // A colon after a noun of a stated text opens its maker's words, over several sentences; calling a strike deliberate
  // accuses its doer. A colon after a place or an event names no speaker; a deliberate pace judges nothing.
  ['Russia struck Lviv overnight. Poland issued a short statement on the night\'s strikes: "Flats on fire are no accident. This is terror against civilians."', ['condemned poland russia -']],
  ['Russia struck Lviv overnight. The strikes hit three districts: "This is terror," a resident shouted.', []],
  ['Russia struck Lviv overnight. Borrell called the strike on the station "a deliberate blow against families".', ['condemned josep-borrell russia -']],
  ['Russia struck Lviv overnight. Borrell walked at a deliberate pace through the station.', []],
  // The listener after "told" is no speaker: the judgement is the speaker's before the verb.
  ['Russia struck Lviv overnight. "This is barbaric," Borrell told Congress.', ['condemned josep-borrell russia -']],
];

describe('relations: condemned', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'condemned')).toEqual(expected);
  });
});

/** Transcripts with the real gazetteer: a speaker label governs its paragraph and the unlabelled ones after it. */
const transcripts: Array<[string, string[]]> = [
  ['Transcript: talks of Foreign Minister Oleh Marchenko and Latvian Foreign Minister Baiba Braze\n\nMARCHENKO: Thank you. Russia struck Lviv overnight.\n\nBRAZE: Thank you, Oleh. I came by train.\n\nShelling a market is terrorism.', ['person:baiba-braze russia']],
  ['OKSANA BILYK (analyst): Russia struck Lviv overnight. Shelling a market is terrorism.', ['person:oksana-bilyk russia']],
  // Negative rows: a questioner's label is no judge, and a line that labels a place names no speaker.
  ['Russia struck Lviv overnight.\n\nQUESTION (Olena Bondar): Is this terrorism?', []],
  ['Russia struck Lviv overnight.\n\nLviv: a market hit. Shelling a market is terrorism.', []],
];

describe('condemned: transcript speaker labels', () => {
  it.each(transcripts)('%s', (text, expected) => {
    const found = extractDocument(makeDoc(text, 'transcript')).relations.filter((r) => r.predicate === 'condemned').map((r) => `${r.subject} ${r.object}`);
    expect(found).toEqual(expected);
  });
});

/** Capitals with the real gazetteer: a capital whose relative aside stands before its verb is the state. */
describe('condemned: a capital past a relative aside', () => {
  it.each([
    ['Russia struck Lviv overnight. Athens, whose consulate stands near the damaged block, called the attack "barbaric".', ['greece russia']],
    ['Russia struck Lviv overnight. Athens, which lies far from the front, was quiet.', []],
  ])('%s', (text, expected) => {
    const found = extractDocument(makeDoc(text, 'capital')).relations.filter((r) => r.predicate === 'condemned').map((r) => `${r.subject} ${r.object}`);
    expect(found).toEqual(expected);
  });
});
