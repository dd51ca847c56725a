/**
 * Hostile names for the fault suite: quotes, angle brackets and markup, control characters (newline, escape, NUL),
 * bidirectional overrides, emoji, spreadsheet formulas and SPARQL/Turtle delimiters. `hostileExtractions` puts
 * them in entity labels, aliases, document ids and titles, evidence sentences and an event (buildGraph does not
 * carry events into the graph yet; the outputs will meet it once it does); `hostileGraph` builds the graph.
 * All text here is invented for the tests.
 */
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { buildGraph } from '../../src/graph/build.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';

/** One name per kind of trouble; the entity `hostile-<i>` is labelled with HOSTILE_NAMES[i]. */
export const HOSTILE_NAMES: readonly string[] = [
  'Quote "double" and \'single\'',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  'line\nbreak and\r\nCRLF',
  'esc\u001b[31mred\u001b[0m bell\u0007 nul\u0000',
  'tab\there',
  'rtl \u202etxt.exe\u202c mark\u200f',
  'emoji 🚀 flag 🇺🇦 family 👨\u200d👩\u200d👧',
  "-2+3+cmd|' /C calc'!A0",
  '=HYPERLINK("http://x.example","y")',
  '@SUM(1)',
  '} } GRAPH <http://x.example/> { <a> <b> <c> } ; DROP ALL ; #',
  'back\\slash \\u0022 %2F %00',
  '"""triple""" \'\'\'quotes\'\'\'',
];

const TYPES = ['Country', 'Person', 'City', 'Organisation', 'WeaponSystem', 'Region'] as const;

/** Two documents whose entities carry every hostile name, related to each other with hostile evidence. */
export function hostileExtractions(): DocumentExtraction[] {
  const entities = HOSTILE_NAMES.map((name, i) => ({
    id: `hostile-${i}`,
    label: name,
    type: TYPES[i % TYPES.length]!,
    aliases: [`${name} alias`, name.toUpperCase()],
    generic: false,
    wikidata: null,
  }));
  const relations = HOSTILE_NAMES.slice(1).map((name, i) => ({
    subject: `hostile-${i}`,
    predicate: (['launched', 'targeted', 'condemned', 'requested', 'intercepted'] as const)[i % 5]!,
    object: `hostile-${i + 1}`,
    count: i % 3 === 0 ? i + 1 : null,
    addressee: null,
    evidence: { text: `Evidence with ${name} inside.`, start: i * 40, end: i * 40 + 30 },
  }));
  const firstId = 'doc "one" <b>\n\u202e';
  // an event whose attacker, weapon, target, claimant and evidence carry hostile names
  const evidence = [{ text: `Evidence with ${HOSTILE_NAMES[8]} and ${HOSTILE_NAMES[3]} inside.`, start: 600, end: 640 }];
  const weapons = [{ weapon: 'hostile-4', launched: 12, intercepted: 10 }];
  const events = [
    { id: `${firstId}#e1`, kind: 'attack' as const, date: '2024-03-01', attacker: 'hostile-0', claimedBy: ['hostile-3'], weapons, targets: ['hostile-2'], evidence, claims: [{ claimedBy: 'hostile-3', weapons, evidence }] },
  ];
  return [
    { document: { id: firstId, title: HOSTILE_NAMES[1]!, published: '2024-03-01', source: 'https://example.org/a?x="<y>"', byline: HOSTILE_NAMES[4]! }, entities, relations, events },
    { document: { id: 'emoji 🚀 doc', title: HOSTILE_NAMES[8]!, published: null, source: null, byline: null }, entities: entities.slice(0, 4), relations: relations.slice(0, 2), events: [] },
  ];
}

/** The knowledge graph of `hostileExtractions`. */
export function hostileGraph(): KnowledgeGraph {
  return buildGraph(hostileExtractions());
}
