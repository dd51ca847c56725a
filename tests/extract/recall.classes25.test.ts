/**
 * Session 25 (branch recall25): two recall classes of issue 10.
 *
 * 1. Counted nouns of downing (`intercepted:counted-downings`): a number right before a plural noun of downing (class
 *    interceptNoun, grown by WordNet's kill%1:04:01, "the destruction of an enemy plane or ship or tank or missile")
 *    counts weapons downed: "Air Command East reported 17 kills", "its crews made 13 kills among the drones". The
 *    weapons come after "among", else from what was told before (one weapon, or several of one class: their class).
 * 2. Moral judgements of contempt (class moralJudgement, grown by WordNet's cynical%5:00:00:distrustful:00,
 *    cynicism%1:12:00:: and murderer%1:18:00::): "called the strike a cynical attack on a city of refugees", "the work
 *    of murderers".
 *
 * Every sentence is written for these tests; negative rows hold a denial, a question, a plan, a negated verb, kills of
 * people, weapons of two classes that share one count, concern and regret, and a cynical claim judged by the attacker.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes25');
const WAVE = 'Russia launched 64 drones at Ukraine overnight, the Ukrainian Air Force said. ';

describe('a number before a plural noun of downing counts weapons downed (intercepted:counted-downings)', () => {
  const cases: [string, string, string[]][] = [
    ['a command reports N kills', `${WAVE}Air Command East reported 17 kills.`, ['intercepted ukraine drone 17']],
    ['crews made N kills among the weapons', 'The Ukrainian Air Force said Russia had sent 40 Shahed drones overnight. Its crews made 13 kills among the Shaheds.', ['intercepted ukraine shahed-136 13']],
    ['N kills after a where-clause', 'Russian drones were aimed at the Mykolaiv region overnight, where Air Command South reported 19 kills.', ['intercepted ukraine drone 19']],
    ['the other side counts its own kills', 'Russia said its air defences made 12 kills among the Ukrainian drones over the Kursk region.', ['intercepted russia drone 12']],
    ['several weapons of one class share the count', 'Russia fired 18 Kh-101 and Kh-555 cruise missiles at Ukraine overnight. Air defence crews scored 15 kills.', ['intercepted ukraine cruise-missile 15']],
    // negatives: no number, a negated verb, a question, a plan, people killed, two classes sharing one count
    ['no kills', `${WAVE}The crews made no kills over the Sumy region.`, []],
    ['a negated report', `${WAVE}The air force did not report 17 kills.`, []],
    ['a question', `${WAVE}Did the mobile crews really make 17 kills?`, []],
    ['a plan', `${WAVE}The crews hope to make 30 kills a night.`, []],
    ['a verb of killing people', `${WAVE}The governor said the strike kills 3 people a week in the region.`, []],
    ['two classes share one count', 'Russia sent 80 drones and six missiles at Ukraine overnight. The air force reported 61 kills.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text, ['intercepted']).map((r) => r.replace(/^(\S+ \S+ \S+ \S+).*/, '$1'))).toEqual(expected);
  });
});

describe('judgements of contempt make a statement a condemnation (moralJudgement: cynical, cynicism, murderer)', () => {
  const STRIKE = 'Russian missiles struck Odesa overnight. ';
  const cases: [string, string, string[]][] = [
    ['called the strike a cynical attack', `${STRIKE}Italy's foreign minister, Antonio Tajani, called the strike "a cynical attack on a city of refugees".`, ['condemned antonio-tajani russia -']],
    ['said the strike was cynical', `${STRIKE}Gennadiy Trukhanov said the strike on the port was cynical and cold.`, ['condemned hennadiy-trukhanov russia -']],
    ['deplored the cynicism of a state', `${STRIKE}Antonio Tajani deplored the cynicism of a state that aims its missiles at sleeping towns.`, ['condemned antonio-tajani russia -']],
    ['the work of murderers', `${STRIKE}Antonio Tajani called the strike "the work of murderers".`, ['condemned antonio-tajani russia -']],
    // negatives: concern, regret, a denial, a question, the attacker judging a claim
    ['concern only', `${STRIKE}Antonio Tajani said he was deeply concerned by the strike.`, []],
    ['regret only', `${STRIKE}Antonio Tajani expressed regret and called for talks.`, []],
    ['a denial', `${STRIKE}Antonio Tajani did not call the strike cynical.`, []],
    ['a question', `${STRIKE}Was the strike on Odesa a cynical act?`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text, ['condemned'])).toEqual(expected);
  });
});
