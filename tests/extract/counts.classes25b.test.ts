/**
 * Session 25 (branch numbers25b): interception numbers. Two classes, every sentence written for these tests.
 *
 * 1. A source that makes no claim that any of the weapons was downed ("made no claim that any of them had been
 *    intercepted", "gave no indication that either was stopped"): the weapons meant were downed 0 times, and no
 *    interception relation is made of it (on main the relation counted every weapon as downed). Negatives: no claim
 *    about something else, a question, a claim that is made.
 * 2. A weapon added to a downing by "along with", "together with" or "alongside" as an anaphor of weapons told in an
 *    earlier sentence ("All of the Kh-101s were downed, along with 20 of the drones"): the part counts the drones'
 *    interception (on main the anaphor was tested for the continuation at its antecedent's place and dropped).
 *    Negatives: homes, a question, a denial, a second clause with a verb of its own, the other side's claim.
 * 3. One weapon named in the singular with an article and no count, downed ("The missile was also shot down", "a
 *    Kh-59 guided missile was brought down", "downed 20 of the drones and the missile as well"), where its line says
 *    one was launched: one was downed (on main the line kept no interception). Negatives: three launched, a denial,
 *    debris of a downed missile, a question, the other side's claim.
 */
import { describe, expect, it } from 'vitest';
import { eventBrief, eventsOf, relationsFound } from './helpers.ts';

const PUBLISHED = '2025-03-10';
const MISSILES = 'Russia fired four Kalibr missiles at Odesa overnight, the Ukrainian Air Force said.';
const SALVO = 'Russia fired ten Kh-101 missiles and 30 Shahed drones at Kyiv overnight, the Ukrainian Air Force said.';

describe('a source that makes no claim that any was downed: none was, and no relation', () => {
  const cases: [string, string, string[]][] = [
    ['"any of them", sentence after', `${MISSILES} It made no claim that any of them had been intercepted.`, ['attack 2025-03-10 russia: kalibr 4/0']],
    ['"either", same sentence', 'Russia fired two Iskander-M missiles at Odesa overnight, the Ukrainian Air Force said, and made no claim that either had been intercepted.', ['attack 2025-03-10 russia: iskander-m 2/0']],
    ['"any of the missiles", a named whole', `Russia fired four Kalibr missiles and 20 Shahed drones at Odesa overnight, the Ukrainian Air Force said. It shot down 18 of the drones. There was no report that any of the Kalibr missiles was shot down.`, ['attack 2025-03-10 russia: kalibr 4/0, shahed-136 20/18']],
    ['"any of the four", a count', `${MISSILES} The statement gave no indication that any of the four was destroyed.`, ['attack 2025-03-10 russia: kalibr 4/0']],
    // negatives: a claim about something else, a question, a claim that is made
    ['no claim about something else', `${MISSILES} Air defence shot down three of them. It made no claim about the damage in the port.`, ['attack 2025-03-10 russia: kalibr 4/3']],
    ['a question', `${MISSILES} Was there no claim that any of them had been intercepted?`, ['attack 2025-03-10 russia: kalibr 4/-']],
    ['a claim that is made', `${MISSILES} It made the claim that all of them had been intercepted.`, ['attack 2025-03-10 russia: kalibr 4/4']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });

  it('no interception relation is made of a claim not made', () => {
    expect(relationsFound(`${MISSILES} It made no claim that any of them had been intercepted.`, ['intercepted'])).toEqual([]);
    expect(relationsFound('Russia fired two Iskander-M missiles at Odesa, the air force said, and made no mention that either was shot down.', ['intercepted'])).toEqual([]);
  });
});

describe('a weapon anaphor added to a downing by "along with", "together with", "alongside" counts its part', () => {
  const cases: [string, string, string[]][] = [
    ['"along with N of the drones" after a whole', `${SALVO} All of the Kh-101s were downed, along with 20 of the drones.`, ['attack 2025-03-10 russia: kh-101 10/10, shahed-136 30/20']],
    ['"together with" after "every one of"', `${SALVO} Every one of the Kh-101s was shot down, together with 24 of the drones.`, ['attack 2025-03-10 russia: kh-101 10/10, shahed-136 30/24']],
    ['"alongside" after a part', `${SALVO} Eight of the Kh-101s were destroyed, alongside 19 of the drones.`, ['attack 2025-03-10 russia: kh-101 10/8, shahed-136 30/19']],
    // negatives: homes, a question, a denial, a verb of its own, the other side's claim
    ['homes beside the downing', `${SALVO} All of the Kh-101s were downed, along with power in 20 of the homes.`, ['attack 2025-03-10 russia: kh-101 10/10, shahed-136 30/-']],
    ['a question', `${SALVO} Were all of the Kh-101s downed, along with 20 of the drones?`, ['attack 2025-03-10 russia: kh-101 10/-, shahed-136 30/-']],
    ['a denial', `${SALVO} The air force denied that all of the Kh-101s were downed along with 20 of the drones.`, ['attack 2025-03-10 russia: kh-101 10/-, shahed-136 30/-']],
    ['a second clause with a verb of its own', `${SALVO} All of the Kh-101s were downed, and 20 of the drones hit homes.`, ['attack 2025-03-10 russia: kh-101 10/10, shahed-136 30/-']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });

  it("the other side's claim about its own drones is no part of the salvo", () => {
    const text = `${SALVO} All of the Kh-101s were downed. Russia's defence ministry said its air defences had destroyed 12 Ukrainian drones over Belgorod, along with 20 of the drones.`;
    const brief = eventsOf(text, PUBLISHED).map(eventBrief).join(' | ');
    expect(brief).toContain('kh-101 10/10, shahed-136 30/-');
  });
});

describe('one weapon named in the singular and downed, of a line of one launched, is that one', () => {
  const ONE = 'Russia sent 30 Shahed drones and a Kh-59 missile at Sumy overnight, the Ukrainian Air Force said.';
  const cases: [string, string, string[]][] = [
    ['"the missile", its own sentence', `${ONE} Crews shot down 25 of the drones. The missile, aimed at the city, was also brought down.`, ['attack 2025-03-10 russia: kh-59 1/1, shahed-136 30/25']],
    ['"a Kh-59 ... was shot down"', `${ONE} A Kh-59 guided missile was shot down over the region, and 22 drones were destroyed.`, ['attack 2025-03-10 russia: kh-59 1/1, shahed-136 30/22']],
    ['"and the missile as well" after a counted part', `${ONE} Air defence downed 26 of the drones and the missile as well.`, ['attack 2025-03-10 russia: kh-59 1/1, shahed-136 30/26']],
    // negatives: three launched, a denial, debris, a question
    ['three launched', 'Russia sent 30 Shahed drones and three Kh-59 missiles at Sumy overnight, the Ukrainian Air Force said. The missile aimed at the city was brought down.', ['attack 2025-03-10 russia: kh-59 3/-, shahed-136 30/-']],
    ['a denial', `${ONE} The air force denied that the missile was shot down.`, ['attack 2025-03-10 russia: kh-59 1/-, shahed-136 30/-']],
    ['debris of a downed missile', `${ONE} Debris of the downed missile damaged a shop.`, ['attack 2025-03-10 russia: kh-59 1/-, shahed-136 30/-']],
    ['a question', `${ONE} Was the missile shot down?`, ['attack 2025-03-10 russia: kh-59 1/-, shahed-136 30/-']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });
});
