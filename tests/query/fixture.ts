/**
 * A small hand-built knowledge graph for the query tests: a few facts of the dev corpus (corpus/dev_*.txt, our own
 * articles) written as DocumentExtractions by hand, plus two invented wire reports that repeat the dev_01 attack
 * (same day) and add a later one, so the same-day deduplication of aggregate() is exercised, and an invented article
 * (dev_05) that reports two nights on two cities, so weapons are credited only to the city their event targeted.
 * Each article's events are written as the extraction gives them (the dev_03 strike happened two days before the
 * article: event date 2023-01-14, published 2023-01-16). Evidence sentences are paraphrases written for this fixture.
 */
import type { DocumentExtraction, ExtractedEntity, ExtractedEvent, ExtractedRelation } from '../../src/extract/types.ts';
import type { EntityType, Predicate } from '../../src/domain/index.ts';
import { buildGraph } from '../../src/graph/build.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';

const ENTITIES: Record<string, ExtractedEntity> = {};
function entity(id: string, label: string, type: EntityType, aliases: string[] = [], extra: Partial<ExtractedEntity> = {}): void {
  ENTITIES[id] = { id, label, type, aliases: [label, ...aliases], generic: false, wikidata: null, ...extra };
}
entity('russia', 'Russia', 'Country', ['Russian', 'Moscow'], { wikidata: 'Q159' });
entity('ukraine', 'Ukraine', 'Country', ['Ukrainian'], { wikidata: 'Q212' });
entity('united-states', 'United States', 'Country', ['U.S.', 'Washington'], { wikidata: 'Q30' });
entity('european-union', 'European Union', 'Organisation', ['EU'], { wikidata: 'Q458' });
entity('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', 'Person', ['Volodymyr Zelensky', 'Zelenskiy'], { wikidata: 'Q3881' });
entity('yurii-ihnat', 'Yurii Ihnat', 'Person', ['Ihnat']);
entity('josep-borrell', 'Josep Borrell', 'Person', ['Borrell']);
entity('kyiv', 'Kyiv', 'City', ['Kiev'], { wikidata: 'Q1899' });
entity('lviv', 'Lviv', 'City', ['Lvov']);
entity('odesa', 'Odesa', 'City', ['Odessa']);
entity('shahed-136', 'Shahed-136', 'WeaponSystem', ['Shahed', 'Geran-2']);
entity('kh-101', 'Kh-101', 'WeaponSystem', ['X-101']);
entity('dnipro', 'Dnipro', 'City', ['Dnepr']);
entity('kinzhal', 'Kinzhal', 'WeaponSystem', ['Kinzhals', 'Kh-47M2']);
entity('kalibr', 'Kalibr', 'WeaponSystem', ['Kalibrs']);
entity('kh-22', 'Kh-22', 'WeaponSystem', ['Kh 22']);
entity('patriot', 'Patriot', 'WeaponSystem', ['Patriots', 'MIM-104 Patriot']);
entity('generic:cruise-missile', 'cruise missile', 'WeaponSystem', ['cruise missiles'], { generic: true });
entity('generic:air-defense-system', 'air defense system', 'WeaponSystem', ['air defences'], { generic: true });

let offset = 0;
function rel(subject: string, predicate: Predicate, object: string, text: string, count: number | null = null, addressee: string[] | null = null): ExtractedRelation {
  const start = offset;
  offset += text.length + 1;
  return { subject, predicate, object, count, addressee, evidence: { start, end: start + text.length, text } };
}

/** An event of one article: date, targets, and its lines as [weapon, launched, intercepted], claimed by `by`. */
interface EventSpec {
  date: string | null;
  targets: string[];
  lines: [string, number | null, number | null][];
  by?: string;
}

function doc(id: string, published: string | null, relations: ExtractedRelation[], events: EventSpec[] = []): DocumentExtraction {
  const ids = new Set<string>();
  for (const r of relations) {
    ids.add(r.subject);
    ids.add(r.object);
    for (const a of r.addressee ?? []) ids.add(a);
  }
  for (const e of events) {
    ids.add('russia');
    for (const t of e.targets) ids.add(t);
    for (const [w] of e.lines) ids.add(w);
    if (e.by) ids.add(e.by);
  }
  const evidence = relations[0]?.evidence ?? { start: 0, end: 0, text: '' };
  const extracted: ExtractedEvent[] = events.map((e, i) => {
    const weapons = e.lines.map(([weapon, launched, intercepted]) => ({ weapon, launched, intercepted }));
    return {
      id: `${id}#e${i + 1}`, kind: 'attack', date: e.date, attacker: 'russia', claimedBy: e.by ? [e.by] : [], weapons, targets: e.targets,
      evidence: [evidence], claims: [{ claimedBy: e.by ?? null, weapons, evidence: [evidence] }],
    };
  });
  offset = 0;
  return {
    document: { id, title: `Fixture article ${id}`, published, source: null, byline: null },
    entities: [...ids].map((key) => ENTITIES[key] as ExtractedEntity),
    relations,
    events: extracted,
  };
}

/** The fixture's extractions, one per document. */
export function fixtureExtractions(): DocumentExtraction[] {
  return [
    doc('dev_01', '2023-05-16', [
      rel('russia', 'launched', 'kinzhal', 'Overnight Russia fired six Kinzhal missiles at the capital.', 6),
      rel('russia', 'launched', 'kalibr', 'Nine Kalibr missiles were launched by Russia from the sea.', 9),
      rel('ukraine', 'intercepted', 'kinzhal', 'Ukraine said its defences downed all six Kinzhals.', 6),
      rel('russia', 'targeted', 'kyiv', 'Kyiv was the main target of the Russian raid.'),
      rel('volodymyr-zelenskyy', 'requested', 'generic:air-defense-system', 'Zelensky again asked allies for more air defences.'),
    ], [{ date: '2023-05-16', targets: ['kyiv'], lines: [['kinzhal', 6, 6], ['kalibr', 9, null]], by: 'ukraine' }]),
    doc('wire_01', '2023-05-16', [
      rel('russia', 'launched', 'kinzhal', 'A wire report repeated that Russia used six Kinzhal missiles.', 6),
      rel('russia', 'targeted', 'kyiv', 'The wire report said Russia struck Kyiv again.'),
    ], [{ date: '2023-05-16', targets: ['kyiv'], lines: [['kinzhal', 6, null]] }]),
    doc('wire_02', '2023-05-20', [rel('russia', 'launched', 'kinzhal', 'Four days later Russia launched two more Kinzhals.', 2)], [
      { date: '2023-05-20', targets: [], lines: [['kinzhal', 2, null]] },
    ]),
    doc('dev_03', '2023-01-16', [
      rel('russia', 'launched', 'kh-22', 'Russia fired five Kh-22 missiles at the city.', 5),
      rel('russia', 'targeted', 'dnipro', 'A Russian missile hit an apartment block in Dnipro.'),
      rel('yurii-ihnat', 'requested', 'patriot', 'Ihnat said Ukraine needs Patriot batteries.'),
      rel('european-union', 'condemned', 'russia', 'The EU condemned the Russian strike on Dnipro.'),
      rel('josep-borrell', 'condemned', 'russia', 'Borrell denounced the attack by Russia.'),
    ], [{ date: '2023-01-14', targets: ['dnipro'], lines: [['kh-22', 5, null]] }]),
    doc('dev_04', '2022-10-10', [
      rel('russia', 'launched', 'generic:cruise-missile', 'Russia launched 84 cruise missiles across the country.', 84),
      rel('russia', 'targeted', 'kyiv', 'Russian missiles hit central Kyiv in the morning.'),
      rel('european-union', 'condemned', 'russia', 'The European Union condemned the Russian barrage.'),
    ], [{ date: '2022-10-10', targets: ['kyiv'], lines: [['generic:cruise-missile', 84, null]] }]),
    doc('dev_05', '2023-05-30', [
      rel('russia', 'launched', 'shahed-136', 'On Monday night Russia sent 30 Shahed drones towards Lviv.', 30),
      rel('russia', 'targeted', 'lviv', 'The drones struck an energy site in Lviv.'),
      rel('russia', 'launched', 'kh-101', 'Two nights earlier four Kh-101 missiles were fired at Odesa.', 4),
      rel('russia', 'targeted', 'odesa', 'The missiles hit the port of Odesa.'),
    ], [
      { date: '2023-05-30', targets: ['lviv'], lines: [['shahed-136', 30, 25]] },
      { date: '2023-05-28', targets: ['odesa'], lines: [['kh-101', 4, null]] },
    ]),
    doc('dev_09', '2022-12-22', [
      rel('volodymyr-zelenskyy', 'requested', 'patriot', 'Zelenskyy asked Washington for Patriot systems.', null, ['united-states']),
    ]),
  ];
}

/** The fixture as a KnowledgeGraph (built by the graph module's own builder). */
export function fixtureGraph(): KnowledgeGraph {
  return buildGraph(fixtureExtractions());
}
