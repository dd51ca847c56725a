/**
 * Tests of the gazetteer data (ontology/gazetteer/*.json) and its loader/index (src/domain/gazetteer/index.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../src/errors.ts';
import { buildGazetteer, loadGazetteer } from '../../src/domain/gazetteer/index.ts';
import { runSteps, stepById } from '../../src/extract/index.ts';
import { lookupKey } from '../../src/domain/names.ts';
import { makeDoc } from '../extract/helpers.ts';
import type { GazetteerEntry } from '../../src/domain/gazetteer/types.ts';

const gaz = loadGazetteer();

describe('gazetteer data', () => {
  it('loads and validates, and the default instance is cached', () => {
    expect(gaz.entries.length).toBeGreaterThan(1000);
    expect(loadGazetteer()).toBe(gaz);
  });

  it('covers every sovereign state', () => {
    const countries = gaz.entriesOfType('Country');
    expect(countries.length).toBeGreaterThanOrEqual(197);
    for (const id of ['vatican-city', 'state-of-palestine', 'kosovo', 'taiwan', 'tuvalu', 'north-korea', 'south-sudan']) {
      expect(gaz.get(id)?.type, id).toBe('Country');
    }
  });

  it('gives every sovereign state a capital that is a City of that country (former states have none)', () => {
    const states = gaz.entriesOfType('Country').filter((c) => c.capital);
    expect(states.length).toBeGreaterThanOrEqual(197);
    expect(gaz.get('soviet-union')?.capital).toBeUndefined();
    for (const c of states) {
      const cap = c.capital ? gaz.get(c.capital) : undefined;
      expect(cap?.type, c.id).toBe('City');
      expect(cap?.country, c.id).toBe(c.id);
      expect(gaz.capitalOf(cap!.id)?.id).toBe(c.id);
    }
  });

  it('has all 24 Ukrainian oblasts and Crimea', () => {
    const oblasts = gaz.entriesOfType('Region').filter((e) => e.country === 'ukraine' && e.name.endsWith(' Oblast'));
    expect(oblasts.length).toBe(24);
    expect(gaz.get('crimea')?.type).toBe('Region');
  });
  it('has the raions of the 24 oblasts of the 2020 division (127 entries), each named "<seat> district" as well', () => {
    const raions = gaz.entriesOfType('Region').filter((e) => e.country === 'ukraine' && e.name.endsWith(' Raion'));
    expect(raions.length).toBe(127);
    for (const r of raions) expect(r.aliases, r.name).toContain(`${r.name.slice(0, -' Raion'.length)} district`);
  });

  it('has 80+ named weapon systems, each with a generic class', () => {
    const weapons = gaz.entriesOfType('WeaponSystem');
    const named = weapons.filter((w) => !w.generic);
    expect(named.length).toBeGreaterThanOrEqual(80);
    for (const w of named) expect(gaz.classOf(w.id)?.generic, w.id).toBe(true);
  });

  it('names generic classes by the singular, with plurals as aliases', () => {
    for (const [id, name, plural] of [
      ['cruise-missile', 'cruise missile', 'cruise missiles'],
      ['air-defense-system', 'air defense system', 'air defences'],
      ['drone', 'drone', 'drones'],
    ] as const) {
      const e = gaz.getOrThrow(id);
      expect(e.name).toBe(name);
      expect(e.generic).toBe(true);
      expect(e.aliases).toContain(plural);
    }
  });

  it('uses well-formed QIDs only', () => {
    for (const e of gaz.entries) if (e.wikidata !== null) expect(e.wikidata, e.id).toMatch(/^Q[1-9]\d*$/);
  });
});

describe('lookups', () => {
  const table: Array<[string, string, string]> = [
    // surface, expected id, expected type
    ['Kiev', 'kyiv', 'City'],
    ['Kyiv', 'kyiv', 'City'],
    ['KYIV', 'kyiv', 'City'],
    ['Kharkov', 'kharkiv', 'City'],
    ['Odessa', 'odesa', 'City'],
    ['Dnepropetrovsk', 'dnipro', 'City'],
    ['Zaporozhye', 'zaporizhzhia', 'City'],
    ['Washington', 'washington-d-c', 'City'],
    ['Kharkiv Oblast', 'kharkiv-oblast', 'Region'],
    ['Kharkov region', 'kharkiv-oblast', 'Region'],
    ['Kharkivska oblast', 'kharkiv-oblast', 'Region'],
    ['Belgorod Region', 'belgorod-oblast', 'Region'],
    ['Svyatoshynskyi district', 'sviatoshynskyi-district', 'Region'],
    ['Geran-2', 'shahed-136', 'WeaponSystem'],
    ['Shahed', 'shahed-136', 'WeaponSystem'],
    ['Tsirkon', 'zircon', 'WeaponSystem'],
    ['3M22', 'zircon', 'WeaponSystem'],
    ['Kh-47M2', 'kinzhal', 'WeaponSystem'],
    ['MIM-104 Patriot', 'patriot', 'WeaponSystem'],
    ['U.S.', 'united-states', 'Country'],
    ['US', 'united-states', 'Country'],
    ['UK', 'united-kingdom', 'Country'],
    ['Britain', 'united-kingdom', 'Country'],
    ['DPRK', 'north-korea', 'Country'],
    ['Zelensky', 'volodymyr-zelenskyy', 'Person'],
    ['Yuriy Ignat', 'yurii-ihnat', 'Person'],
    ['Organisation for Security and Cooperation in Europe', 'organization-for-security-and-co-operation-in-europe', 'Organisation'],
    ["Russia's Defense Ministry", 'russian-ministry-of-defence', 'Organisation'],
    ['Pentagon', 'united-states-department-of-defense', 'Organisation'],
    ['Latvian Saeima', 'saeima', 'Organisation'],
    ["Lithuania's parliament", 'seimas', 'Organisation'],
    ['Bundestag', 'bundestag', 'Organisation'],
    ['interceptor drones', 'interceptor-drone', 'WeaponSystem'],
    ['heavy machine guns', 'machine-gun', 'WeaponSystem'],
    ['anti-radar missiles', 'anti-radiation-missile', 'WeaponSystem'],
  ];
  it.each(table)('%s -> %s', (surface, id, type) => {
    const hits = gaz.lookupSurface(surface).filter((e) => e.type === type);
    expect(hits.map((e) => e.id)).toEqual([id]);
  });

  it.each([
    ['Russian', 'russia'],
    ['Russians', 'russia'],
    ['British', 'united-kingdom'],
    ['American', 'united-states'],
    ['Ukrainian', 'ukraine'],
    ['North Korean', 'north-korea'],
  ])('demonym %s -> %s', (surface, id) => {
    expect(gaz.demonymOf(surface)?.id).toBe(id);
  });

  it.each([
    ['moscow', 'russia'],
    ['kyiv', 'ukraine'],
    ['washington-d-c', 'united-states'],
    ['warsaw', 'poland'],
  ])('capital %s -> %s', (city, country) => {
    expect(gaz.capitalOf(city)?.id).toBe(country);
  });

  it('is not a capital when the city is none', () => {
    expect(gaz.capitalOf('kharkiv')).toBeNull();
    expect(gaz.capitalOf('no-such-city')).toBeNull();
  });

  it('resolves descriptions, roles, classes and parents', () => {
    expect(gaz.lookupDescription('the alliance').map((e) => e.id)).toContain('nato');
    expect(gaz.lookupDescription('The Bloc').map((e) => e.id)).toEqual(['european-union']);
    expect(gaz.lookupRole('mayor').map((e) => e.id)).toContain('vitali-klitschko');
    expect(gaz.classOf('kalibr')?.id).toBe('cruise-missile');
    expect(gaz.parentOf('ukrainian-air-force')?.id).toBe('armed-forces-of-ukraine');
  });

  it('keeps the two Kulebas apart and gives neither the bare surname', () => {
    expect(gaz.get('dmytro-kuleba')?.roles).toContain('foreign minister');
    expect(gaz.get('oleksiy-kuleba')).toBeDefined();
    expect(gaz.lookupSurface('Kuleba')).toEqual([]);
  });

  it.each([['Blorptown'], ['us'], ['un'], ['who'], ['patriot'], [''], ['the']])('unknown or unsafe surface %j gives nothing', (s) => {
    expect(gaz.lookupSurface(s)).toEqual([]);
    expect(gaz.demonymOf(s)).toBeNull();
  });

  it('throws NotFoundError for an unknown id in getOrThrow(), and get() gives undefined', () => {
    expect(() => gaz.getOrThrow('no-such-entity')).toThrow(NotFoundError);
    expect(gaz.get('no-such-entity')).toBeUndefined();
  });
});

describe('longest match in running text (the trie extraction matches with)', () => {
  const text = 'Kyiv Oblast was hit; the Kharkov region too. US officials said NASAMS and the Kinzhal missile; patriot values. KYIVAN';
  const matches = (input: string): string[] => {
    const context = runSteps(makeDoc(input), { gazetteer: gaz, steps: [stepById('01-tokens'), stepById('02-gazetteer')] });
    return context.mentions.map((m) => `${input.slice(m.start, m.end)}|${m.entity}`);
  };

  it('finds the longest forms, in any case when the form allows it, and nothing inside a word or a lower-case name', () => {
    expect(matches(text)).toEqual(['Kyiv Oblast|kyiv-oblast', 'Kharkov region|kharkiv-oblast', 'US|united-states', 'NASAMS|nasams', 'Kinzhal missile|kinzhal']);
  });
  it('reads "<city> district" as the raion and the city alone as the city', () => {
    expect(matches('Drones hit the Nizhyn district of Chernihiv Oblast; Nizhyn itself was calm.')).toEqual(['Drones|drone', 'Nizhyn district|nizhyn-raion', 'Chernihiv Oblast|chernihiv-oblast', 'Nizhyn|nizhyn']);
  });

  it('folds curly apostrophes and case (a state in possessive position is a mention of its own)', () => {
    expect(matches('RUSSIA’S DEFENCE MINISTRY said')).toEqual(['RUSSIA’S DEFENCE MINISTRY|russian-ministry-of-defence', 'RUSSIA|russia']);
  });

  it('finds demonyms', () => {
    expect(matches('Russian missiles')).toEqual(['Russian|russia', 'missiles|missile']);
  });
});

describe('validation', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const country = (over: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
    id: 'testland', name: 'Testland', type: 'Country', wikidata: null, aliases: [], capital: 'test-city', ...over,
  });
  const city: GazetteerEntry = { id: 'test-city', name: 'Test City', type: 'City', wikidata: null, aliases: [], country: 'testland' };

  const fixture = (files: Record<string, unknown>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
    dirs.push(dir);
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));
    return dir;
  };

  it('accepts a minimal valid gazetteer', () => {
    const g = loadGazetteer(fixture({ 'a.json': [country(), city] }));
    expect(g.capitalOf('test-city')?.id).toBe('testland');
  });

  // What breaks the fixture, and the path (entry index and field) the one-line message must name.
  const broken: Array<[string, unknown[], string]> = [
    ['duplicate id', [country(), city, { ...city }], '2.id (entry "test-city")'],
    ['unknown type', [country(), { ...city, type: 'Planet' }], '1.type:'],
    ['bad QID', [country({ wikidata: '159' }), city], '0.wikidata:'],
    ['capital does not resolve', [country({ capital: 'nowhere' }), city], '0.capital (entry "testland")'],
    ['country does not resolve', [country(), { ...city, country: 'atlantis' }], '1.country (entry "test-city")'],
    ['class is not generic', [country(), city, { id: 'x-1', name: 'X-1', type: 'WeaponSystem', wikidata: null, aliases: [], class: 'x-2' }, { id: 'x-2', name: 'X-2', type: 'WeaponSystem', wikidata: null, aliases: [], class: 'x-1' }], '2.class (entry "x-1")'],
    ['parent does not resolve', [country(), city, { id: 'org', name: 'Org', type: 'Organisation', wikidata: null, aliases: [], parent: 'ghost' }], '2.parent (entry "org")'],
    ['alias clash within a type', [country({ aliases: ['TL'] }), city, { ...country({ id: 'otherland', name: 'Otherland', aliases: ['tl'] }), capital: 'test-city' }], '2.aliases (entry "otherland")'],
    ['aliases not an array', [country({ aliases: 'Testy' as unknown as string[] }), city], '0.aliases:'],
    ['an empty alias', [country({ aliases: [' '] }), city], '0.aliases.0:'],
    ['an unknown field', [country(), { ...city, population: 3 }], '1:'],
    ['not an object', [country(), city, 42], '2:'],
  ];
  it.each(broken)('rejects a fixture with %s (one line naming the file and the field)', (_label, entries, path) => {
    const dir = fixture({ 'bad.json': entries });
    const err = (() => {
      try {
        loadGazetteer(dir);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toContain('bad.json');
    const message = (err as InputError).message;
    expect(message, message).toContain(`bad.json: ${path}`);
    expect(message).not.toContain('\n');
  });

  it('rejects invalid JSON, a non-array file, an empty folder and a missing folder', () => {
    expect(() => loadGazetteer(fixture({ 'x.json': '{not json' }))).toThrow(InputError);
    expect(() => loadGazetteer(fixture({ 'x.json': { id: 'a' } }))).toThrow(InputError);
    expect(() => loadGazetteer(fixture({ 'readme.txt': 'hi' }))).toThrow(InputError);
    expect(() => loadGazetteer(join(tmpdir(), 'no-such-gazetteer-dir-xyz'))).toThrow(InputError);
  });

  it('allows the same alias on entries of different types', () => {
    const g = buildGazetteer([{ file: 'mem', data: [country({ aliases: ['Tester'] }), { ...city, aliases: ['Tester'] }] }]);
    expect(g.lookupSurface('Tester').map((e) => e.type).sort()).toEqual(['City', 'Country']);
  });
});

describe('coverage of the gold sets', () => {
  // Gold entities of the dev set (ours) and the seeds (read from ../shared, never copied). One-off names that only
  // the name recogniser can find are allowed to be missing; the notable ones must be known.
  const norm = lookupKey;
  const forms = new Map<string, Set<string>>();
  for (const e of gaz.entries) {
    let set = forms.get(e.type);
    if (!set) forms.set(e.type, (set = new Set()));
    for (const f of [e.name, ...e.aliases, ...(e.demonyms ?? [])]) set.add(norm(f));
    const cap = e.capital ? gaz.get(e.capital) : undefined;
    if (cap) for (const f of [cap.name, ...cap.aliases]) set.add(norm(f));
  }
  const dirs = ['gold', '../shared/gold/seeds'];
  const golds = dirs.flatMap((d) => {
    try {
      return readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(d, f), 'utf8')) as { entities: Array<{ name: string; type: string; aliases?: string[] }> });
    } catch {
      return [];
    }
  });

  it('knows at least 95% of gold entities by name or alias, and every gold country and weapon system', () => {
    expect(golds.length).toBeGreaterThan(0);
    let total = 0;
    let known = 0;
    const missing: string[] = [];
    for (const g of golds) {
      for (const e of g.entities) {
        total++;
        const hit = [e.name, ...(e.aliases ?? [])].some((f) => forms.get(e.type)?.has(norm(f)));
        if (hit) known++;
        else if (e.type === 'Country' || e.type === 'WeaponSystem') missing.push(`${e.type} ${e.name}`);
      }
    }
    expect(missing).toEqual([]);
    expect(known / total).toBeGreaterThanOrEqual(0.95);
  });
});
