/**
 * One row per relation rule id (`Record<RuleId, ...>`: a rule id added to the registry does not compile without its
 * row). Each row names the step that emits the rule, a sentence of our own, and the candidate that must be pushed
 * (or relation, for steps 19 and 20) with that rule id when the step runs alone on a context prepared by the steps
 * before it (a spy on the layer).
 */
import { describe, expect, it } from 'vitest';
import type { StepId } from '../../src/extract/index.ts';
import type { RuleId } from '../../src/extract/relations/registry.ts';
import { describeRelation, prepareFor, runAlone } from './step-helpers.ts';

interface Row {
  step: StepId;
  text: string;
  /** `predicate subject object count` of the candidate the rule must push ("?" for a side left open). */
  candidate: string;
}

const ROWS: Record<RuleId, Row> = {
  'launched:active': { step: '11-launched', text: 'Russia fired 12 Kalibr missiles at Odesa overnight.', candidate: 'launched russia kalibr 12' },
  'launched:passive': { step: '11-launched', text: 'Nine rockets were fired by Ukraine at Belgorod.', candidate: 'launched ukraine rocket 9' },
  'launched:passive-gapped': { step: '11-launched', text: 'Four Kh-101 missiles were fired from Tu-95 bombers and two Kalibr missiles from warships.', candidate: 'launched ? kalibr 2' },
  'launched:relative': { step: '11-launched', text: 'Air defences stopped all 11 missiles that Russia launched at Kyiv.', candidate: 'launched russia missile 11' },
  'launched:relative-including': { step: '11-launched', text: 'Ukraine downed most of the missiles that Russia launched, including four Kinzhal missiles.', candidate: 'launched russia kinzhal 4' },
  'launched:use-of': { step: '11-launched', text: 'Analysts tracked the Russian use of Shahed drones.', candidate: 'launched russia shahed-136 -' },
  'launched:bullet-list': { step: '11-launched', text: 'Overnight the Russians used:\n- five Kalibr missiles;\n- 20 Shahed drones.', candidate: 'launched russia shahed-136 20' },
  'launched:owner': { step: '12-owned-weapons', text: 'Russian drones entered Polish airspace on Sunday.', candidate: 'launched russia drone -' },
  'launched:including': { step: '13-intercepted', text: 'Ukraine shot down 30 of the 38 missiles, including Kinzhal missiles.', candidate: 'launched ? kinzhal -' },
  'launched:owner-of-intercepted': { step: '13-intercepted', text: 'Russia said it shot down 32 Ukrainian drones.', candidate: 'launched ukraine drone 32' },
  'launched:got-through': { step: '11-launched', text: 'At dawn the two Kalibrs got through.', candidate: 'launched ? kalibr 2' },
  'launched:of-intercepted': { step: '13-intercepted', text: 'Overnight the lone Kinzhal was shot down.', candidate: 'launched ? kinzhal 1' },
  'launched:whole-of-partitive': { step: '13-intercepted', text: 'Ukrainian air defences destroyed two of the seven missiles.', candidate: 'launched ? missile 7' },
  'launched:hit-by': { step: '14-targeted', text: 'Kharkiv was hit by Iskander missiles on Monday.', candidate: 'launched ? iskander -' },
  'launched:weapon-hit': { step: '14-targeted', text: 'A Russian missile hit a hospital in Kharkiv.', candidate: 'launched russia missile -' },
  'launched:attack-with': { step: '14-targeted', text: 'Russia attacked Lviv with 17 missiles.', candidate: 'launched russia missile 17' },
  'launched:attack-of': { step: '14-targeted', text: "Russia's overnight barrage of 40 missiles was aimed at Kyiv.", candidate: 'launched russia missile 40' },
  'launched:compound': { step: '14-targeted', text: 'Russia carried out a drone and missile attack on Kyiv.', candidate: 'launched ? drone -' },
  'launched:event-line': { step: '20-events', text: 'The enemy attacked at night. Air defences shot down 25 drones, the air force said.', candidate: 'launched russia drone -' },
  'launched:restated': { step: '11-launched', text: 'Russia fired 537 weapons overnight. That is 477 drones plus 60 missiles.', candidate: 'launched ? drone 477' },
  'launched:identified-as': { step: '11-launched', text: 'Ruritania fired six cruise missiles, which the air force described as Storm Lance missiles.', candidate: 'launched ? weaponsystem:storm-lance -' },
  'launched:apposition-count': { step: '11-launched', text: 'Ruritania struck Zenda overnight. The cruise missiles, 14 of them by the air force count, came in two waves.', candidate: 'launched ? cruise-missile 14' },
  'launched:counted-subject': { step: '11-launched', text: 'Ruritania struck Zenda overnight. The cruise missiles numbered 14, the air force said.', candidate: 'launched ? cruise-missile 14' },
  'launched:apposed-members': {
    step: '12-owned-weapons',
    text: 'Ruritania struck Zenda overnight. Then came 40 drones (Shahed, Gerbera and other types) from the east.',
    candidate: 'launched ? shahed-136 -',
  },
  'launched:put-at': { step: '11-launched', text: 'The air force put the strike package at ten Kh-101 missiles and 13 Shahed drones.', candidate: 'launched ? kh-101 10' },
  'launched:composition': { step: '11-launched', text: 'The barrage combined Kalibr cruise missiles with four Kh-101 missiles.', candidate: 'launched ? kh-101 4' },
  'launched:tally': { step: '11-launched', text: 'The air force gave its tally.\nKalibr: 14 launched, 11 shot down', candidate: 'launched ? kalibr 14' },
  'launched:not-intercepted': { step: '13-intercepted', text: 'None of the four Kinzhal missiles was intercepted.', candidate: 'launched ? kinzhal 4' },
  'launched:observed': { step: '11-launched', text: "Ukraine's air force recorded 96 Shahed drones overnight.", candidate: 'launched russia shahed-136 96' },
  'intercepted:counted-as': { step: '11-launched', text: 'The air force counted 30 drones as shot down.', candidate: 'intercepted ? drone 30' },
  'intercepted:counted-noun': { step: '11-launched', text: 'Ruritania struck Zenda overnight. Drone interceptions numbered 14, the air force said.', candidate: 'intercepted ? drone 14' },
  'intercepted:counted-downings': { step: '13-intercepted', text: 'Ruritania launched 40 drones overnight. Air defence crews reported 25 kills among the drones.', candidate: 'intercepted ? drone 25' },
  'intercepted:tally': { step: '11-launched', text: 'The air force gave its tally.\nKalibr: 14 launched, 11 shot down', candidate: 'intercepted ? kalibr 11' },
  'intercepted:event-line': { step: '20-events', text: 'Russia attacked Ukraine overnight.\n- Kalibr, from the Black Sea: 5, 4 downed', candidate: 'intercepted ukraine kalibr 4' },
  'intercepted:active': { step: '13-intercepted', text: 'Ukraine shot down 30 Shahed drones overnight.', candidate: 'intercepted ukraine shahed-136 30' },
  'intercepted:passive': { step: '13-intercepted', text: 'Twenty drones were shot down by Ukraine.', candidate: 'intercepted ukraine drone 20' },
  'intercepted:nominal': { step: '13-intercepted', text: 'The air force reported the destruction of all six Shahed drones.', candidate: 'intercepted ? shahed-136 6' },
  'intercepted:all-downed': {
    step: '19-close-sides',
    text: 'Russia fired 18 missiles at Kyiv. The barrage comprised six Kinzhal, nine Kalibr and three Iskander missiles. Ukraine shot down all 18 missiles.',
    candidate: 'intercepted ukraine kalibr 9',
  },
  'targeted:launched-at': { step: '11-launched', text: 'Russia fired 12 Kalibr missiles at Odesa overnight.', candidate: 'targeted russia odesa -' },
  'targeted:verb': { step: '14-targeted', text: 'Russia struck Kyiv overnight.', candidate: 'targeted russia kyiv -' },
  'targeted:passive': { step: '14-targeted', text: 'Kharkiv was hit by Iskander missiles on Monday.', candidate: 'targeted ? kharkiv -' },
  'targeted:noun': { step: '14-targeted', text: 'Poland counted the damage of the Russian attack on Lviv.', candidate: 'targeted russia lviv -' },
  'targeted:labelled-line': { step: '14-targeted', text: 'Russia attacked overnight.\nKharkiv and Lviv: blackouts after strikes on substations', candidate: 'targeted ? lviv -' },
  'targeted:where-clause': { step: '14-targeted', text: 'The worst damage was in Dnipro, where a missile hit a depot.', candidate: 'targeted ? dnipro -' },
  'targeted:fronted-place': { step: '14-targeted', text: 'In Dnipro, a hospital was damaged.', candidate: 'targeted ? dnipro -' },
  'targeted:casualties': { step: '14-targeted', text: 'Five people were killed in Kharkiv on Monday.', candidate: 'targeted ? kharkiv -' },
  'targeted:reported-in': { step: '14-targeted', text: 'Blasts were reported in Lviv and Dnipro.', candidate: 'targeted ? lviv -' },
  'targeted:focus': { step: '14-targeted', text: 'Drones struck overnight, focusing on Odesa.', candidate: 'targeted ? odesa -' },
  'targeted:official-place': { step: '14-targeted', text: 'The governor of the Kursk Oblast said two people were hurt in the drone attack.', candidate: 'targeted ? kursk-oblast -' },
  'targeted:hardest-hit': { step: '14-targeted', text: 'Drones struck overnight and the city of Odesa was the hardest hit.', candidate: 'targeted ? odesa -' },
  'targeted:weapons-at': { step: '14-targeted', text: 'Russia turned 40 drones against Odesa after dark.', candidate: 'targeted russia odesa -' },
  'targeted:after-impact': { step: '14-targeted', text: 'Fires broke out in Lviv after strikes on a depot.', candidate: 'targeted ? lviv -' },
  'targeted:damage': { step: '14-targeted', text: 'Shelling caused heavy damage in Lviv and Dnipro.', candidate: 'targeted ? lviv -' },
  'targeted:target-of': { step: '14-targeted', text: 'The main target of the Russian attack was Odesa.', candidate: 'targeted russia odesa -' },
  'targeted:under-attack': { step: '14-targeted', text: 'The port of Izmail came under fire before dawn.', candidate: 'targeted ? city:izmail -' },
  'requested:verb': { step: '15-requested', text: 'Volodymyr Zelenskyy asked NATO for more Patriot systems.', candidate: 'requested volodymyr-zelenskyy patriot -' },
  'requested:need-more': { step: '15-requested', text: '"Ukraine needs more air defence systems," Dmytro Kuleba said.', candidate: 'requested dmytro-kuleba air-defense-system -' },
  'requested:best-help': { step: '15-requested', text: 'The most useful help would be more IRIS-T systems, Dmytro Kuleba said.', candidate: 'requested dmytro-kuleba iris-t -' },
  'requested:list-item': { step: '15-requested', text: 'The ministry wrote to allies.\n\nDmytro Kuleba called on partners:\n1. to speed up deliveries of IRIS-T systems;\n2. to keep sanctions in place.', candidate: 'requested dmytro-kuleba iris-t -' },
  'requested:undelivered': { step: '15-requested', text: 'Dmytro Kuleba complained that the IRIS-T systems Kyiv requested in May have still not arrived.', candidate: 'requested dmytro-kuleba iris-t -' },
  'requested:wish-list': { step: '15-requested', text: 'Dmytro Kuleba submitted a list of IRIS-T systems to NATO.', candidate: 'requested dmytro-kuleba iris-t -' },
  'requested:naming': { step: '15-requested', text: 'Dmytro Kuleba asked NATO for more air defence systems before the winter, naming IRIS-T.', candidate: 'requested dmytro-kuleba iris-t -' },
  'requested:decision': { step: '15-requested', text: 'Odesa City Council\n\nMinutes of the session\n\nRESOLVED: to ask NATO for more IRIS-T systems.', candidate: 'requested organisation:odesa-city-council iris-t -' },
  'condemned:verb': { step: '16-condemned', text: 'NATO condemned the Russian attack on Kyiv.', candidate: 'condemned nato russia -' },
  'condemned:evaluative': { step: '16-condemned', text: 'Dmytro Kuleba called the shelling of Kharkiv a war crime.', candidate: 'condemned dmytro-kuleba ? -' },
  'condemned:copula': { step: '16-condemned', text: 'Dmytro Kuleba said the attack was a war crime.', candidate: 'condemned dmytro-kuleba ? -' },
  'condemned:judgement': { step: '16-condemned', text: '"Hitting a maternity ward is heinous," Dmytro Kuleba said after the strike.', candidate: 'condemned dmytro-kuleba ? -' },
  'condemned:noun': { step: '16-condemned', text: 'The shelling of Kharkiv drew swift condemnation from NATO.', candidate: 'condemned nato ? -' },
};

describe('each relation rule, run alone on a prepared context', () => {
  it.each(Object.entries(ROWS) as Array<[RuleId, Row]>)('%s', (rule, row) => {
    const context = prepareFor(row.step, row.text);
    // The rules of steps 11-16 push candidates; step 19 and the events step after it push closed relations.
    const layer = row.step === '19-close-sides' || row.step === '20-events' ? 'relations' : 'candidates';
    const before = context[layer].length;
    const pushed = runAlone(row.step, context, layer);
    expect(pushed.length).toBe(context[layer].length - before);
    const fired = pushed.filter((c) => c.rule === rule).map(describeRelation);
    expect(fired, `${row.step} on "${row.text}" pushed: ${pushed.map((c) => `${c.rule} ${describeRelation(c)}`).join('; ')}`).toContain(row.candidate);
  });
});
