/**
 * Session 28 (branch precision28): spurious relations of outlet reporting (issue 10), two classes that GUIDELINES.md
 * rules out, found first in the fresh outlet sets 44, 46 and 48 and counted in the older read sets.
 *
 * 1. A fronted place before a speaker and a verb of saying is the speaker's seat ("In Moscow, the ministry said ...").
 *    Step 14 read it as the place of the verb of attack or damage in the report, and already passed over weapons that
 *    a side "had destroyed" (an active downing). It now passes over, too, (a) weapons in the passive of that verb
 *    ("N drones had been destroyed over the X region": a downing, and where weapons were downed is no target) and
 *    (b) a strike whose doer, or the owner of whose weapon, is the side that holds the fronted place ("In Kyiv, the
 *    General Staff said its drones struck a depot", "In Moscow, the ministry said Russian forces had struck
 *    airfields"): a side does not strike its own capital, and step 19 used to turn such a strike into one by the other
 *    side. The place stays a target when the report names the other side's strike there ("In Kharkiv, the mayor said
 *    Russian drones had struck a school") or when no speaker stands between ("In Kharkiv, a drone struck ...").
 *    Read sets: cs48, cs21 (a report of downings, then a strike of the place's own side).
 * 2. A person's aside between the person and the verb ("Anna Berg, the Swedish ambassador to Ukraine, condemned",
 *    "X, talking to journalists after a call with his French counterpart, urged France to send ..."): the subject
 *    search stopped at the state or body named inside the aside (the demonym of the title, the counterpart's
 *    demonym). A title phrase opened by a determiner, or a participle clause, set off by commas right after a named
 *    person and before the verb (adverbs between allowed), is passed over as a relative clause is. Read sets: cs44
 *    (an ambassador's title), cs48 (a participle clause before "urged"), cs37 (a foreign minister's title).
 *
 * 3. A stated need whose own sentence says, in a later clause, that the speaker did not ask or held back from asking
 *    ("Kherson needs more guns, though he did not say whether he had asked for them", "the region needed air defence,
 *    but he stopped short of a new request"): step 15 read the need as a request. A clause after a major boundary
 *    (", but", ", though", ...) with a negation cue within five words before a verb or noun of asking (verbs of saying
 *    may stand between; another verb ends the negation's reach), or with a phrase of lexicon askWithholders ("stopped
 *    short of"), makes the need no request (GUIDELINES: negations are no relations). Read sets: cs44 (two), cs46.
 *
 * Every sentence is written for these tests. Rows beside the positives show the kept relation next to the dropped one
 * (the downing, the launch, the strike on the other side's region) and negatives keep the place or the subject.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const acts = (text: string): string[] => relationsFound(text, ['launched', 'intercepted', 'targeted'], 'classes28');
const targeted = (text: string): string[] => relationsFound(text, ['targeted'], 'classes28');
const judged = (text: string): string[] => relationsFound(text, ['condemned', 'requested'], 'classes28');

describe("a fronted place before a speaker is the speaker's seat", () => {
  const cases: [string, string, string[]][] = [
    // positives: no target at the fronted place; the downing and the launch beside it stay
    [
      'weapons destroyed in the passive',
      'In Moscow, the Defence Ministry said nine Ukrainian drones had been destroyed over the Kursk region overnight.',
      ['intercepted russia drone 9', 'launched ukraine drone 9'],
    ],
    [
      'downings, then a strike of the place’s own side',
      'In Moscow, the ministry claimed its air defences had downed 17 Ukrainian drones over the Bryansk region, and that Russian forces had struck military airfields.',
      ['intercepted russia drone 17', 'launched ukraine drone 17'],
    ],
    ['its own drones struck', 'In Kyiv, the Ukrainian General Staff said its drones had struck an oil depot overnight.', ['launched ukraine drone -']],
    [
      "the own side's strike on the other side's region",
      'In Kyiv, the General Staff said Ukrainian drones had hit a fuel depot in the Bryansk region.',
      ['launched ukraine drone -', 'targeted ukraine bryansk-oblast -'],
    ],
    ['its own forces struck', 'In Moscow, the ministry said Russian forces had struck military airfields overnight.', []],
    // negatives: the other side's strike at the fronted place, a passive strike, no speaker, the other side's capital
    ['the other side struck there', 'In Kharkiv, the mayor said Russian drones had struck a school.', ['launched russia drone -', 'targeted russia kharkiv -']],
    ['a passive strike', 'In Kharkiv, the mayor said a school had been struck by a drone.', ['launched russia drone -', 'targeted russia kharkiv -']],
    ['no speaker before the strike', 'In Kharkiv, a drone struck a school, the mayor said.', ['launched russia drone -', 'targeted russia kharkiv -']],
    ["a strike on the attacker's own city", 'In Belgorod, the governor said Ukrainian drones had hit a car park.', ['launched ukraine drone -', 'targeted ukraine belgorod -']],
    ['the city hit, told by its mayor', 'In Moscow, the mayor said Ukrainian drones had hit a tower block in the city overnight.', ['launched ukraine drone -', 'targeted ukraine moscow -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });

  it('keeps the strike of a later sentence on the same place', () => {
    const text = 'In Moscow, the Defence Ministry said six Ukrainian drones had been destroyed over the Oryol region.\n\nLater that night a Ukrainian drone hit a depot in Moscow, the mayor said.';
    expect(targeted(text)).toEqual(['targeted ukraine moscow -']);
  });
});

describe("a person's title or participle aside before the verb is no subject", () => {
  const cases: [string, string, string[]][] = [
    // positives: the person, not the state of the title or of the counterpart
    ['an ambassador told by a demonym', 'Anna Berg, the Swedish ambassador to Ukraine, condemned the attack on the Odesa port.', ['condemned person:anna-berg russia -']],
    ['an envoy told by a state abbreviation', 'Mark Holt, the U.S. envoy to NATO, condemned the strike on the Kyiv hospital.', ['condemned person:mark-holt russia -']],
    [
      'a participle clause, then an adverb',
      'Foreign Minister Dmytro Kuleba, talking to journalists in Kyiv after a call with his French counterpart, again urged France to send more SAMP/T systems.',
      ['requested dmytro-kuleba samp-t -'],
    ],
    // negatives: the title before the name, no aside, a body with a relative clause, a state told in the reported clause
    ['the title before the name', "Poland's foreign minister, Radoslaw Sikorski, condemned the attack.", ['condemned radosaw-sikorski russia -']],
    ['no aside', 'Dmytro Kuleba urged Germany to send Taurus cruise missiles.', ['requested dmytro-kuleba taurus -']],
    ['a body, not a person', 'The Swedish government, which holds the council chair, condemned the attack on Odesa.', ['condemned sweden russia -']],
    ['the state condemns in the reported clause', 'Anna Berg, the Swedish ambassador, said Sweden condemned the attack on Odesa.', ['condemned sweden russia -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(judged(text)).toEqual(expected);
  });
});

describe('a need whose sentence says no request was made is no request', () => {
  const cases: [string, string, string[]][] = [
    // positives: the need with a withheld or denied asking
    [
      'did not say whether he had asked',
      'Mayor Ivan Petrenko said Kherson needed more mobile anti-aircraft guns, though he did not say whether he had asked the army for them.',
      [],
    ],
    [
      'stopped short of saying whom he would ask',
      'Governor Oleh Kiper added that the region "needs more Gepard guns", though he stopped short of saying whom he would ask.',
      [],
    ],
    ['stopped short of a new request', 'Kiper said the region needed more mobile air defence near the ports, but he stopped short of a new request.', []],
    ['made no formal request', 'Governor Oleh Kiper said the region needed more Patriot systems, though he had made no formal request yet.', []],
    // negatives: a request told beside the need, a negation of another verb, a bare need, a negation of something else
    [
      'the request told beside the need',
      'Kiper said the region needed more mobile air defence near the ports, and he has asked the ministry for two Gepard guns.',
      ['requested oleh-kiper air-defense-system -', 'requested oleh-kiper gepard 2'],
    ],
    ['another verb negated', 'Governor Oleh Kiper said the region needed more Patriot systems, but partners have not answered its requests.', ['requested oleh-kiper patriot -']],
    ['a bare need', 'Mayor Ivan Petrenko said Kherson needed more mobile anti-aircraft guns.', ['requested person:ivan-petrenko anti-aircraft-gun -']],
    ['the delivery date unsaid', 'Dmytro Kuleba said Ukraine needed more IRIS-T systems, though he did not say when they would arrive.', ['requested dmytro-kuleba iris-t -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(judged(text)).toEqual(expected);
  });
});
