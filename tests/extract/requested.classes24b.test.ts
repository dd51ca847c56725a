/**
 * Table tests of session 24 (branch requests24b): a request handed over as a document. A request noun after a verb of
 * handing over and its receiver ("sent the ministry a request for W") is asked by the doer of the verb, not by the
 * receiver; a list handed over ("handed Berlin a list topped by W", "sent a W wish list to the ministry") or filled by
 * its owner ("put W on his list") asks for the weapons it names. Every sentence is written for these tests (none is
 * taken from a corpus). Negative rows: a denial, a plan, a question, a list of something else, a
 * weapon said not to be on the list, a list of another body.
 */
import { describe, expect, it } from 'vitest';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['requested'], 'classes24b');

const handedRequest: RelationCase[] = [
  // The receiver between the verb and the request noun is whom the request went to.
  ['Mayor Ihor Terekhov said the city had sent the General Staff a request for more Gepard anti-aircraft guns.', ['requested ihor-terekhov gepard -']],
  ['Governor Oleh Syniehubov gave the Ministry of Defence of Ukraine a formal request for NASAMS launchers.', ['requested oleh-syniehubov nasams -']],
  ['Dmytro Kuleba handed Annalena Baerbock a fresh request for IRIS-T systems on Monday.', ['requested dmytro-kuleba iris-t -']],
  // A denial, a plan, a question: no request.
  ['Mayor Ihor Terekhov has not sent the General Staff a request for Gepard guns.', []],
  ['Mayor Ihor Terekhov plans to send the General Staff a request for Gepard guns.', []],
  ['Did Mayor Ihor Terekhov send the General Staff a request for Gepard guns?', []],
];

const requestList: RelationCase[] = [
  // A list handed over: its modifiers and what its head word opens.
  ['Dmytro Kuleba handed Annalena Baerbock a list topped by IRIS-T systems.', ['requested dmytro-kuleba iris-t -']],
  ['Governor Oleh Syniehubov sent a Gepard-and-Stinger wish list to the General Staff on Tuesday.', ['requested oleh-syniehubov gepard -', 'requested oleh-syniehubov stinger -']],
  ['Mayor Ihor Terekhov submitted a list of NASAMS launchers to the Ministry of Defence of Ukraine.', ['requested ihor-terekhov nasams -']],
  // A list filled by its owner.
  ['Mayor Ihor Terekhov put more Gepard guns on his list.', ['requested ihor-terekhov gepard -']],
  // A weapon not on the list, a denial, a plan, a list of something else, another body's list.
  ['Mayor Ihor Terekhov said NASAMS launchers were not on his list.', []],
  ['Mayor Ihor Terekhov did not put IRIS-T launchers on his list.', []],
  ['Mayor Ihor Terekhov will send the General Staff a list of IRIS-T launchers next week.', []],
  ['The Air Force added two Kh-101 missiles to its list of launches.', []],
  ['Mayor Ihor Terekhov sent the ministry a list of the casualties of the Shahed attack.', []],
  ['UNESCO put the old town of Odesa on its heritage list after the Kalibr strike.', []],
];

const TABLES: [string, RelationCase[]][] = [
  ['a request noun handed over to a receiver', handedRequest],
  ['a list handed over or filled', requestList],
];

describe.each(TABLES)('classes of session 24 (requests24b): %s', (_title, rows) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
