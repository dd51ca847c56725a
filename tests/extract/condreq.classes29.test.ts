/**
 * Session 29 (branch condreq29): requested and condemned on new text (issue 10).
 *
 * 1. A negated infinitive after a verb of asking ("urged residents not to film the work of air defence crews", "asked
 *    the public not to post ..."): what the request asks not to be done names no weapon asked for, up to a coordinated
 *    infinitive ("..., and to send X"). A verb of holding a delivery back (lexicon holdBackVerbs: "not to delay the
 *    IRIS-T systems") still asks for the weapons (step 15, negatedInfinitive).
 * 2. "X, the <title>, was quick to denounce ...": an adjective after a form of "be" before the infinitive takes the doer
 *    of "be", so the title aside after the person is passed over as before any verb (frames.ts agentLeft,
 *    beBeforeAdjective, then personAside). This is also the fold of session 28's two implementations of "X, the
 *    <title> of Y, <verb>": condemned's titledPersonBefore is gone, agentLeft's personAside serves every rule.
 * 3. The "by" agent right after a moral judgement names its doer ("another act of terror by Russia"), also when the
 *    article's attacker found elsewhere is another side (16-condemned.ts judgementAgent).
 * 4. A verb that charges its doer with terror (new lexicon class judgementVerb, grown from WordNet's terrorize%2:41:00)
 *    is read with the moral judgements: "called the strike another attempt by Moscow to terrorise cities".
 * 5. Once the object of a condemnation names its doer ("Russia's attempt to annex ..."), a state inside a prepositional
 *    phrase after it ("regions of Ukraine") is where the act fell, not a second doer.
 *
 * Every sentence is written for these tests; negative rows hold concern, a plan, a denial and other readings.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['condemned', 'requested'], 'classes29');
const NIGHT = 'Russian drones struck Sumy overnight, and one hit a school. ';

describe('a negated infinitive after a verb of asking asks for no weapon', () => {
  const cases: [string, string, string[]][] = [
    // the class: asked not to do something with the weapons' work
    ['urged residents not to film', `${NIGHT}Governor Ivan Savchuk urged residents not to film the work of air defence crews.`, []],
    ['asked the public not to film or post', `${NIGHT}Ivan Savchuk asked the public, once again, not to film or post the positions of air defence units.`, []],
    ['called on ... not to share', `${NIGHT}The air force called on residents not to share videos of air defence systems at work.`, []],
    // kept: a delivery held back, a coordinated infinitive of delivery, a plain request
    ['not to delay', `${NIGHT}Ivan Savchuk urged Germany not to delay the IRIS-T systems any longer.`, ['requested person:ivan-savchuk iris-t -']],
    ['not to ..., and to send', `${NIGHT}Ivan Savchuk urged partners not to look away, and to send more Patriot systems.`, ['requested person:ivan-savchuk patriot -']],
    ['a plain request', `${NIGHT}Ivan Savchuk urged Germany to send more IRIS-T systems.`, ['requested person:ivan-savchuk iris-t -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('"X, the <title>, was quick to <verb>": the person named before the title acts', () => {
  const cases: [string, string, string[]][] = [
    ['was quick to denounce', `${NIGHT}Jonas Petraitis, the Lithuanian foreign minister, was quick to denounce the strike on the school.`, ['condemned person:jonas-petraitis russia -']],
    ['was swift to condemn', `${NIGHT}Anna Kowalska, the Polish ambassador to Ukraine, was swift to condemn the attack.`, ['condemned person:anna-kowalska russia -']],
    ['was quick to ask', `${NIGHT}Olena Marchuk, the Ukrainian deputy minister, was quick to ask Germany for more IRIS-T systems.`, ['requested person:olena-marchuk iris-t -']],
    // negatives: concern, a denial, no title aside (the state stays), the title aside still passed over before a verb
    ['concern', `${NIGHT}Jonas Petraitis, the Lithuanian foreign minister, was quick to express deep concern.`, []],
    ['a denial', `${NIGHT}Jonas Petraitis, the Lithuanian foreign minister, was not quick to condemn anyone.`, []],
    ['no aside: the state', `${NIGHT}Lithuania was quick to condemn the strike on the school.`, ['condemned lithuania russia -']],
    ['a verb after the aside', `${NIGHT}Jonas Petraitis, the Lithuanian foreign minister, condemned the strike on the school.`, ['condemned person:jonas-petraitis russia -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the "by" agent after a moral judgement names the doer', () => {
  // The attack told first is the other side's: only the judgement names whose act it judges.
  const OTHER = 'Ukrainian drones struck an oil depot in Belgorod overnight. ';
  const cases: [string, string, string[]][] = [
    ['act of terror by Russia', `${OTHER}In Odesa, Mayor Ivan Petrenko called the morning's launch "another act of terror by Russia against a seaside city".`, ['condemned person:ivan-petrenko russia -']],
    ['war crime by Moscow', `${OTHER}Ivan Petrenko called the shelling of the Odesa market "a war crime by Moscow against traders".`, ['condemned person:ivan-petrenko russia -']],
    // negatives: concern (no judgement), a state after a participle is no doer (the attacker told stays), a denial
    ['concern', 'Ivan Petrenko said he was deeply concerned by the launch.', []],
    ['witnessed by Poland', `${NIGHT}Ivan Petrenko called the launch "an act of terror witnessed by Poland".`, ['condemned person:ivan-petrenko russia -']],
    ['a denial', 'Ivan Petrenko did not call the launch an act of terror by Russia.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a verb that charges its doer with terror is a moral judgement (class judgementVerb)', () => {
  const cases: [string, string, string[]][] = [
    ['attempt by Moscow to terrorise', `${NIGHT}Oleh Marchenko, spokesman of the ministry, called the morning's attack "another attempt by Moscow to terrorise cities far from the front".`, ['condemned person:oleh-marchenko russia -']],
    ['the terrorising of', `${NIGHT}Oleh Marchenko called the night's attack the terrorising of a sleeping city.`, ['condemned person:oleh-marchenko russia -']],
    // negatives: fear without a judgement, concern, a denial
    ['frightened', `${NIGHT}Oleh Marchenko said the children were frightened by the attack.`, []],
    ['concern', `${NIGHT}Oleh Marchenko expressed concern about the attack on the school.`, []],
    ['a denial', `${NIGHT}Oleh Marchenko did not call the attack an attempt to terrorise anyone.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("a state in a prepositional phrase after the condemned act's doer is no second doer", () => {
  const cases: [string, string, string[]][] = [
    ['attempt to annex regions of Ukraine', 'The European Parliament voted to condemn Russia\'s attempt to annex four regions of Ukraine.', ['condemned european-parliament russia -']],
    // negatives: two doers coordinated, a doer named only after a preposition
    ['Russia and Belarus', 'Jonas Petraitis condemned Russia and Belarus for the attack.', ['condemned person:jonas-petraitis belarus -', 'condemned person:jonas-petraitis russia -']],
    ['the actions of Russia', 'Jonas Petraitis condemned the actions of Russia.', ['condemned person:jonas-petraitis russia -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
