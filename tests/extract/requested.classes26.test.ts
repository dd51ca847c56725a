/**
 * Table tests of session 26 (branch requested26): the requests a body makes in its own minutes or resolution
 * (rule requested:decision). A clause the body decided has no subject of its own: "RESOLVED: to appeal to X with a
 * request to deploy W", the items of a list opened by "the Council DECIDED:" ("(a) to ask X for W"), and an item of a
 * resolution that opens with a request verb in the third person ("2. calls on X to deliver W"). Who asks is the body
 * that heads the document (its letterhead, else the organisation named first). Every sentence is written for these
 * tests (none is taken from a corpus). Negative rows: a decision that asks for nothing, a decision to refuse or to
 * thank for delivered systems, a plan, a question, a formula without a body heading the document, a request by
 * someone else inside the minutes.
 */
import { describe, expect, it } from 'vitest';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['requested'], 'classes26');

const HEAD = 'Odesa City Council\n\nMinutes of the extraordinary session, 3 March 2025\n\nPresent: 31 deputies.\n';
const RESOLUTION = 'Verkhovna Rada\n\nResolution on the night attack on Odesa\n\nThe Verkhovna Rada,\n';

const decided: RelationCase[] = [
  [`${HEAD}RESOLVED: to appeal to the Ministry of Defence of Ukraine with a request to station a Gepard anti-aircraft system near the port.`, ['requested organisation:odesa-city-council gepard -']],
  [`${HEAD}RESOLVED: to ask the Ministry of Defence of Ukraine for two IRIS-T launchers to cover the harbour.`, ['requested organisation:odesa-city-council iris-t 2']],
  [`${HEAD}The Council DECIDED:\n(a) to send to the Ministry of Defence of Ukraine a request for a NASAMS fire unit before the spring;\n(b) to publish the decision.`, ['requested organisation:odesa-city-council nasams -']],
  [`${HEAD}The Council DECIDED:\n(a) to thank the rescuers;\n(b) to ask the regional military administration to transfer 15 interceptor drones to the volunteer unit.`, ['requested organisation:odesa-city-council interceptor-drone 15']],
  [`${RESOLUTION}1. condemns the strike on Odesa by Russia;\n2. calls on the Cabinet of Ministers of Ukraine to deploy more IRIS-T systems to the south;`, ['requested verkhovna-rada iris-t -']],
  // A decision that asks for nothing, refuses, or thanks for what was delivered.
  [`${HEAD}RESOLVED: to take the report on the Gepard crews into account.`, []],
  [`${HEAD}RESOLVED: not to ask the Ministry of Defence of Ukraine for a Gepard system this year.`, []],
  [`${HEAD}RESOLVED: to thank Germany for the IRIS-T systems it delivered in the autumn.`, []],
  // A plan and a question are no decision to ask.
  [`${HEAD}RESOLVED: to consider at the next session whether to ask for a Gepard system.`, []],
  // Someone else's request told in the minutes is theirs, not the body's.
  [`${HEAD}HEARD: Deputy Ihor Terekhov, who said Kharkiv had asked Berlin for NASAMS launchers.`, ['requested ihor-terekhov nasams -']],
  // A numbered item without a resolution heading it: a news list asks through no body.
  ['1. Russia fired drones at Odesa overnight.\n2. asks Germany for more IRIS-T systems, the mayor said.', []],
];

const TABLES: [string, RelationCase[]][] = [
  ['a request decided by the body whose minutes or resolution it is', decided],
];

describe.each(TABLES)('classes of session 26 (requested26): %s', (_title, rows) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
