/**
 * Table tests of the `targeted` rules: attack verbs and nouns with places, passive, fronted places, "blasts were
 * reported in", possessives and demonyms as attackers, the default attacker from the place's side, and negatives.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

const cases: Array<[string, string[]]> = [
  ['Russia struck Kharkiv and Odesa with drones.', ['targeted russia kharkiv -', 'targeted russia odesa -']],
  ['Russian missiles targeting Lviv were shot down.', ['targeted russia lviv -']],
  // An adverb inside a two-word construction ("aimed chiefly at"); one outside any construction adds nothing.
  ["Russia's strike on Monday, aimed chiefly at Kyiv and Kharkiv, was the largest this year.", ['targeted russia kharkiv -', 'targeted russia kyiv -']],
  ['Russia fired missiles mainly at night; officials in Kyiv counted them.', []],
  // A participle coordinated with one after the comma of an attack clause; debris is no attacker.
  ['Russian drones pummelled Kyiv overnight, killing two people and damaging homes in Lviv.', ['targeted russia kyiv -', 'targeted russia lviv -']],
  ['Falling debris hit a car, injuring one man and damaging homes in Lviv.', []],
  // "X, an aside, was the main target": the place that opens the sentence; present tense or "of criticism" is none.
  ['Lviv, far in the west, was the main target, officials said.', ['targeted russia lviv -']],
  ['Lviv remains a key target.', []],
  ['Lviv was the main target of criticism.', []],
  // "took a direct hit" as "took the brunt"; "a direct approach" is no hit.
  ['A high-rise in Kyiv took a direct hit, officials said.', ['targeted russia kyiv -']],
  ['Kyiv took a direct approach to the talks.', []],
  // A weapon that itself "landed" in a place hit it; a downed one or the fragments of one did not.
  ['Russia fired missiles overnight. The missiles landed in Kharkiv and Lviv.', ['targeted russia kharkiv -', 'targeted russia lviv -']],
  ['A downed drone landed on a house in Kyiv.', []],
  ['Fragments of a missile landed on a house in Kyiv.', []],
  // "was set on fire / ablaze" is a strike on the place; what debris set on fire is not.
  ['A heating plant in Kharkiv was set on fire overnight.', ['targeted russia kharkiv -']],
  ['Falling debris set a car on fire in Lviv.', []],
  // A damage verb whose subject is a relative pronoun after an attack noun (over a time phrase); debris is no attack.
  ['The raid came a week after a strike on 3 May that damaged a metro station in Kyiv.', ['targeted russia kyiv -']],
  ['Officials described the strike, which damaged a school in Kharkiv, as deliberate.', ['targeted russia kharkiv -']],
  ['Debris that damaged a house in Lviv was collected.', []],
  // A number or "the other" as the subject makes an attack word a verb however it was tagged; no object, no verb.
  ['Russia fired two missiles. Of the two, one hit a depot in Kharkiv; the other struck Odesa.', ['targeted russia kharkiv -', 'targeted russia odesa -']],
  ['Russia fired two missiles at Lviv. The score was 2-1, and one hit the post.', ['targeted russia lviv -']],
  ["Ukraine's strike on Belgorod killed five people.", ['targeted ukraine belgorod -']],
  ['Russia carried out a massive attack on Kyiv overnight.', ['targeted russia kyiv -']],
  ['The barrage also hit energy facilities in Lviv.', ['targeted russia lviv -']],
  ['A shopping centre was struck in Odesa.', ['targeted russia odesa -']],
  ['In Kharkiv, a school was hit and two people were injured.', ['targeted russia kharkiv -']],
  ['Explosions were reported on Monday morning in Kyiv, Lviv and Odesa.', ['targeted russia kyiv -', 'targeted russia lviv -', 'targeted russia odesa -']],
  // A verb of observing says the same; a coordinated "in" goes on with the places.
  ['Russia launched drones overnight. Hits were recorded in Kyiv and in Lviv.', ['targeted russia kyiv -', 'targeted russia lviv -']],
  ['Russia launched drones overnight. Impacts were reported in Odesa.', ['targeted russia odesa -']],
  ['Russia launched drones overnight. Visitors were recorded in Odesa.', []],
  // A damage noun opening a timeline line, tagged as a proper noun.
  ['Russia launched drones at Ukraine overnight. At 03:30 the sirens sounded.\n\n03:40 - Explosions in Odesa; a depot burned.', ['targeted russia odesa -', 'targeted russia ukraine -']],
  ['Ukraine fired nine rockets at Belgorod.', ['targeted ukraine belgorod -']],
  ['The drones were aimed at Kursk Oblast.', ['targeted ukraine kursk-oblast -']],
  ['On Sunday night Kharkiv came under a massive drone attack.', ['targeted russia kharkiv -']],
  ['Ukraine hit a Russian airfield in Crimea with drones.', ['targeted ukraine crimea -']],
  ['Ukraine used drones to strike a command post in occupied Crimea.', ['targeted ukraine crimea -']],
  ['The attack on Odesa, which Russia carried out at night, killed three people.', ['targeted russia odesa -']],
  // A larger place after "in" only locates the target; a demonym before plural place nouns names more targets.
  ['Russian drones struck the town of Kharkiv in Crimea overnight.', ['targeted russia kharkiv -']],
  ['Russian drones struck Odesa in Ukraine overnight.', ['targeted russia odesa -']],
  ['Russian drones hit Belgorod in Kursk Oblast.', ['targeted russia belgorod -', 'targeted russia kursk-oblast -']],
  ['Russia fired missiles at Kyiv and other Ukrainian cities overnight.', ['targeted russia kyiv -', 'targeted russia ukraine -']],
  ['Russia fired missiles at the Ukrainian cities of Kyiv and Lviv.', ['targeted russia kyiv -', 'targeted russia lviv -']],
  ['Russia fired missiles at Kyiv, Lviv and Crimea overnight.', ['targeted russia crimea -', 'targeted russia kyiv -', 'targeted russia lviv -']],
  // A place singled out as the one hit hardest ("the hardest hit", "suffered the most", "hit hardest").
  ['Russia attacked Ukraine with drones overnight. Zelenskyy said the city of Odesa, on the coast and bordering Crimea, was the hardest hit.', ['targeted russia odesa -', 'targeted russia ukraine -']],
  ['Russia struck Kyiv overnight. The Podilskyi district suffered the most, officials said.', ['targeted russia kyiv -', 'targeted russia podilskyi-district -']],
  ['Russian missiles hit several cities. Lviv was hit hardest, the mayor said.', ['targeted russia lviv -']],
  ['Russia struck Kyiv overnight. Kharkiv suffered the most in the strike, Zelenskyy said.', ['targeted russia kharkiv -', 'targeted russia kyiv -']],
  ['Russia struck Kyiv overnight. Kharkiv suffered most from the power cuts of last winter, Zelenskyy said.', ['targeted russia kyiv -']],
  ['The economy of Lviv was the worst in years.', []],
  // An absolute "with" clause singles out its own subject ("with Kharkiv taking the worst of it").
  ['Russia fired drones at Ukraine overnight, with Kharkiv bearing the brunt of it.', ['targeted russia kharkiv -', 'targeted russia ukraine -']],
  ['Russia fired drones at Ukraine overnight, with Kharkiv taking the worst of the traffic jams.', ['targeted russia ukraine -']],
  ['Russia sent 40 drones and six missiles, and Kharkiv took most of it.', ['targeted russia kharkiv -']],
  // A launch "over" a country attacks it; over a city or a time it says nothing of the target.
  ['Russia sent 40 drones over Ukraine during the night.', ['targeted russia ukraine -']],
  ['Russia sent 40 drones over the weekend.', []],
  ['Ukraine shot down 40 drones over Russia.', []],
  // A focus verb whose subject is the attack names its main targets.
  ['Russia launched 40 drones and six missiles overnight, focusing mainly on Lviv and Kharkiv, the air force said.', ['targeted russia kharkiv -', 'targeted russia lviv -']],
  ['The Russian strikes concentrated on Odesa and the Podilskyi district.', ['targeted russia odesa -', 'targeted russia podilskyi-district -']],
  ['Russia struck Kyiv overnight. Zelenskyy said the government would focus on Lviv next year.', ['targeted russia kyiv -']],
  ['Russia launched 40 drones, Zelenskyy said, focusing on diplomacy with Poland.', []],
  // An official of one place reports an attack without naming where it hit: the official's place (same or next sentence).
  ['The governor of the Kursk Oblast said two people were hurt in the drone attack.', ['targeted ukraine kursk-oblast -']],
  ['Odesa Mayor Borrell said the overnight strike damaged a school.', ['targeted russia odesa -']],
  ['The governor of the southern region of Crimea said air defences downed ten drones over his region. The attack caused two fires.', ['targeted ukraine crimea -']],
  ['The governor of Kursk Oblast said the attack on Belgorod killed two people.', ['targeted ukraine belgorod -']],
  ['The governor of Kursk Oblast said the harvest was good.', []],
  ['The governor of Kursk Oblast said there was no attack overnight.', []],
  // Negatives: denial, plan, negation, question, hypothetical, places of interception.
  ['Russia fired two missiles at the city in eastern Ukraine on Sunday.', []],
  ['Moscow denied any strikes on Lviv.', []],
  ['Russia is preparing new strikes on Kyiv.', []],
  ['Officials said there was no attack on Poland.', []],
  ['Will Russia attack Odesa again?', []],
  ['If Ukraine strikes Belgorod, Moscow will respond.', []],
  ['Russian air defences destroyed 20 drones over Kursk Oblast.', []],
  ['The drones were launched from Crimea.', []],
  ['Zelenskyy asked the allies to allow strikes on Belgorod.', []],
  ['Russia used Shahed drones assembled at a plant in Kursk Oblast.', []],
  // A weapon destroying what is no weapon struck a place; air defences destroying drones did not.
  ['A Russian missile destroyed a school in Kharkiv.', ['targeted russia kharkiv -']],
  ['Russian drones destroyed part of a five-storey building in Odesa.', ['targeted russia odesa -']],
  ['Ukrainian air defences destroyed dozens of drones over Kyiv.', []],
  ['Polish F-16s destroyed three drones over Lviv.', []],
  // "took/bore the brunt": the subject's places, coordinated ones included; other objects of "took" are no impact.
  ['Russia struck overnight. Kharkiv and Odesa took the brunt.', ['targeted russia kharkiv -', 'targeted russia odesa -']],
  ['Russia struck overnight. Substations in Lviv and Dnipro bore the brunt of the attack.', ['targeted russia dnipro -', 'targeted russia lviv -']],
  ['Russia struck overnight. Lviv took the most time to restore power.', []],
  // "tore through", "crashed into": a weapon or attacker as subject strikes the place of the object; "block" tagged
  // as a verb inside the object phrase does not end it; a storm or debris strikes nothing.
  ['A Russian missile tore through an apartment block in Dnipro.', ['targeted russia dnipro -']],
  ['A drone crashed into a high-rise in Odesa.', ['targeted russia odesa -']],
  ['The storm tore through villages near Lviv.', []],
  ['Debris crashed into a house in Lviv.', []],
  // A fronted place where only debris fell is no target; one where a missile hit is.
  ['Russia struck Kharkiv overnight. In Lviv, debris fell on a gas pipe and injured two people.', ['targeted russia kharkiv -']],
  ['Russia struck Kharkiv overnight. In Lviv, a missile hit a gas pipe and injured two people.', ['targeted russia kharkiv -', 'targeted russia lviv -']],
  // A superlative with an impact noun ("the heaviest blows", "the worst damage"); a place that reports hits.
  ['Russia launched 40 drones overnight. Odesa and Lviv suffered the heaviest blows, officials said.', ['targeted russia lviv -', 'targeted russia odesa -']],
  ['Russia launched 40 drones overnight. The Podilskyi district took the worst damage.', ['targeted russia podilskyi-district -']],
  ['Russia launched 40 drones overnight. Odesa reported hits on port infrastructure.', ['targeted russia odesa -']],
  ['Russia launched 40 drones overnight. The mayor of Odesa reported hits on port infrastructure.', []],
  ['Russia launched 40 drones overnight. Odesa reported no problems with power.', []],
  // A fronted place at the start of a clause, not only of the sentence; a locating parenthesis; a pronoun subject.
  ['Russia launched 40 drones overnight; in Odesa a drone hit a house.', ['targeted russia odesa -']],
  ['Russia fired ten missiles, and in Dnipro they struck a factory.', ['targeted russia dnipro -']],
  ['Russia fired missiles overnight. In Dnipro (Podilskyi district) a missile struck a warehouse.', ['targeted russia dnipro -']],
  ['Russia struck Kharkiv overnight; in Lviv, debris fell on a roof.', ['targeted russia kharkiv -']],
  // An attack noun with a participle that performs it, then its agent and target.
  ['It was a drone attack carried out by Russia against Odesa in the early hours.', ['targeted russia odesa -']],
  ['The strikes launched against Kharkiv killed two people.', ['targeted russia kharkiv -']],
  // The states of embassies hit are no places hit; "Ukrainian shelling of Belgorod" is a noun phrase with its attacker;
  // a where-clause of debris names no target.
  ['Russia struck Kyiv overnight, damaging a building housing the embassies of Poland and the United States.', ['targeted russia kyiv -']],
  ['Russia said it acted in response to Ukrainian shelling of Belgorod.', ['targeted ukraine belgorod -']],
  ['Russia struck Kharkiv. Blasts rang out in Lviv, where debris of a downed drone damaged a car.', ['targeted russia kharkiv -']],
  ['Russia struck Kharkiv. Blasts rang out in Lviv, where a drone damaged a car.', ['targeted russia kharkiv -', 'targeted russia lviv -']],
  // Damage caused to objects in places; not what debris set fire to.
  ['Russia launched 40 drones overnight. As a result, damage was caused to energy facilities in Lviv and Odesa.', ['targeted russia lviv -', 'targeted russia odesa -']],
  ['Russia launched 40 drones overnight. Debris fell, and fragments set fire to a warehouse in Odesa.', []],
  // An adverb before a fronted place ("Here in Sumy, ..."); a fronted place of no damage is none.
  ['Russia launched drones overnight. Here in Odesa, drones hit a boiler house.', ['targeted russia odesa -']],
  ['Russia launched drones overnight. Here in Odesa, people slept in the metro.', []],
  // "destroyed" with an actor as the doer and no weapon as the patient is a strike; with weapons it is an interception.
  ['Russia destroyed a railway depot in Lviv overnight.', ['targeted russia lviv -']],
  ['Ukraine destroyed 30 drones over Lviv overnight.', []],
  // Debris of a downed weapon names no target, even with a damage verb.
  ['Debris from a downed Russian drone damaged a car park in Kyiv.', []],
  ['A Russian drone damaged a car park in Kyiv.', ['targeted russia kyiv -']],
  // "fell on" with weapons as the subject is a strike (also after a relative clause with its own negation); debris or
  // snow that fell names no target.
  ['Russia fired nine missiles overnight. The missiles that were not intercepted fell on Kyiv.', ['targeted russia kyiv -']],
  ['Russia fired nine missiles overnight. Two missiles fell on Lviv.', ['targeted russia lviv -']],
  ['Russia fired nine missiles overnight. Fragments and two missiles fell on Lviv.', []],
  ['Snow fell on Kyiv overnight.', []],
  // "burned" (class damageVerb, WordNet burn/burn down) with an attacker's weapon as the doer.
  ['Russian drones burned an oil depot in Odesa overnight.', ['targeted russia odesa -']],
  ['Farmers burned stubble near Odesa.', []],
  // A locating apposition of the subject before an impact clause ("A store in X, Y Oblast, burned down after a hit").
  ['Russia attacked overnight. A grain store in Kyiv, Podilskyi district, burned down after a direct hit.', ['targeted russia kyiv -', 'targeted russia podilskyi-district -']],
  ['Russia attacked overnight. A grain store in Kyiv, Podilskyi district, burned down after a short circuit.', []],
  // A city owning the subject of a passive strike is where it stands; a state owning it is not named by that.
  ["Russia attacked overnight. Lviv's refinery was hit again.", ['targeted russia lviv -']],
  // "came under attack" after a demonym inside the attack phrase, and after an apposition of the subject.
  ['Odesa came under a massive Russian drone attack overnight.', ['targeted russia odesa -']],
  ["Ukraine's second city, Kharkiv, came under attack overnight.", ['targeted russia kharkiv -']],
  ['Kharkiv came under criticism overnight.', []],
  // "among the hardest hit", "with X the worst hit": ranked places were hit.
  ['Russia launched 40 drones at Lviv overnight. Kharkiv and Odesa were among the hardest hit.', ['targeted russia kharkiv -', 'targeted russia lviv -', 'targeted russia odesa -']],
  ['Russia launched 40 drones at Lviv overnight, with Kharkiv the worst hit.', ['targeted russia kharkiv -', 'targeted russia lviv -']],
  ['Russia launched 40 drones at Lviv overnight. Kharkiv was among the hardest cities to reach.', ['targeted russia lviv -']],
  // The target noun as the subject: "The main targets were facilities in X and Y"; no place inside the complement, none.
  ['Russia launched 40 drones overnight. The main targets were energy facilities in Kyiv and Odesa.', ['targeted russia kyiv -', 'targeted russia odesa -']],
  ['Russia launched 40 drones overnight. The targets were unclear, officials in Kyiv said.', []],
  // "directed at" and "came down on" as "aimed at" and "fell on"; a subject headed by a noun of no attack aims at nothing.
  ['Russia fired a missile overnight. The missile was directed at Kharkiv, the air force said.', ['targeted russia kharkiv -']],
  ['Russia directed 30 drones against Kharkiv overnight.', ['targeted russia kharkiv -']],
  ['Russia attacked overnight. A Kh-101 missile came down on the harbour district of Odesa before dawn.', ['targeted russia odesa -']],
  ['Russia attacked overnight. Debris came down on a house in Odesa.', []],
  ['Russia attacked overnight. Rain came down on Odesa all day.', []],
  ['Russia attacked Lviv overnight. The criticism was directed at Odesa.', ['targeted russia lviv -']],
  ['Russia attacked Lviv overnight. Sanctions were aimed at Odesa.', ['targeted russia lviv -']],
  // ", and" before a state and its verb ends the attack noun's object; a city there may still be a place hit.
  ['Russia struck Lviv overnight. The minister wrote that it was "an attack on people in their homes, and Russia alone bears the blame".', ['targeted russia lviv -']],
  ['Missiles struck energy facilities in Lviv, and Kharkiv came under fire in the morning.', ['targeted russia kharkiv -', 'targeted russia lviv -']],
  // A line labelled with what happened lists the places hit; a part of it about debris names none.
  ['Russia attacked overnight.\n- Impacts: a grain terminal in Odesa; a depot in Lviv.', ['targeted russia lviv -', 'targeted russia odesa -']],
  ['Russia attacked overnight.\n- Damage: debris fell in Odesa; a depot burned in Lviv.', ['targeted russia lviv -']],
  ['Russia attacked overnight.\n- Contacts: the mayor of Odesa and the governor of Lviv.', []],
  // A participle after a noun, its agent, then the place; debris as the agent names no target.
  ['Russia attacked overnight. A factory hit by a Russian drone in Kharkiv burned.', ['targeted russia kharkiv -']],
  ['Russia attacked overnight. A car damaged by debris in Kyiv was towed.', []],
  // Weapons sent across a country; hits recorded at locations, most of them in named places.
  ['Russia sent 80 drones across Ukraine overnight.', ['targeted russia ukraine -']],
  ['Russia launched 20 drones. Hits were recorded at 12 locations, the air force said, most of them in Odesa and Lviv.', ['targeted russia lviv -', 'targeted russia odesa -']],
  ['Russia launched 20 drones. Hits were recorded at 12 locations, the air force said, and officials in Lviv praised the crews.', []],
];

describe('relations: targeted', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'targeted')).toEqual(expected);
  });
});
