/**
 * A small hand-built knowledge graph for the query tests: a few facts of the dev corpus (corpus/dev_*.txt, our own
 * articles) written as DocumentExtractions by hand, plus two invented wire reports that repeat the dev_01 attack
 * (same day) and add a later one, so the same-day deduplication of aggregate() is exercised.
 * Evidence sentences are paraphrases written for this fixture.
 */
import type { DocumentExtraction, ExtractedEntity, ExtractedRelation } from '../../src/extract/types.ts';
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

function doc(id: string, published: string | null, relations: ExtractedRelation[]): DocumentExtraction {
  const ids = new Set<string>();
  for (const r of relations) {
    ids.add(r.subject);
    ids.add(r.object);
    for (const a of r.addressee ?? []) ids.add(a);
  }
  offset = 0;
  return {
    document: { id, title: `Fixture article ${id}`, published, source: null, byline: null },
    entities: [...ids].map((key) => ENTITIES[key] as ExtractedEntity),
    relations,
    events: [],
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
    ]),
    doc('wire_01', '2023-05-16', [
      rel('russia', 'launched', 'kinzhal', 'A wire report repeated that Russia used six Kinzhal missiles.', 6),
      rel('russia', 'targeted', 'kyiv', 'The wire report said Russia struck Kyiv again.'),
    ]),
    doc('wire_02', '2023-05-20', [rel('russia', 'launched', 'kinzhal', 'Four days later Russia launched two more Kinzhals.', 2)]),
    doc('dev_03', '2023-01-16', [
      rel('russia', 'launched', 'kh-22', 'Russia fired five Kh-22 missiles at the city.', 5),
      rel('russia', 'targeted', 'dnipro', 'A Russian missile hit an apartment block in Dnipro.'),
      rel('yurii-ihnat', 'requested', 'patriot', 'Ihnat said Ukraine needs Patriot batteries.'),
      rel('european-union', 'condemned', 'russia', 'The EU condemned the Russian strike on Dnipro.'),
      rel('josep-borrell', 'condemned', 'russia', 'Borrell denounced the attack by Russia.'),
    ]),
    doc('dev_04', '2022-10-10', [
      rel('russia', 'launched', 'generic:cruise-missile', 'Russia launched 84 cruise missiles across the country.', 84),
      rel('russia', 'targeted', 'kyiv', 'Russian missiles hit central Kyiv in the morning.'),
      rel('european-union', 'condemned', 'russia', 'The European Union condemned the Russian barrage.'),
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
