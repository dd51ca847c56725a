/**
 * Extractions with events, for the tests of the cross-article merge: a small builder (`article`, `report`), a
 * knowledge of weapon classes and sides written by hand (the facts of the gazetteer the tests need), and a seeded
 * generator of many reports of a few nights (`nightsCorpus`). Sentences are made up for these tests.
 */
import type { EventKind } from '../../src/domain/index.ts';
import type { DocumentExtraction, EventClaim, ExtractedEntity, ExtractedEvent, WeaponLine } from '../../src/extract/types.ts';
import type { EventKnowledge } from '../../src/graph/events.ts';

const TYPES: Record<string, ExtractedEntity['type']> = {
  russia: 'Country', ukraine: 'Country', poland: 'Country',
  'ukrainian-air-force': 'Organisation', 'russian-ministry-of-defence': 'Organisation', reuters: 'Organisation',
  'yurii-ihnat': 'Person',
  kyiv: 'City', lviv: 'City', kharkiv: 'City', odesa: 'City', dnipro: 'City', 'kyiv-oblast': 'Region',
  'shahed-136': 'WeaponSystem', 'kh-101': 'WeaponSystem', kalibr: 'WeaponSystem', kinzhal: 'WeaponSystem', 'iskander-m': 'WeaponSystem',
  drone: 'WeaponSystem', 'kamikaze-drone': 'WeaponSystem', missile: 'WeaponSystem', 'cruise-missile': 'WeaponSystem', 'ballistic-missile': 'WeaponSystem',
};
const GENERIC = new Set(['drone', 'kamikaze-drone', 'missile', 'cruise-missile', 'ballistic-missile']);
const CLASSES: Record<string, string[]> = {
  'shahed-136': ['kamikaze-drone', 'drone'], 'kamikaze-drone': ['drone'],
  'kh-101': ['cruise-missile', 'missile'], kalibr: ['cruise-missile', 'missile'], 'cruise-missile': ['missile'],
  kinzhal: ['missile'], 'iskander-m': ['ballistic-missile', 'missile'], 'ballistic-missile': ['missile'],
};
const SIDES: Record<string, string> = {
  russia: 'russia', ukraine: 'ukraine', poland: 'poland',
  'ukrainian-air-force': 'ukraine', 'yurii-ihnat': 'ukraine', 'russian-ministry-of-defence': 'russia',
};

/** The facts the merge reads, for the entities above. */
export const TEST_KNOWLEDGE: EventKnowledge = {
  weaponClasses: (weapon) => CLASSES[weapon] ?? [],
  sideOf: (entity) => SIDES[entity] ?? null,
  opponentOf: (side) => (side === 'russia' ? 'ukraine' : side === 'ukraine' ? 'russia' : null),
};

/** One claim of a report: who, and their lines as [weapon, launched, intercepted]. */
export interface ClaimSpec {
  by: string | null;
  lines: [string, number | null, number | null][];
}

/** One event of an article. */
export interface ReportSpec {
  kind?: EventKind;
  date: string | null;
  attacker?: string;
  targets?: string[];
  claims: ClaimSpec[];
}

const line = ([weapon, launched, intercepted]: [string, number | null, number | null]): WeaponLine => ({ weapon, launched, intercepted });

/** An article (`DocumentExtraction`) with the given events; its entities are every id the events name. */
export function article(id: string, published: string | null, reports: ReportSpec[]): DocumentExtraction {
  const ids = new Set<string>();
  let offset = 0;
  const sentence = (text: string) => {
    const start = offset;
    offset += text.length + 1;
    return { text, start, end: start + text.length };
  };
  const events: ExtractedEvent[] = reports.map((r, i) => {
    const attacker = r.attacker ?? 'russia';
    ids.add(attacker);
    for (const t of r.targets ?? []) ids.add(t);
    const claims: EventClaim[] = r.claims.map((c) => {
      if (c.by) ids.add(c.by);
      for (const [w] of c.lines) ids.add(w);
      return { claimedBy: c.by, weapons: c.lines.map(line), evidence: [sentence(`Report ${i + 1} of ${id}: a claim with ${c.lines.length} figures.`)] };
    });
    // The event's own lines: each weapon once, each number from the first claim that states it.
    const weapons: WeaponLine[] = [];
    for (const c of claims) {
      for (const w of c.weapons) {
        const own = weapons.find((o) => o.weapon === w.weapon);
        if (!own) weapons.push({ ...w });
        else {
          own.launched ??= w.launched;
          own.intercepted ??= w.intercepted;
        }
      }
    }
    return {
      id: `${id}#e${i + 1}`,
      kind: r.kind ?? 'attack',
      date: r.date,
      attacker,
      claimedBy: [...new Set(r.claims.map((c) => c.by).filter((b): b is string => b !== null))],
      weapons,
      targets: r.targets ?? [],
      evidence: claims.flatMap((c) => c.evidence),
      claims,
    };
  });
  return {
    document: { id, title: `Test article ${id}`, published, source: null, byline: null },
    entities: [...ids].sort().map((key) => ({ id: key, label: key, type: TYPES[key] ?? 'Organisation', aliases: [], generic: GENERIC.has(key), wikidata: null })),
    relations: [],
    events,
  };
}

/**
 * Two articles: two reports of one night (the Air Force and Russia's Defence Ministry in one, a class folded into its
 * system in the other) and an undated report without numbers.
 */
export function sampleEventArticles(): DocumentExtraction[] {
  return [
    article('ev_one', '2024-02-03', [
      {
        date: '2024-02-03',
        targets: ['lviv'],
        claims: [{ by: 'ukrainian-air-force', lines: [['kinzhal', 4, 3], ['shahed-136', 20, null]] }, { by: 'russian-ministry-of-defence', lines: [['kinzhal', 6, null]] }],
      },
    ]),
    article('ev_two', '2024-02-04', [
      { date: '2024-02-03', targets: ['lviv', 'kyiv'], claims: [{ by: null, lines: [['kinzhal', 5, null], ['drone', 24, 20]] }] },
      { date: null, targets: ['odesa'], claims: [{ by: null, lines: [['kalibr', null, null]] }] },
    ]),
  ];
}

/** A seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What one generated night really was: the Air Force's figures per weapon and the places hit. */
export interface Night {
  date: string;
  official: Record<string, [number, number]>;
  targets: string[];
}

/**
 * `reports` reports of `nights` Russian attacks (dates every third day from 2024-01-28, across month ends), each in an
 * article of its own or, for every tenth article, beside a report of the night before. Each report names a random part
 * of the night's weapons (sometimes only the class), some of its targets, and the Air Force's figures, a rounded
 * figure of its own, or none; every report shares a weapon or a target with the night. Seeded: always the same corpus.
 */
export function nightsCorpus(nights: number, reports: number, seed = 7): { articles: DocumentExtraction[]; nights: Night[] } {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const places = ['kyiv', 'lviv', 'kharkiv', 'odesa', 'dnipro', 'kyiv-oblast'];
  const weapons = ['shahed-136', 'kh-101', 'kalibr', 'kinzhal', 'iskander-m'];
  const days: Night[] = [];
  for (let i = 0; i < nights; i++) {
    const day = new Date(Date.UTC(2024, 0, 28 + 3 * i)).toISOString().slice(0, 10);
    const official: Record<string, [number, number]> = {};
    for (const w of weapons.filter((_w, j) => j === 0 || next() < 0.5)) {
      const launched = 5 + Math.floor(next() * 60);
      official[w] = [launched, Math.floor(launched * (0.6 + next() * 0.4))];
    }
    days.push({ date: day, official, targets: places.filter((_p, j) => j === i % places.length || next() < 0.3) });
  }
  const articles: DocumentExtraction[] = [];
  for (let r = 0; r < reports; ) {
    const night = days[r % nights] as Night;
    const id = `wire_${String(articles.length).padStart(4, '0')}`;
    const published = night.date;
    const specs: ReportSpec[] = [];
    const make = (n: Night): ReportSpec => {
      const named = Object.keys(n.official).filter((_w, j) => j === 0 || next() < 0.6);
      const claims: ClaimSpec[] = [];
      const mode = next();
      const lines = named.map((w): [string, number | null, number | null] => {
        const [launched, intercepted] = n.official[w] as [number, number];
        // A class in place of the system now and then ("drones" for Shahed-136), as reporters write.
        const weapon = next() < 0.15 ? ((CLASSES[w] ?? [w])[0] as string) : w;
        if (mode < 0.5) return [weapon, launched, intercepted];
        if (mode < 0.8) return [weapon, Math.round(launched / 10) * 10 || launched, null];
        return [weapon, null, null];
      });
      claims.push({ by: mode < 0.5 ? pick(['ukrainian-air-force', 'yurii-ihnat']) : null, lines });
      return { date: n.date, targets: n.targets.filter(() => next() < 0.6), claims };
    };
    specs.push(make(night));
    r += 1;
    if (articles.length % 10 === 9 && r < reports) {
      // This article also reports the night before (a different event of the same article).
      const before = days[(r - 2 + nights) % nights] as Night;
      if (before !== night) {
        specs.push(make(before));
        r += 1;
      }
    }
    articles.push(article(id, published, specs));
  }
  return { articles, nights: days };
}
