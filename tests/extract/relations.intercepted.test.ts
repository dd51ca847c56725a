/**
 * Table tests of the `intercepted` rules: active with the interceptor from a possessive or demonym, passive with
 * the default defender, "N of them" and "all of which" back to earlier weapons, partitive counts, attributed
 * claims ("said it shot down"), and denials, negations, attempts and plans that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

const cases: Array<[string, string[]]> = [
  // "as were X", "all but one of which", a bare count after "reported", "put the number shot down at N".
  ['Russia fired three Kalibr missiles and two Kinzhal missiles. Two of the Kalibrs were shot down, as was one Kinzhal.', ['intercepted ukraine kalibr 2', 'intercepted ukraine kinzhal 1']],
  ['Russia launched 120 drones against Ukraine, all but one of which were shot down.', ['intercepted ukraine drone 119']],
  ['Russia launched 54 drones overnight. The air force reported 40 destroyed.', ['intercepted ukraine drone 40']],
  ['Russia launched 54 drones overnight. The air force said 40 destroyed buildings were counted.', []],
  ['Russia launched 90 drones overnight. The air force put the number shot down at 61.', ['intercepted ukraine drone 61']],
  ['Russia launched 90 drones overnight. The air force put the number shot down at 120.', []],
  // A negated verb of reporting whose object is the interception noun reports none.
  ['Russia fired two missiles at Kyiv. The air force did not report any interception of the missiles.', []],
  ['Russia fired two missiles at Kyiv. The air force reported the interception of both missiles.', ['intercepted ukraine missile 2']],
  // Active; the owner of the air defences from a possessive or a demonym.
  ["Ukraine's air defences destroyed 25 drones overnight.", ['intercepted ukraine drone 25']],
  ['Russian air defences intercepted six Kh-101 missiles near Belgorod.', ['intercepted russia kh-101 6']],
  // An attributed claim is a relation; "it" is the speaker (the subject is the side it stands for).
  ["Ukraine's air force said it shot down 19 cruise missiles.", ['intercepted ukraine cruise-missile 19']],
  ['The Russian Defence Ministry said its air defences had downed 8 Ukrainian drones.', ['intercepted russia drone 8']],
  // Passive: the defender is the opponent of the attacker.
  ['Russia launched 40 drones. Thirty-one of them were shot down.', ['intercepted ukraine drone 31']],
  ['Russia fired 20 cruise missiles, 18 of which were intercepted.', ['intercepted ukraine cruise-missile 18']],
  // The carriers named after "from" are no antecedent of "which".
  ['Russia fired 20 Kh-101s from Tu-95 bombers, 18 of which were intercepted.', ['intercepted ukraine kh-101 18']],
  ['Russia fired 20 Kh-101s from Tu-95 bombers, all of which returned to base.', []],
  ['Russia sent five Shahed drones and two Kinzhal missiles, all of which were destroyed.', ['intercepted ukraine kinzhal 2', 'intercepted ukraine shahed-136 5']],
  ['All three Kinzhals were brought down over Kyiv.', ['intercepted ukraine kinzhal 3']],
  // Partitive counts: the part for the interception.
  ['The air force said 30 of the 36 Shahed drones launched by Russia were destroyed.', ['intercepted ukraine shahed-136 30']],
  ['Ukrainian air defences shot down 21 of 28 drones.', ['intercepted ukraine drone 21']],
  // "by" agent.
  ['Nine rockets fired by Ukraine were shot down by Russian air defences.', ['intercepted russia rocket 9']],
  ['Moscow claimed to have shot down two Kh-101 missiles over Kursk Oblast.', ['intercepted russia kh-101 2']],
  ['Ukraine downs 30 of 41 drones in overnight attack', ['intercepted ukraine drone 30']],
  ['"We shot down 23 Shaheds last night," Zelenskyy said.', ['intercepted ukraine shahed-136 23']],
  ['Kyiv was attacked by about 15 Shahed "kamikaze" drones, all of which were shot down.', ['intercepted ukraine shahed-136 15']],
  ['Ukraine was able to shoot down 12 Shaheds.', ['intercepted ukraine shahed-136 12']],
  ['Ukrainian officials say Patriot batteries have shot down dozens of Kinzhals.', ['intercepted ukraine kinzhal -']],
  ['Air defences destroyed 41 drones over Kursk Oblast overnight, the ministry said.', ['intercepted russia drone 41']],
  // "All 12 missiles were downed" + a breakdown adding up to 12: each type was downed.
  ['Air defences destroyed all 12 missiles that Russia launched. The salvo comprised four Kinzhal and eight Kalibr missiles.', ['intercepted ukraine kalibr 8', 'intercepted ukraine kinzhal 4', 'intercepted ukraine missile 12']],
  // "destroyed" with a patient that is no weapon is a strike, not an interception; a demonym or "dozens of" is no head.
  ['Russian drones destroyed part of a five-storey building in Kyiv.', []],
  ['A Russian missile destroyed a school in Kharkiv, among them several classrooms.', []],
  ['Ukrainian air defences destroyed dozens of drones over Kyiv.', ['intercepted ukraine drone -']],
  ["Ukraine's air force said it shot down 31 Russian missiles.", ['intercepted ukraine missile 31']],
  // A bare "all"/"both" subject, "every one of them": the whole of the weapons before; "one of them" is one.
  ['Russia launched 40 Kh-101s; all were destroyed.', ['intercepted ukraine kh-101 40']],
  ['Russia launched two Kinzhals. Both were shot down over Kyiv.', ['intercepted ukraine kinzhal 2']],
  ['Russia launched 40 Kh-101s, and the air force said every one of them was knocked down.', ['intercepted ukraine kh-101 40']],
  ['Russia launched 40 drones; one of them was shot down.', ['intercepted ukraine drone 1']],
  ['Russia launched 40 drones, and all of the crews returned.', []],
  // A gapped part after a trigger coordinated with another verb ("shot down or jammed").
  ["Russia launched 50 drones and 12 missiles. Ukraine's air force said its units shot down or jammed 41 of the drones, but only three of the missiles.", ['intercepted ukraine drone 41', 'intercepted ukraine missile 3']],
  // A launch of the other side told only later does not decide who downed the drones of an earlier sentence.
  ['Overnight 40 drones were aimed at Kyiv. 30 drones were neutralised. Moscow called it a reply to Ukrainian drone attacks on Belgorod.', ['intercepted ukraine drone 30']],
  ['Ukrainian drones attacked Belgorod overnight. 30 drones were neutralised.', ['intercepted russia drone 30']],
  // A part of no stated size before "of which" gives no count ("most of which", "the bulk of which"); a number does.
  ['Russia fired 40 cruise missiles, the bulk of which were shot down.', ['intercepted ukraine cruise-missile -']],
  ['Russia fired 40 cruise missiles, most of which were shot down.', ['intercepted ukraine cruise-missile -']],
  ['Russia fired 40 cruise missiles, 30 of which were shot down.', ['intercepted ukraine cruise-missile 30']],
  // A reduced partitive ("85 drones, 61 of them downed") is a passive with the part as subject; the list goes on
  // with the main clause's weapons, which the participle does not take as objects.
  ['Russia sent 80 drones, 55 of them downed, and two Iskander-M missiles at Kharkiv overnight.', ['intercepted ukraine drone 55']],
  ['Russia launched 85 drones overnight, 61 of them shot down by mobile fire groups.', ['intercepted ukraine drone 61']],
  ['Russia launched 85 drones overnight, 61 of them aimed at Kyiv.', []],
  // "20, 15 and two of them respectively": each number is the part of the weapon told in that place; a list of
  // another length than the weapons told names none of them.
  ['Russia launched 30 Shahed drones, 18 Kalibr missiles and four Kh-101 missiles. Air defences shot down 20, 15 and two of them respectively.', ['intercepted ukraine kalibr 15', 'intercepted ukraine kh-101 2', 'intercepted ukraine shahed-136 20']],
  ['Russia launched 30 Shahed drones and 18 Kalibr missiles. Air defences shot down 20, 15 and two of them respectively.', []],
  // "stopped" with an approximate count and a partitive; a vague "most of" is no count.
  ['Russia launched 90 drones at Kyiv. Ukraine stopped around 70 of the drones.', ['intercepted ukraine drone 70']],
  ['Russia launched 90 drones at Kyiv. Ukraine stopped most of the drones.', []],
  // A count with its weapon gapped after a launch participle's phrase ("48 drones launched and 41 shot down").
  ['The air force put the tally at 48 drones launched and 41 shot down.', ['intercepted ukraine drone 41']],
  ['The air force put the tally at 48 drones launched and 41 villages hit.', []],
  // After a counted whole was broken down into several named systems, "the missiles" is the whole again, not the last one.
  ['Russia launched 11 missiles. Of the missiles, four were Kalibrs, four were Kinzhals and three were Iskanders. Ukraine shot down eight of the missiles.', ['intercepted ukraine missile 8']],
  ['Russia launched four Kalibrs at Kyiv. Ukraine shot down three of the missiles.', ['intercepted ukraine kalibr 3']],
  // A reduced participle after its weapon that the tagger reads as a noun ("reported 77 of the drones neutralised").
  ['Russia launched 90 drones at Kyiv. The air force reported 61 of the drones neutralised; the rest were jammed.', ['intercepted ukraine drone 61']],
  ['Russia launched 90 drones at Kyiv. The air force reported the drones unneeded.', []],
  // An anaphor of a narrower class takes a system of that class only; "all but N of" is the whole less N.
  ['Russia launched 40 cruise missiles and eight Kinzhal missiles. Three of the cruise missiles were downed.', ['intercepted ukraine cruise-missile 3']],
  ['Russia launched 40 cruise missiles and eight Kinzhal missiles. All but three of the cruise missiles were downed.', ['intercepted ukraine cruise-missile 37']],
  ['Russia launched 12 Kalibr cruise missiles. Nine of the cruise missiles were downed.', ['intercepted ukraine kalibr 9']],
  // A negated partitive relative: what "none of which" / "neither of them" takes up was launched, not downed.
  ['Russia fired four Kh-101s, two of which were destroyed, and three Kinzhals, none of which was intercepted.', ['intercepted ukraine kh-101 2']],
  ['Russia fired two Kalibr missiles at Odesa; neither of them could be stopped.', []],
  ['Russia fired two Kalibr missiles at Odesa; both of them were shot down.', ['intercepted ukraine kalibr 2']],
  // "..., as was X": an inverted be-form repeats the interception for its weapon; a copy of no interception gives none.
  ['Russia fired seven Kh-101s at Kyiv. All seven were destroyed, as was the Kinzhal.', ['intercepted ukraine kh-101 7', 'intercepted ukraine kinzhal -']],
  ['Twenty of the drones were shot down, as were both Kinzhals.', ['intercepted ukraine drone 20', 'intercepted ukraine kinzhal 2']],
  ['Russia fired seven Kh-101s at Kyiv. The city was calm, as was the Kinzhal crew.', []],
  // A counted list right after the trigger's comma is gapped ("..., four of the Kalibrs and the single Kinzhal, while").
  ['Russia fired 35 Kh-101s, ten Kalibrs and one Kinzhal. By type, 30 of the Kh-101s were shot down, four of the Kalibrs and the single Kinzhal, while the rest hit targets.', ['intercepted ukraine kalibr 4', 'intercepted ukraine kh-101 30', 'intercepted ukraine kinzhal 1']],
  ['Russia fired 35 Kh-101s at Kyiv. Thirty of the Kh-101s were shot down, officials in Kyiv said.', ['intercepted ukraine kh-101 30']],
  // After a relative aside ("of which 18 were destroyed") the list goes on with what the main clause counts.
  ['The attack involved 24 Kh-101 missiles, of which 18 were destroyed, as well as six Kinzhal missiles.', ['intercepted ukraine kh-101 18']],
  // "downed every one of the ten" is the ten told before; debris "from an intercepted missile" reports no downing.
  ['Ten Shahed drones flew alongside the missiles, and crews downed every one of the ten.', ['intercepted ukraine shahed-136 10']],
  ['Debris from an intercepted missile landed in a field outside Lviv.', []],
  // "shot down all 14": a whole without a noun is the earlier weapons of that count; another count names none.
  ['Russia launched 14 Shahed drones at Kharkiv. Crews shot down all 14, but two missiles hit the city.', ['intercepted ukraine shahed-136 14']],
  ['Russia launched 14 Shahed drones at Kharkiv. Crews shot down all 12.', []],
  // "accounted for" in a tally of air defence is a downing; of damage it is none.
  ['Russia launched 40 drones. Air defence accounted for 30 of them.', ['intercepted ukraine drone 30']],
  ['Drones accounted for most of the damage in Lviv.', []],
  // A noun of interception with "of" and weapons; not a denied one, not an air-defence system hit.
  ['The destruction of all six drones was reported by the air force.', ['intercepted ukraine drone 6']],
  ["Russia launched 30 drones. Ukraine's interception of 25 of the drones was praised.", ['intercepted ukraine drone 25']],
  ['Russia denied the destruction of 12 drones over Belgorod.', []],
  ['Russia claimed the destruction of a Patriot system near Kyiv.', []],
  ['Interceptions of ballistic missiles depend largely on Patriot batteries.', []],
  ['Russia launched six Shahed drones. The destruction of all six drones was reported by the air force.', ['intercepted ukraine shahed-136 6']],
  // Non-factual.
  ['Poland denied downing Russian drones over its territory.', []],
  ['No missiles were shot down over Lviv.', []],
  ['The air force said it had intercepted none of the four Kh-101 missiles.', []],
  ['Air defences shot down no drones that night.', []],
  ['Ukraine did not intercept the Kinzhal missiles.', []],
  ['Ukraine wants a coalition to shoot down Russian drones.', []],
  ['Patriot batteries should shoot down Iskander missiles more often.', []],
  ['Would NATO shoot down Russian missiles over Ukraine?', []],
  ['Ukrainian gunners were trying to intercept the cruise missiles.', []],
  // A raised passive ("were reported shot down", "was said to have been destroyed") reads like a plain passive.
  ['Russia launched 90 drones at Ukraine overnight. Of the drones, 70 were reported shot down.', ['intercepted ukraine drone 70']],
  ['Russia launched 90 drones overnight; 70 were said to have been destroyed.', ['intercepted ukraine drone 70']],
  ['Russia launched 90 drones overnight; 70 were said to be heading west.', []],
  // An air-defence system destroyed as equipment ("a Patriot battery") was hit, not downed; an S-300 fired as a missile was.
  ['Russian bloggers claimed that a Ukrainian Patriot battery had been destroyed near Odesa.', []],
  ['Ukraine fired Patriot missiles at Belgorod, and two Patriot missiles were destroyed, Moscow claimed.', ['intercepted russia patriot 2']],
  // A second reported clause ("and that ...") and the means after "with" are not what was downed.
  ['The air force said its units downed 90 drones and that all three missiles struck their targets.', ['intercepted ukraine drone 90']],
  ['The volunteer unit said it downed 12 drones over Sumy with Stinger missiles.', ['intercepted ukraine drone 12']],
  ['Air defences downed 12 drones together with two Kalibr missiles.', ['intercepted ukraine drone 12', 'intercepted ukraine kalibr 2']],
  // "respectively" after "of the <class>" takes only the weapons of that class; what follows the list goes on.
  ['Russia launched 30 Shahed drones, 18 Kalibr missiles and four Kh-101 missiles. Air defences shot down 15 and two of the missiles respectively, along with 20 of the Shaheds.', ['intercepted ukraine kalibr 15', 'intercepted ukraine kh-101 2', 'intercepted ukraine shahed-136 20']],
  // "all but three" and a bare number after the verb are parts of the one earlier counted weapon; with two counted
  // weapons before it a bare number names neither.
  ['Russia fired 15 missiles overnight. Ukraine destroyed all but three.', ['intercepted ukraine missile 12']],
  ['Russia fired 15 missiles overnight. The air force reported downing 12.', ['intercepted ukraine missile 12']],
  ['Russia fired 15 missiles and 40 drones overnight. Air defences shot down 12.', []],
  // A gerund after "reported"/"claimed" is the claimed act; after "said" it is a topic.
  ['Russia fired 15 missiles overnight. The minister said downing drones was getting harder.', []],
  // An absolute clause after ", with" has its own subject: the part it counts, not the whole told before it.
  ['Russia fired 145 drones overnight, with 110 drones shot down.', ['intercepted ukraine drone 110']],
  ['Russia fired 145 drones overnight, with 110 shot down.', ['intercepted ukraine drone 110']],
  ['Russia fired 145 drones overnight, with 110 aimed at Kyiv.', []],
];

describe('relations: intercepted', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'intercepted')).toEqual(expected);
  });
});
