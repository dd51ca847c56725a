/**
 * Table tests of session 25 (branch requested25): three classes of requests. (1) A participle of naming set off by a
 * comma after a request ("asked for more air defence systems, naming W and V") names more of what is asked for, of
 * the kind asked for. (2) Who asks past a phrase that is not the asker: an actor inside a participle aside right before
 * the verb ("X, meeting Y officials, asked ...") or whom a letter went to ("has written to the minister, Y, asking
 * ..."); the doer before them asks, and the doer's own verb carries its denial or plan. (3) A request noun with a
 * "that" clause of delivery ("renewed the appeal that partners send W", "It fell to X to make the request that Y
 * deliver W"). Every sentence is written for these tests (none is taken from a corpus). Negative rows: denials, plans,
 * questions, a threat named after a request, a naming after a condemnation, a thanks for systems delivered, a letter
 * of an unnamed body, a "that" clause of no request or of no delivery.
 */
import { describe, expect, it } from 'vitest';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['requested'], 'classes25');

const namingTail: RelationCase[] = [
  ['Dmytro Kuleba asked the allies for more air defence systems before the winter, naming NASAMS and IRIS-T.', ['requested dmytro-kuleba air-defense-system -', 'requested dmytro-kuleba iris-t -', 'requested dmytro-kuleba nasams -']],
  ['Andrii Sybiha wrote that Ukraine "needs more air defence systems, and needs them now", naming Patriot and SAMP/T.', ['requested andrii-sybiha air-defense-system -', 'requested andrii-sybiha patriot -', 'requested andrii-sybiha samp-t -']],
  ['Mayor Ihor Terekhov asked the General Staff for more anti-aircraft guns before the spring, listing Gepard first.', ['requested ihor-terekhov anti-aircraft-gun -', 'requested ihor-terekhov gepard -']],
  // A denial, a plan, a question: nothing named is asked for.
  ['Dmytro Kuleba did not ask the allies for more air defence systems, naming NASAMS and IRIS-T.', []],
  ['Dmytro Kuleba plans to ask the allies for more air defence systems, naming NASAMS.', []],
  ['Will Dmytro Kuleba ask the allies for more air defence systems, naming NASAMS?', []],
  // A threat named after the request is of another kind; a naming after a condemnation or a thanks asks nothing.
  ['Dmytro Kuleba asked the allies for more air defence systems after the strike, naming Kh-101 missiles as the threat.', ['requested dmytro-kuleba air-defense-system -']],
  ["Dmytro Kuleba condemned the night's strike, naming Kh-101 missiles and Shahed drones.", []],
  ['Dmytro Kuleba thanked Germany for the air defence systems it delivered, naming IRIS-T.', []],
];

const pastAside: RelationCase[] = [
  ['Prime Minister Denys Shmyhal, meeting European Commission officials in Brussels, asked the European Union to finance more air defence systems.', ['requested denys-shmyhal air-defense-system -']],
  ['Dmytro Kuleba, visiting Annalena Baerbock in Berlin, asked Germany for more IRIS-T systems.', ['requested dmytro-kuleba iris-t -']],
  ['Mayor Borys Filatov has written to the defence minister, Rustem Umerov, asking for Gepard guns for the port.', ['requested borys-filatov gepard -']],
  // A denial or a plan of the writer, a letter of an unnamed body, a question.
  ['Mayor Borys Filatov has not written to the defence minister, Rustem Umerov, asking for Gepard guns.', []],
  ['Mayor Borys Filatov plans to write to the defence minister, Rustem Umerov, asking for Gepard guns.', []],
  ["The council's letter to the defence minister, Rustem Umerov, urging him to send more IRIS-T systems, went unanswered.", []],
  ['Did Prime Minister Denys Shmyhal, meeting European Commission officials in Brussels, ask the European Union for more air defence systems?', []],
];

const thatDelivers: RelationCase[] = [
  ["Dmytro Kuleba renewed Ukraine's appeal that partners send seven more Patriot systems.", ['requested dmytro-kuleba patriot 7']],
  ["Mayor Ihor Terekhov repeated the city's plea that Germany supply two more IRIS-T launchers.", ['requested ihor-terekhov iris-t 2']],
  ['Governor Oleh Syniehubov lodged a request that the General Staff deliver Gepard guns to the region.', ['requested oleh-syniehubov gepard -']],
  ['It was left to Dmytro Kuleba, the foreign minister, to make the request that partners deliver more NASAMS launchers.', ['requested dmytro-kuleba nasams -']],
  ['It fell to Andrii Sybiha, speaking in Brussels, to make the appeal that the allies send more IRIS-T systems.', ['requested andrii-sybiha iris-t -']],
  // A denial, a plan, a question; a "that" clause after no request noun, or of no delivery.
  ["Mayor Ihor Terekhov did not repeat the city's plea that Germany supply two more IRIS-T launchers.", []],
  ['Dmytro Kuleba will make an appeal that partners send more Patriot systems next week.', []],
  ['Did Dmytro Kuleba renew the appeal that partners send more Patriot systems?', []],
  ['The ministry made the point that partners had sent Patriot systems already.', []],
  ['Dmytro Kuleba rejected the claim that partners send Patriot systems too slowly.', []],
  ['It was left to Dmytro Kuleba, the foreign minister, to answer the request that Kyiv explain the Patriot losses.', []],
];

const TABLES: [string, RelationCase[]][] = [
  ['a participle of naming after a request', namingTail],
  ['the asker past a participle aside or an addressee', pastAside],
  ['a request noun with a "that" clause of delivery', thatDelivers],
];

describe.each(TABLES)('classes of session 25 (requested25): %s', (_title, rows) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
