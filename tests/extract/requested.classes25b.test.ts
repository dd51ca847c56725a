/**
 * Table tests of session 25 (branch requested25b): two classes of requests. (1) A request noun that is the subject of
 * a passive verb of uttering asks through the verb's "by" agent past what stands between: an aside set off by commas
 * inside the subject phrase ("A fresh appeal for W, to be placed near Y, was made by X"), the "for" phrase itself set
 * off ("A second appeal, for W, was sent ... by X"), and an addressee with an article before "by" ("was sent to the
 * ministry by X"). (2) A subject pronoun after a relative clause set off by commas ("X, who met Y, said he had asked
 * him for W") stands for the person the clause is about, not for one named inside it. Every sentence is written for
 * these tests (none is taken from a corpus). Negative rows: a passive of refusal, a need that is no request, a plan, a
 * question, a thanks for delivered systems, a pronoun whose antecedent is the addressee.
 */
import { describe, expect, it } from 'vitest';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['requested'], 'classes25b');

const passiveAgent: RelationCase[] = [
  ['A new appeal for IRIS-T systems, to be placed near Odesa only, was sent to Berlin by Mayor Hennadiy Trukhanov on Monday.', ['requested hennadiy-trukhanov iris-t -']],
  ['A fresh plea for Gepard guns, drafted after the strike, was made by Governor Oleh Syniehubov on Tuesday.', ['requested oleh-syniehubov gepard -']],
  ['A second appeal, for NASAMS launchers, was sent to Berlin by Governor Oleh Syniehubov.', ['requested oleh-syniehubov nasams -']],
  ['A separate request, for two Skynex systems, was sent to the Ministry of Defence of Ukraine by Mayor Ihor Terekhov.', ['requested ihor-terekhov skynex 2']],
  ['A request for Gepard guns was sent to the government by Mayor Ihor Terekhov last week.', ['requested ihor-terekhov gepard -']],
  // A passive of refusal, a plan, a question: no request by the agent.
  ['A second appeal, for NASAMS launchers, was rejected by Berlin.', []],
  ['A new appeal for IRIS-T systems, to be placed near Odesa only, was turned down by Germany on Monday.', []],
  ['A second appeal, for NASAMS launchers, will be sent to Berlin by Governor Oleh Syniehubov next week.', []],
  ['Was a second appeal, for NASAMS launchers, sent to Berlin by Governor Oleh Syniehubov?', []],
  // A need stated in the aside is no request of the agent; thanks for delivered systems ask nothing.
  ['A letter, thanking Germany for the IRIS-T systems it delivered, was sent to Berlin by Mayor Ihor Terekhov.', []],
];

const pronounPastRelative: RelationCase[] = [
  ['Mayor Ihor Terekhov, who met Chancellor Olaf Scholz in Kyiv, said he had asked him for more IRIS-T systems.', ['requested ihor-terekhov iris-t -']],
  ['Governor Oleh Syniehubov, who spoke to Defence Minister Rustem Umerov on Monday, said he had asked him for two Gepard guns.', ['requested oleh-syniehubov gepard 2']],
  // The pronoun inside the clause, or after a clause that is no relative, keeps its nearest antecedent.
  ['Governor Oleh Syniehubov spoke to Defence Minister Rustem Umerov, who said he had asked Berlin for two Gepard guns.', ['requested rustem-umerov gepard 2']],
  // A denial, a plan, a question, a need that is no request.
  ['Mayor Ihor Terekhov, who met Chancellor Olaf Scholz in Kyiv, said he had not asked him for more IRIS-T systems.', []],
  ['Mayor Ihor Terekhov, who met Chancellor Olaf Scholz in Kyiv, said he would ask him for more IRIS-T systems next month.', []],
  ['Mayor Ihor Terekhov, who met Chancellor Olaf Scholz in Kyiv, asked whether he had sent the IRIS-T systems.', []],
  ['Mayor Ihor Terekhov, who met Chancellor Olaf Scholz in Kyiv, said he thanked him for the IRIS-T systems Germany delivered.', []],
];

const TABLES: [string, RelationCase[]][] = [
  ["the passive agent of a request noun past an aside or an addressee's article", passiveAgent],
  ['a subject pronoun after a relative clause', pronounPastRelative],
];

describe.each(TABLES)('classes of session 25 (requested25b): %s', (_title, rows) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
