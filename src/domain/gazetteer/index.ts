/**
 * The gazetteer: known entities kept as data in ontology/gazetteer/*.json, loaded, validated and indexed ONCE, and
 * used as it is by extraction (the context's `gazetteer`), the scripts and the tests.
 *
 * Indexes, built when a `Gazetteer` is made:
 *  - id -> entry, type -> entries;
 *  - the token trie of every name, alias and demonym (./trie.ts): extraction's longest match, and surface lookups;
 *  - capital city -> country, region base name -> region ("Kharkiv" -> Kharkiv Oblast), generic class name -> class;
 *  - definite descriptions ("alliance" -> NATO), person roles ("mayor" -> mayors), the air forces;
 *  - people by their names with romanisation variants folded (built on first use).
 *
 *   const gaz = loadGazetteer();          // validated, cached per folder
 *   gaz.lookupSurface('Kharkov region')   // entries named by a surface form
 *   longestMatchAt(gaz.trie, tokens, keys, start, limit)   // the matcher of extraction step 02
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InputError, NotFoundError } from '../../errors.ts';
import { ENTITY_TYPES, type EntityType } from '../entities.ts';
import { descriptionPhrase, foldKey, variantName } from '../names.ts';
import { parseWith } from '../../util/schema.ts';
import { aliasForm, buildTrie, surfaceHits, type Trie } from './trie.ts';
import type { GazetteerEntry } from './types.ts';

/** The ids of states' armed forces (`armed-forces-of-ukraine`, `russian-armed-forces`). */
const ARMED_FORCE_ID = /(^|-)armed-forces(-|$)/;

export type { GazetteerEntry } from './types.ts';
export {
  caseAgrees, CaseMode, longestMatchAt, tokenEntry, tokenEntryById,
  type AliasHit, type GazetteerMatch, type MatchToken, type TokenEntry, type TokenStep, type Trie,
} from './trie.ts';

/** The folder of the project's gazetteer files. */
export const DEFAULT_GAZETTEER_DIR: string = fileURLToPath(new URL('../../../ontology/gazetteer/', import.meta.url));

/** Options of `loadGazetteer` / `buildGazetteer`. */
export interface GazetteerOptions {
  /** Report aliases shared by two entries of the same type as errors (default true). */
  strictAliases: boolean;
}

/** Defaults of `GazetteerOptions`. */
export const DEFAULT_GAZETTEER_OPTIONS: GazetteerOptions = { strictAliases: true };

const EMPTY: readonly GazetteerEntry[] = Object.freeze([]);
const REGION_SUFFIX = /\s+(oblast|region|province|krai|raion|district)$/i;
const DISTRICT_SUFFIX = /\s+(?:raion|district)$/i;

/** Pushes `entry` onto the list of `key` unless it is there. */
function push(map: Map<string, GazetteerEntry[]>, key: string, entry: GazetteerEntry): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  if (!list.includes(entry)) list.push(entry);
}

/** An indexed gazetteer. Make one with `loadGazetteer` / `buildGazetteer` (validated) or `gazetteerIndex` (as given). */
export class Gazetteer {
  /** Every entry, in file order (files sorted by name). */
  readonly entries: readonly GazetteerEntry[];
  /** The token trie of every name, alias and demonym, with its match memo tables. */
  readonly trie: Trie;
  readonly #byId = new Map<string, GazetteerEntry>();
  readonly #byType = new Map<EntityType, GazetteerEntry[]>();
  /** Capital city id -> country id. */
  readonly #capitalOf = new Map<string, string>();
  /** Ids named as the capital of some entry. */
  readonly #capitals = new Set<string>();
  /** Folded region base name ("kharkiv") -> Region entry ("Kharkiv Oblast"). */
  readonly #regionByBase = new Map<string, GazetteerEntry>();
  readonly #districtByBase = new Map<string, GazetteerEntry>();
  /** Folded name of a generic class -> its entry. */
  readonly #genericByName = new Map<string, GazetteerEntry>();
  readonly #descriptions = new Map<string, GazetteerEntry[]>();
  readonly #roles = new Map<string, GazetteerEntry[]>();
  readonly #surnames = new Map<GazetteerEntry, string[]>();
  #personVariants: Map<string, GazetteerEntry | null> | null = null;
  #airForces: { described: GazetteerEntry[]; forces: GazetteerEntry[] } | null = null;

  /** Indexes `entries` as given (use `buildGazetteer` to validate them first). */
  constructor(entries: readonly GazetteerEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      this.#byId.set(entry.id, entry);
      let list = this.#byType.get(entry.type);
      if (!list) this.#byType.set(entry.type, (list = []));
      list.push(entry);
      if (entry.type === 'Country' && entry.capital) this.#capitalOf.set(entry.capital, entry.id);
      if (entry.capital) this.#capitals.add(entry.capital);
      if (entry.type === 'Region') {
        for (const written of [entry.name, ...entry.aliases]) {
          const alias = aliasForm(written);
          if (!REGION_SUFFIX.test(alias)) continue;
          const base = foldKey(alias.replace(REGION_SUFFIX, ''));
          if (base && !this.#regionByBase.has(base)) this.#regionByBase.set(base, entry);
          if (base && DISTRICT_SUFFIX.test(alias) && !this.#districtByBase.has(base)) this.#districtByBase.set(base, entry);
        }
      }
      if (entry.generic) this.#genericByName.set(foldKey(entry.name), entry);
      // Descriptions are listed as written (an entry that gives one phrase twice is listed twice, as coreference reads it).
      for (const d of entry.descriptions ?? []) {
        const phrase = descriptionPhrase(d);
        const list = this.#descriptions.get(phrase) ?? [];
        list.push(entry);
        this.#descriptions.set(phrase, list);
      }
      for (const r of entry.roles ?? []) push(this.#roles, descriptionPhrase(r), entry);
    }
    this.trie = buildTrie(entries);
  }

  /** The entry with this id, or undefined. */
  get(id: string): GazetteerEntry | undefined {
    return this.#byId.get(id);
  }

  /** The entry with this id; throws NotFoundError when there is none. */
  getOrThrow(id: string): GazetteerEntry {
    const entry = this.#byId.get(id);
    if (!entry) throw new NotFoundError(`gazetteer.getOrThrow: no entry with id "${id}"`);
    return entry;
  }

  /** Entries of one type, in file order. */
  entriesOfType(type: EntityType): readonly GazetteerEntry[] {
    return this.#byType.get(type) ?? EMPTY;
  }

  /**
   * Entries named by a surface form (name or alias, any type), as the matcher reads it: letters and digits folded,
   * short acronyms only in capitals ("us" is not "US"), capitalised names only capitalised ("patriot" names nothing).
   * Demonyms are not entries of their surface: use `demonymOf`.
   */
  lookupSurface(surface: string): readonly GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    for (const hit of surfaceHits(this.trie, surface)) if (hit.form === 'name' && !out.includes(hit.entry)) out.push(hit.entry);
    return out;
  }

  /** The country a demonym names ("Russian", "Russians", "British" -> that Country entry), or null. */
  demonymOf(surface: string): GazetteerEntry | null {
    return surfaceHits(this.trie, surface).find((hit) => hit.form === 'demonym')?.entry ?? null;
  }

  /** The country whose capital is this City id ("moscow" -> Russia), or null when the city is no capital. */
  capitalOf(cityId: string): GazetteerEntry | null {
    const country = this.#capitalOf.get(cityId);
    return country === undefined ? null : (this.#byId.get(country) ?? null);
  }

  /** True when some entry names `id` as its capital. */
  isCapital(id: string): boolean {
    return this.#capitals.has(id);
  }

  /** The Region whose name is a base name plus a region word, by the folded base ("kharkiv" -> Kharkiv Oblast). */
  regionOfBase(foldedBase: string): GazetteerEntry | undefined {
    return this.#regionByBase.get(foldedBase);
  }

  /** The district (raion) whose name is a base name plus "raion" or "district", by the folded base ("chuhuiv" -> Chuhuiv Raion). */
  districtOfBase(foldedBase: string): GazetteerEntry | undefined {
    return this.#districtByBase.get(foldedBase);
  }

  /** The generic class entry named `label` ("cruise missile"), by its folded name. */
  genericClass(label: string): GazetteerEntry | undefined {
    return this.#genericByName.get(foldKey(label));
  }

  /** The generic class entry of a named weapon ("kalibr" -> "cruise missile"), or of a class (its parent class), or null. */
  classOf(weaponId: string): GazetteerEntry | null {
    const cls = this.#byId.get(weaponId)?.class;
    return cls ? (this.#byId.get(cls) ?? null) : null;
  }

  /** The organisation an organisation belongs to ("ukrainian-air-force" -> Armed Forces of Ukraine), or null. */
  parentOf(orgId: string): GazetteerEntry | null {
    const p = this.#byId.get(orgId)?.parent;
    return p ? (this.#byId.get(p) ?? null) : null;
  }

  /**
   * Is the organisation a state's armed force or one of its branches and commands (its `parent` chain reaches an
   * armed force: "Ukrainian Air Force", "Air Command East"), as against a ministry or a civil body?
   */
  isArmedForce(orgId: string): boolean {
    let entry = this.#byId.get(orgId);
    for (let depth = 0; entry?.type === 'Organisation' && depth < 8; depth++) {
      if (ARMED_FORCE_ID.test(entry.id)) return true;
      entry = entry.parent ? this.#byId.get(entry.parent) : undefined;
    }
    return false;
  }

  /** Organisations a definite description refers back to: "the alliance", "The Alliance" and "alliance" give NATO. */
  lookupDescription(text: string): readonly GazetteerEntry[] {
    return this.#descriptions.get(descriptionPhrase(text)) ?? EMPTY;
  }

  /** People who hold a role ("mayor", "the foreign minister"), for resolving "the mayor said". */
  lookupRole(text: string): readonly GazetteerEntry[] {
    return this.#roles.get(descriptionPhrase(text)) ?? EMPTY;
  }

  /** Air forces: the organisations described as "the air force", and every air force with its country. */
  airForces(): { described: readonly GazetteerEntry[]; forces: readonly GazetteerEntry[] } {
    this.#airForces ??= {
      described: this.entries.filter((e) => e.type === 'Organisation' && e.descriptions?.some((d) => /^(the )?air force$/i.test(d))),
      forces: this.entries.filter((e) => e.type === 'Organisation' && e.country && [e.name, ...e.aliases].some((a) => /air force/i.test(a))),
    };
    return this.#airForces;
  }

  /**
   * The one Person entry that a full name spells, romanisation variants folded ("Andrei Vorobyev" finds the entry
   * "Andrei Vorobyov"), or null when none does or two do. Only names of two words or more are indexed.
   */
  personByVariant(name: string): GazetteerEntry | null {
    if (!this.#personVariants) {
      const index = new Map<string, GazetteerEntry | null>();
      for (const entry of this.entriesOfType('Person')) {
        for (const alias of [entry.name, ...entry.aliases]) {
          const key = variantName(alias);
          if (!key.includes(' ')) continue;
          const known = index.get(key);
          index.set(key, known === undefined || known === entry ? entry : null);
        }
      }
      this.#personVariants = index;
    }
    return this.#personVariants.get(variantName(name)) ?? null;
  }

  /** Folded last words of an entry's multi-word name and aliases, in alias order ("Andriy Sadovyi" -> "sadovyi"). */
  surnames(entry: GazetteerEntry): readonly string[] {
    let surnames = this.#surnames.get(entry);
    if (!surnames) {
      surnames = [];
      for (const alias of [entry.name, ...entry.aliases]) {
        const words = alias.split(/\s+/);
        if (words.length >= 2) surnames.push(foldKey(words[words.length - 1] as string));
      }
      this.#surnames.set(entry, surnames);
    }
    return surnames;
  }
}

const indexes = new WeakMap<readonly GazetteerEntry[], Gazetteer>();

/** The index of a list of entries as given, without validation (built once per list; tests use small lists). */
export function gazetteerIndex(entries: readonly GazetteerEntry[]): Gazetteer {
  let index = indexes.get(entries);
  if (!index) {
    index = new Gazetteer(entries);
    indexes.set(entries, index);
  }
  return index;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation: the shape of each file by schema, then the references between entries.

const ID = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a lowercase slug; expected e.g. "kyiv-oblast"');
const WORDS = z.array(z.string().refine((s) => s.trim().length > 0, 'is empty'));

/** The schema of one gazetteer entry (`GazetteerEntry`): no other field is allowed. */
export const GAZETTEER_ENTRY_SCHEMA = z.strictObject({
  id: ID,
  name: z.string().refine((s) => s.trim().length > 0, 'is empty'),
  type: z.enum(ENTITY_TYPES),
  wikidata: z.string().regex(/^Q[1-9][0-9]*$/, 'is not a QID; expected "Q<digits>" or null').nullable(),
  aliases: WORDS,
  demonyms: WORDS.optional(),
  capital: ID.optional(),
  country: ID.optional(),
  generic: z.boolean().optional(),
  class: ID.optional(),
  roles: WORDS.optional(),
  descriptions: WORDS.optional(),
  parent: ID.optional(),
  water: z.boolean().optional(),
  /** Longitude and latitude in degrees (City and Region entries; see scripts/geo/coordinates.ts). */
  lon: z.number().min(-180).max(180).optional(),
  lat: z.number().min(-90).max(90).optional(),
}).refine((e) => (e.lon === undefined) === (e.lat === undefined), { message: 'lon and lat come together; expected both or neither', path: ['lon'] });

/** The schema of a gazetteer file: an array of entries. */
export const GAZETTEER_FILE_SCHEMA = z.array(GAZETTEER_ENTRY_SCHEMA);

/** One entry with where it came from, for error messages. */
interface Sourced {
  entry: GazetteerEntry;
  file: string;
  index: number;
}

/** The path of an entry (or of one of its fields) in its file, with the entry's id: `3.country (entry "kyiv")`. */
function where(s: Sourced, field?: string): string {
  return `${s.index}${field ? `.${field}` : ''} (entry "${s.entry.id}")`;
}

/** Cross-entry checks: duplicate ids and QIDs, references that do not resolve, field/type mismatches, alias clashes. */
function crossProblems(all: Sourced[], options: GazetteerOptions): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  const byId = new Map<string, Sourced>();
  const byQid = new Map<string, Sourced>();
  for (const s of all) {
    const prev = byId.get(s.entry.id);
    if (prev) problems.push([s.file, `${where(s, 'id')}: duplicate id (first in ${prev.file} at ${prev.index}); expected ids unique across the gazetteer`]);
    else byId.set(s.entry.id, s);
    if (s.entry.wikidata) {
      const q = byQid.get(s.entry.wikidata);
      if (q) problems.push([s.file, `${where(s, 'wikidata')}: ${s.entry.wikidata} also on "${q.entry.id}"; expected one entry per QID`]);
      else byQid.set(s.entry.wikidata, s);
    }
  }
  const ref = (s: Sourced, field: string, id: string | undefined, type: EntityType, extra?: (e: GazetteerEntry) => boolean) => {
    if (id === undefined) return;
    const target = byId.get(id)?.entry;
    if (!target) problems.push([s.file, `${where(s, field)}: "${id}" does not resolve; expected the id of a ${type} entry`]);
    else if (target.type !== type || (extra && !extra(target))) {
      problems.push([s.file, `${where(s, field)}: "${id}" is a ${target.type}${target.generic ? ' (generic)' : ''}; expected a ${type}${extra ? ' of the right kind' : ''}`]);
    }
  };
  for (const s of all) {
    const e = s.entry;
    const misplaced = (field: keyof GazetteerEntry, types: EntityType[]) => {
      if (e[field] !== undefined && !types.includes(e.type)) problems.push([s.file, `${where(s, field)}: set on a ${e.type}; expected it only on ${types.join('/')}`]);
    };
    misplaced('demonyms', ['Country']);
    misplaced('capital', ['Country']);
    misplaced('country', ['City', 'Region', 'Organisation', 'Person']);
    misplaced('generic', ['WeaponSystem']);
    misplaced('class', ['WeaponSystem']);
    misplaced('roles', ['Person']);
    misplaced('descriptions', ['Organisation']);
    misplaced('parent', ['Organisation']);
    misplaced('water', ['Region']);
    misplaced('lon', ['City', 'Region']);
    ref(s, 'capital', e.capital, 'City');
    ref(s, 'country', e.country, 'Country');
    ref(s, 'parent', e.parent, 'Organisation');
    ref(s, 'class', e.class, 'WeaponSystem', (t) => t.generic === true);
    if (e.type === 'WeaponSystem' && !e.generic && !e.class) problems.push([s.file, `${where(s, 'class')}: missing on a named weapon; expected the id of its generic class`]);
    if (e.class === e.id || e.parent === e.id) problems.push([s.file, `${where(s)}: refers to itself; expected another entry`]);
  }
  if (options.strictAliases) {
    // Two entries of one type whose forms meet in the trie (names and aliases; demonyms among countries).
    const owners = new Map<string, Sourced>();
    for (const s of all) {
      const forms = new Set<string>([s.entry.name, ...s.entry.aliases, ...(s.entry.demonyms ?? [])].map((f) => foldKey(aliasForm(f))));
      for (const f of forms) {
        const key = `${s.entry.type}\u0000${f}`;
        const prev = owners.get(key);
        if (prev && prev.entry.id !== s.entry.id) {
          problems.push([s.file, `${where(s, 'aliases')}: form "${f}" also names ${s.entry.type} "${prev.entry.id}" (${prev.file}); expected each form on one entry per type (drop it from both if ambiguous)`]);
        } else owners.set(key, s);
      }
    }
  }
  return problems;
}

/**
 * Validates raw entries (as parsed from JSON) and builds a Gazetteer. `files` names where each array came from, for
 * messages. Throws InputError naming the file and the path of the first bad field (`3.aliases.0`), or the first
 * broken reference between entries.
 */
export function buildGazetteer(files: ReadonlyArray<{ file: string; data: unknown }>, options: Partial<GazetteerOptions> = {}): Gazetteer {
  const opts: GazetteerOptions = { ...DEFAULT_GAZETTEER_OPTIONS, ...options };
  // 1. the shape of each file (the entries are kept as read: the schema only checks them)
  const all: Sourced[] = [];
  for (const { file, data } of files) {
    parseWith(GAZETTEER_FILE_SCHEMA, data, file, 'a JSON array of gazetteer entries (ontology/gazetteer/README.md)');
    (data as GazetteerEntry[]).forEach((entry, index) => all.push({ entry, file, index }));
  }
  // 2. references and collisions
  const problems = crossProblems(all, opts);
  if (problems.length) {
    const [file, first] = problems[0] as [string, string];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new InputError(file, `${first}${more}`);
  }
  return new Gazetteer(all.map((s) => s.entry));
}

const cache = new Map<string, Gazetteer>();

/**
 * Load, validate and index every `*.json` file of a gazetteer folder (synchronous reads, files in name order).
 * Instances are cached per folder: repeated calls are free. Throws InputError naming the file and entry when the
 * data is malformed, or the folder when it is missing or holds no JSON files.
 */
export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR, options: Partial<GazetteerOptions> = {}): Gazetteer {
  const root = resolve(dir);
  const key = `${root}\u0000${options.strictAliases ?? DEFAULT_GAZETTEER_OPTIONS.strictAliases}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // 1. list the files
  let names: string[];
  try {
    if (!statSync(root).isDirectory()) throw new Error('not a folder');
    names = readdirSync(root).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new InputError(root, 'gazetteer folder not found or unreadable; expected a folder of *.json entry files');
  }
  if (!names.length) throw new InputError(root, 'no *.json files; expected gazetteer entry files');
  // 2. parse each file
  const files = names.map((name) => {
    const file = join(root, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new InputError(file, `not valid JSON (${(err as Error).message}); expected a JSON array of entries`);
    }
    return { file, data };
  });
  // 3. validate and index
  const gazetteer = buildGazetteer(files, options);
  cache.set(key, gazetteer);
  return gazetteer;
}
