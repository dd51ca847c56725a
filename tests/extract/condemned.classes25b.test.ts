/**
 * Session 25 (branch condemned25b): condemnations by a body told by a common noun (issue 10). The body stands for
 * the organisation or state the document names before it (`descriptionFallback` in src/extract/relations/frames.ts):
 *
 * 1. A body of an organisation told by a common noun in the possessive ("the club's board condemned ...") is the
 *    organisation named earlier whose name ends with that noun ("... Hockey Club").
 * 2. A capitalised "the Government" / "this Government" with no state before it is the writer's own government: the
 *    nearest state named before (by name or by a civil body of it) that is no belligerent.
 * 3. A gathering (lexicon gatheringNouns: "the meeting", "the assembly") speaks for the organisation that holds it:
 *    the publisher of the letterhead, else the first actor of the text when it is an organisation; never a person
 *    named near it.
 *
 * Every sentence is written for these tests; negative rows hold a negated verb, a question, concern and regret,
 * calls for restraint, a condemnation asked for, a body that condemns someone else, a possessor named nowhere, and a
 * government of a belligerent.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['condemned'], 'classes25b');
const STRIKE = 'Russian missiles struck Vinnytsia overnight, killing four people. ';

describe("a body told by a common noun in the possessive is the organisation named before ('the club's board')", () => {
  const CLUB = `${STRIKE}The Podillia Hockey Club cancelled its Saturday game. `;
  const cases: [string, string, string[]][] = [
    ['the club’s board condemned', `${CLUB}The club's board condemned the attack in a short note.`, ['condemned organisation:podillia-hockey-club russia -']],
    ['an adjective before the head', `${CLUB}The club's executive committee condemned the strike on the city.`, ['condemned organisation:podillia-hockey-club russia -']],
    ['the board denounced', `${CLUB}The club's board denounced the shelling of homes.`, ['condemned organisation:podillia-hockey-club russia -']],
    // negatives: a negated verb, a question, concern, a possessor named nowhere, a condemnation of someone else
    ['a negated verb', `${CLUB}The club's board did not condemn anyone.`, []],
    ['a question', `${CLUB}Will the club's board condemn the attack?`, []],
    ['concern only', `${CLUB}The club's board voiced deep concern about the attack.`, []],
    ['a possessor named nowhere', `${STRIKE}The league's board condemned the attack.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a capitalised "the Government" is the state at peace named before it', () => {
  const ANSWER = 'A written answer from the Ministry of Foreign Affairs of Norway. ';
  const cases: [string, string, string[]][] = [
    ['the Government condemns', `${ANSWER}${STRIKE}The Government condemns this deliberate attack on civilians.`, ['condemned norway russia -']],
    ['this Government condemn', `${ANSWER}${STRIKE}This Government condemn it without reservation.`, ['condemned norway russia -']],
    ['the state named by name', `Norway gave Ukraine two air defence systems last year. ${STRIKE}The Government deplores the attack on the city.`, ['condemned norway russia -']],
    // negatives: regret, calls for restraint, a condemnation asked for, a negated verb, a belligerent's government
    ['regret only', `${ANSWER}${STRIKE}The Government regrets the loss of life.`, []],
    ['calls for restraint', `${ANSWER}${STRIKE}The Government calls on all sides to show restraint.`, []],
    ['a condemnation asked for', `${ANSWER}${STRIKE}The opposition asked whether the Government would condemn the attack.`, []],
    ['a negated verb', `${ANSWER}${STRIKE}The Government has not condemned the strike.`, []],
    ['a belligerent only', `${STRIKE}The Government condemns this deliberate attack on civilians.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a gathering speaks for the organisation that holds it, never for a person named near it', () => {
  const MINUTES = (body: string): string => `BERGEN UKRAINIAN CULTURAL CIRCLE\n\nMinutes of the monthly meeting held on 4 March 2024\n\nPresent: Ingrid Dahl (chair), Father Petro Sas\n\n${STRIKE}Father Sas read a prayer. ${body}\n`;
  const condemned = (text: string): string[] =>
    extractDocument({ ...ingestText(text, { id: 'minutes', format: 'txt', checkLanguage: false }), published: '2024-03-05' })
      .relations.filter((r) => r.predicate === 'condemned')
      .map((r) => `${r.subject} ${r.object}`)
      .sort();
  const cases: [string, string, string[]][] = [
    ['the meeting condemned', MINUTES('The meeting condemned the Russian attack on the city.'), ['organisation:bergen-ukrainian-cultural-circle russia']],
    ['the assembly denounced', MINUTES('The assembly unanimously denounced the strike.'), ['organisation:bergen-ukrainian-cultural-circle russia']],
    // negatives: concern, a negated verb, no letterhead (no person stands in for the gathering)
    ['concern only', MINUTES('The meeting expressed concern for the families.'), []],
    ['a negated verb', MINUTES('The meeting did not condemn anyone.'), []],
    ['no letterhead', `${STRIKE}Father Petro Sas read a prayer. The meeting condemned the Russian attack on the city.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(condemned(text)).toEqual(expected);
  });
});
