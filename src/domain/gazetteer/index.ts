/**
 * The gazetteer: known entities kept as data in ontology/gazetteer/*.json, loaded, validated and indexed.
 *
 * Indexes built once at load time:
 *  - id -> entry;
 *  - exact surface form -> SurfaceRecord (names and aliases of entries, demonyms of countries);
 *  - folded surface form (lower case, straight quotes and hyphens) -> SurfaceRecord, the case-insensitive fallback;
 *  - a character trie over folded surfaces for longest-match scanning of a text (`matchAt`), allocation-free;
 *  - definite descriptions ("the alliance" -> NATO), person roles ("mayor" -> mayors), capital -> country.
 *
 * Usage by the entity recogniser:
 *   const gaz = loadGazetteer();
 *   const m = gaz.matchAt(text, i, reusableMatch);   // longest known surface starting at i, or null
 *   if (m) { m.record.entries (name/alias hits), m.record.demonymOf (country or null), m.end, m.exact }
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, NotFoundError } from '../../errors.ts';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../entities.ts';
import type { GazetteerEntry } from './types.ts';

export type { GazetteerEntry } from './types.ts';

/** The folder of the project's gazetteer files. */
export const DEFAULT_GAZETTEER_DIR: string = fileURLToPath(new URL('../../../ontology/gazetteer/', import.meta.url));

/** Everything the gazetteer knows about one surface form. Shared, frozen: never mutate. */
export interface SurfaceRecord {
  /** The surface form as written in the data (for the folded index: the first fold-safe form seen). */
  readonly surface: string;
  /** Entries that have this form as name or alias (any type; at most one per type). */
  readonly entries: readonly GazetteerEntry[];
  /** The country whose demonym this is ("Russian" -> Russia), else null. */
  readonly demonymOf: GazetteerEntry | null;
}

/** A longest match found by `Gazetteer.matchAt`; pass one in to reuse it and keep the scan allocation-free. */
export interface GazetteerMatch {
  /** Character range `[start, end)` in the scanned text. */
  start: number;
  end: number;
  record: SurfaceRecord;
  /** True when the text spells the form exactly as the data does; false for a case/quote/hyphen-folded match. */
  exact: boolean;
}

/** Options of `loadGazetteer` / `buildGazetteer`. */
export interface GazetteerOptions {
  /** Report aliases shared by two entries of the same type as errors (default true). */
  strictAliases: boolean;
}

/** Defaults of `GazetteerOptions`. */
export const DEFAULT_GAZETTEER_OPTIONS: GazetteerOptions = { strictAliases: true };

const EMPTY: readonly GazetteerEntry[] = Object.freeze([]);
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QID_RE = /^Q[1-9][0-9]*$/;
const LETTER_RE = /[\p{L}\p{N}]/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

/** Trie node over folded character codes. */
interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Records whose exact surface folds to the path of this node. */
  exact: SurfaceRecord[] | null;
  /** Record of the folded form (only fold-safe surfaces), or null. */
  folded: SurfaceRecord | null;
  /** True when some fold-safe surface of this node has no upper-case letter (a lower-case generic like "drones"). */
  lowerForm: boolean;
}

const foldCache = new Map<number, number>();

/** Fold one UTF-16 code unit: ASCII and Unicode lower case, curly quotes to ', dashes to -, NBSP to space. */
function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x2032) return 39;
  if (c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014) return 45;
  if (c === 0xa0 || c === 0x202f) return 32;
  let f = foldCache.get(c);
  if (f === undefined) {
    const lower = String.fromCharCode(c).toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : c;
    foldCache.set(c, f);
  }
  return f;
}

/** The folded key of a surface form (lower case, straight quotes and hyphens, single spaces). */
export function foldSurface(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = foldCode(text.charCodeAt(i));
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += String.fromCharCode(c);
  }
  return out;
}

/** Short all-capital forms ("US", "UN", "WHO", "AP") would match common words once folded; they match exactly only. */
function isFoldSafe(surface: string): boolean {
  return LOWER_RE.test(surface) || surface.replace(/[^\p{L}\p{N}]/gu, '').length > 3;
}

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(text[i] as string);
}

/** Strip a leading article and fold: "The Alliance" -> "alliance". */
function descriptionKey(text: string): string {
  const f = foldSurface(text);
  return f.startsWith('the ') ? f.slice(4) : f;
}

/** An indexed, validated gazetteer. Build with `loadGazetteer` or `buildGazetteer`. */
export class Gazetteer {
  readonly #entries: readonly GazetteerEntry[];
  readonly #byId = new Map<string, GazetteerEntry>();
  readonly #byType = new Map<EntityType, GazetteerEntry[]>();
  readonly #exact = new Map<string, SurfaceRecord>();
  readonly #folded = new Map<string, SurfaceRecord>();
  /** Folded keys that some all-lower-case form owns ("drones"): they match folded text without capitals too. */
  readonly #lowerFolded = new Set<string>();
  readonly #descriptions = new Map<string, GazetteerEntry[]>();
  readonly #roles = new Map<string, GazetteerEntry[]>();
  readonly #capitalOf = new Map<string, GazetteerEntry>();
  readonly #root: TrieNode = { next: null, exact: null, folded: null, lowerForm: false };
  readonly #ends: number[] = [];
  readonly #nodes: TrieNode[] = [];
  #maxLength = 0;

  /** Use `loadGazetteer` / `buildGazetteer`; the entries must already be validated. */
  constructor(entries: readonly GazetteerEntry[]) {
    this.#entries = Object.freeze(entries.slice());
    // 1. id and type indexes
    for (const e of this.#entries) {
      this.#byId.set(e.id, e);
      let list = this.#byType.get(e.type);
      if (!list) this.#byType.set(e.type, (list = []));
      list.push(e);
    }
    // 2. surfaces: names, aliases and demonyms, gathered per exact form
    const exactEntries = new Map<string, GazetteerEntry[]>();
    const exactDemonym = new Map<string, GazetteerEntry>();
    for (const e of this.#entries) {
      for (const s of [e.name, ...e.aliases]) {
        let list = exactEntries.get(s);
        if (!list) exactEntries.set(s, (list = []));
        if (!list.includes(e)) list.push(e);
      }
      for (const d of e.demonyms ?? []) if (!exactDemonym.has(d)) exactDemonym.set(d, e);
      if (e.type === 'Country' && e.capital) {
        const city = this.#byId.get(e.capital);
        if (city) this.#capitalOf.set(city.id, e);
      }
      for (const d of e.descriptions ?? []) this.#push(this.#descriptions, descriptionKey(d), e);
      for (const r of e.roles ?? []) this.#push(this.#roles, descriptionKey(r), e);
    }
    const surfaces = new Set<string>([...exactEntries.keys(), ...exactDemonym.keys()]);
    // 3. exact records, then folded records merging every fold-safe form with the same key
    const foldedEntries = new Map<string, { surface: string; entries: GazetteerEntry[]; demonymOf: GazetteerEntry | null }>();
    for (const s of surfaces) {
      const record: SurfaceRecord = Object.freeze({
        surface: s,
        entries: Object.freeze(exactEntries.get(s) ?? []),
        demonymOf: exactDemonym.get(s) ?? null,
      });
      this.#exact.set(s, record);
      const key = foldSurface(s);
      const node = this.#insert(key);
      (node.exact ??= []).push(record);
      if (!isFoldSafe(s)) continue;
      if (!UPPER_RE.test(s)) {
        node.lowerForm = true;
        this.#lowerFolded.add(key);
      }
      let acc = foldedEntries.get(key);
      if (!acc) foldedEntries.set(key, (acc = { surface: s, entries: [], demonymOf: null }));
      for (const e of record.entries) if (!acc.entries.includes(e)) acc.entries.push(e);
      acc.demonymOf ??= record.demonymOf;
    }
    for (const [key, acc] of foldedEntries) {
      const record: SurfaceRecord = Object.freeze({ surface: acc.surface, entries: Object.freeze(acc.entries), demonymOf: acc.demonymOf });
      this.#folded.set(key, record);
      this.#insert(key).folded = record;
    }
  }

  #push(map: Map<string, GazetteerEntry[]>, key: string, e: GazetteerEntry): void {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    if (!list.includes(e)) list.push(e);
  }

  #insert(key: string): TrieNode {
    let node = this.#root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: null, exact: null, folded: null, lowerForm: false }));
      node = child;
    }
    if (key.length > this.#maxLength) this.#maxLength = key.length;
    return node;
  }

  /** Every entry, in file order (files sorted by name). */
  entries(): readonly GazetteerEntry[] {
    return this.#entries;
  }

  /** Entries of one type. */
  entriesOfType(type: EntityType): readonly GazetteerEntry[] {
    return this.#byType.get(type) ?? EMPTY;
  }

  /** The entry with this id, or undefined. */
  byId(id: string): GazetteerEntry | undefined {
    return this.#byId.get(id);
  }

  /** The entry with this id; throws NotFoundError when there is none. */
  get(id: string): GazetteerEntry {
    const e = this.#byId.get(id);
    if (!e) throw new NotFoundError(`gazetteer.get: no entry with id "${id}"`);
    return e;
  }

  /**
   * Entries named by exactly this surface form (name or alias), any type.
   * Falls back to the folded (case-insensitive, quote/hyphen-normalised) form when there is no exact hit;
   * short all-capital forms ("US", "UN", "WHO") never match folded, and folded text needs a capital letter unless the
   * known form is all lower case (see `record`). Returns a shared empty array when unknown.
   * Demonyms are not entries of their surface: use `demonymOf`.
   */
  lookupSurface(text: string): readonly GazetteerEntry[] {
    const exact = this.#exact.get(text);
    if (exact?.entries.length) return exact.entries;
    return this.#foldedRecord(text)?.entries ?? EMPTY;
  }

  /**
   * The SurfaceRecord of a form (exact first, then folded), or null. Folded lookups follow the rule of `matchAt`:
   * the text needs a capital letter unless the known form is all lower case ("patriot" finds nothing, "PATRIOT" does).
   */
  record(text: string): SurfaceRecord | null {
    return this.#exact.get(text) ?? this.#foldedRecord(text);
  }

  #foldedRecord(text: string): SurfaceRecord | null {
    const key = foldSurface(text);
    const r = this.#folded.get(key);
    if (!r) return null;
    return this.#lowerFolded.has(key) || hasUpper(text, 0, text.length) ? r : null;
  }

  /** The country a demonym names ("Russian", "Russians", "British" -> that Country entry), or null. */
  demonymOf(text: string): GazetteerEntry | null {
    return this.#exact.get(text)?.demonymOf ?? this.#foldedRecord(text)?.demonymOf ?? null;
  }

  /** The country whose capital is this City id ("moscow" -> Russia), or null when the city is no capital. */
  capitalOf(cityId: string): GazetteerEntry | null {
    return this.#capitalOf.get(cityId) ?? null;
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
   * Organisations a definite description can refer back to: "the alliance", "The Alliance" and "alliance" all give NATO.
   * The caller picks among several (e.g. "the ministry") by recency in the document.
   */
  lookupDescription(text: string): readonly GazetteerEntry[] {
    return this.#descriptions.get(descriptionKey(text)) ?? EMPTY;
  }

  /** People who hold a role ("mayor", "the foreign minister"), for resolving "the mayor said". */
  lookupRole(text: string): readonly GazetteerEntry[] {
    return this.#roles.get(descriptionKey(text)) ?? EMPTY;
  }

  /** Exact surface form -> record (names, aliases and demonyms as written in the data). Read-only view. */
  surfaceForms(): ReadonlyMap<string, SurfaceRecord> {
    return this.#exact;
  }

  /** Folded surface form (see `foldSurface`) -> record, fold-safe forms only. Read-only view. */
  foldedSurfaceForms(): ReadonlyMap<string, SurfaceRecord> {
    return this.#folded;
  }

  /** Length in characters of the longest known surface form. */
  get maxSurfaceLength(): number {
    return this.#maxLength;
  }

  /**
   * The longest known surface form that starts at `start` in `text` and ends on a word boundary, or null.
   * `start` must itself be at a word boundary (else null). An exact spelling wins over a folded one of the same
   * length; a folded match needs an upper-case letter in the matched span unless the known form is all lower case
   * (so "patriot" or "hawk" in running text match nothing, "KYIV" matches Kyiv, "Cruise missiles" the class).
   * Allocation-free when `out` is given: the result is written into it and returned.
   */
  matchAt(text: string, start: number, out?: GazetteerMatch): GazetteerMatch | null {
    // 1. start must begin a word
    if (start < 0 || start >= text.length) return null;
    if (start > 0 && isWordCode(text, start - 1) && isWordCode(text, start)) return null;
    // 2. walk the trie, remembering every node that ends on a word boundary
    const ends = this.#ends;
    const nodes = this.#nodes;
    ends.length = 0;
    nodes.length = 0;
    let node: TrieNode | undefined = this.#root;
    let prevSpace = false;
    for (let i = start; i < text.length; i++) {
      let c = foldCode(text.charCodeAt(i));
      if (c === 9 || c === 10 || c === 13) c = 32;
      if (c === 32 && prevSpace) continue; // runs of spaces match one space
      prevSpace = c === 32;
      node = node.next?.get(c);
      if (!node) break;
      if ((node.exact || node.folded) && (i + 1 >= text.length || !isWordCode(text, i + 1) || !isWordCode(text, i))) {
        ends.push(i + 1);
        nodes.push(node);
      }
    }
    // 3. longest first: exact spelling, else an allowed folded record
    for (let k = ends.length - 1; k >= 0; k--) {
      const end = ends[k] as number;
      const n = nodes[k] as TrieNode;
      let record: SurfaceRecord | null = null;
      let exact = false;
      if (n.exact) {
        for (const r of n.exact) {
          if (r.surface.length === end - start && text.startsWith(r.surface, start)) {
            record = r;
            exact = true;
            break;
          }
        }
      }
      if (!record && n.folded && (n.lowerForm || hasUpper(text, start, end))) record = n.folded;
      if (!record) continue;
      const m = out ?? ({} as GazetteerMatch);
      m.start = start;
      m.end = end;
      m.record = record;
      m.exact = exact;
      return m;
    }
    return null;
  }
}

function hasUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && UPPER_RE.test(text[i] as string)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

const OPTIONAL_STRING_ARRAYS = ['demonyms', 'roles', 'descriptions'] as const;
const OPTIONAL_IDS = ['capital', 'country', 'class', 'parent'] as const;
const KNOWN_KEYS = new Set(['id', 'name', 'type', 'wikidata', 'aliases', 'generic', ...OPTIONAL_STRING_ARRAYS, ...OPTIONAL_IDS]);

/** One entry with where it came from, for error messages. */
interface Sourced {
  entry: GazetteerEntry;
  file: string;
  index: number;
}

function where(s: Sourced): string {
  return `entry #${s.index} "${s.entry.id}"`;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim().length > 0);
}

/** Check the shape of one raw JSON value; returns problems (empty when it is a valid entry). */
function shapeProblems(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['is not an object; expected a GazetteerEntry object'];
  const o = raw as Record<string, unknown>;
  const p: string[] = [];
  if (typeof o.id !== 'string' || !ID_RE.test(o.id)) p.push(`id ${JSON.stringify(o.id)} is not a lowercase slug; expected e.g. "kyiv-oblast"`);
  if (typeof o.name !== 'string' || !o.name.trim()) p.push('name is missing or empty; expected a non-empty string');
  if (!isEntityType(o.type)) {
    p.push(`type ${JSON.stringify(o.type)} is unknown; expected one of ${ENTITY_TYPES.join(', ')}`);
  }
  if (o.wikidata !== null && (typeof o.wikidata !== 'string' || !QID_RE.test(o.wikidata))) {
    p.push(`wikidata ${JSON.stringify(o.wikidata)} is not a QID; expected "Q<digits>" or null`);
  }
  if (!isStringArray(o.aliases)) p.push('aliases is not an array of non-empty strings; expected [] at least');
  for (const k of OPTIONAL_STRING_ARRAYS) {
    if (o[k] !== undefined && !isStringArray(o[k])) p.push(`${k} is not an array of non-empty strings`);
  }
  for (const k of OPTIONAL_IDS) {
    if (o[k] !== undefined && (typeof o[k] !== 'string' || !ID_RE.test(o[k] as string))) p.push(`${k} ${JSON.stringify(o[k])} is not an id`);
  }
  if (o.generic !== undefined && typeof o.generic !== 'boolean') p.push('generic is not a boolean');
  for (const k of Object.keys(o)) if (!KNOWN_KEYS.has(k)) p.push(`unknown field "${k}"; expected only the fields of GazetteerEntry`);
  return p;
}

/** Cross-entry checks: duplicate ids and QIDs, references that do not resolve, field/type mismatches, alias clashes. */
function crossProblems(all: Sourced[], options: GazetteerOptions): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  const byId = new Map<string, Sourced>();
  const byQid = new Map<string, Sourced>();
  for (const s of all) {
    const prev = byId.get(s.entry.id);
    if (prev) problems.push([s.file, `${where(s)}: duplicate id (first in ${prev.file} ${where(prev)}); expected ids unique across the gazetteer`]);
    else byId.set(s.entry.id, s);
    if (s.entry.wikidata) {
      const q = byQid.get(s.entry.wikidata);
      if (q) problems.push([s.file, `${where(s)}: wikidata ${s.entry.wikidata} also on "${q.entry.id}"; expected one entry per QID`]);
      else byQid.set(s.entry.wikidata, s);
    }
  }
  const ref = (s: Sourced, field: string, id: string | undefined, type: EntityType, extra?: (e: GazetteerEntry) => boolean) => {
    if (id === undefined) return;
    const target = byId.get(id)?.entry;
    if (!target) problems.push([s.file, `${where(s)}: ${field} "${id}" does not resolve; expected the id of a ${type} entry`]);
    else if (target.type !== type || (extra && !extra(target))) {
      problems.push([s.file, `${where(s)}: ${field} "${id}" is a ${target.type}${target.generic ? ' (generic)' : ''}; expected a ${type}${extra ? ' of the right kind' : ''}`]);
    }
  };
  for (const s of all) {
    const e = s.entry;
    const misplaced = (field: keyof GazetteerEntry, types: EntityType[]) => {
      if (e[field] !== undefined && !types.includes(e.type)) problems.push([s.file, `${where(s)}: field ${field} on a ${e.type}; expected it only on ${types.join('/')}`]);
    };
    misplaced('demonyms', ['Country']);
    misplaced('capital', ['Country']);
    misplaced('country', ['City', 'Region', 'Organisation', 'Person']);
    misplaced('generic', ['WeaponSystem']);
    misplaced('class', ['WeaponSystem']);
    misplaced('roles', ['Person']);
    misplaced('descriptions', ['Organisation']);
    misplaced('parent', ['Organisation']);
    ref(s, 'capital', e.capital, 'City');
    ref(s, 'country', e.country, 'Country');
    ref(s, 'parent', e.parent, 'Organisation');
    ref(s, 'class', e.class, 'WeaponSystem', (t) => t.generic === true);
    if (e.type === 'WeaponSystem' && !e.generic && !e.class) problems.push([s.file, `${where(s)}: named weapon without class; expected the id of its generic class`]);
    if (e.class === e.id || e.parent === e.id) problems.push([s.file, `${where(s)}: refers to itself; expected another entry`]);
  }
  if (options.strictAliases) {
    // Same folded form on two entries of one type (names, aliases; demonyms among countries).
    const owners = new Map<string, Sourced>();
    for (const s of all) {
      const forms = new Set<string>([s.entry.name, ...s.entry.aliases, ...(s.entry.demonyms ?? [])].map(foldSurface));
      for (const f of forms) {
        const key = `${s.entry.type}\u0000${f}`;
        const prev = owners.get(key);
        if (prev && prev.entry.id !== s.entry.id) {
          problems.push([s.file, `${where(s)}: surface "${f}" also names ${s.entry.type} "${prev.entry.id}" (${prev.file}); expected each form on one entry per type (drop it from both if ambiguous)`]);
        } else owners.set(key, s);
      }
    }
  }
  return problems;
}

/**
 * Validate raw entries (as parsed from JSON) and build a Gazetteer.
 * `files` names where each array came from, for messages. Throws InputError listing up to 25 problems.
 */
export function buildGazetteer(files: ReadonlyArray<{ file: string; data: unknown }>, options: Partial<GazetteerOptions> = {}): Gazetteer {
  const opts: GazetteerOptions = { ...DEFAULT_GAZETTEER_OPTIONS, ...options };
  // 1. shape of each file and entry
  const problems: Array<[string, string]> = [];
  const all: Sourced[] = [];
  for (const { file, data } of files) {
    if (!Array.isArray(data)) {
      problems.push([file, 'top level is not an array; expected a JSON array of entries']);
      continue;
    }
    data.forEach((raw, index) => {
      const p = shapeProblems(raw);
      const label = typeof (raw as { id?: unknown })?.id === 'string' ? `"${(raw as { id: string }).id}"` : '(no id)';
      for (const msg of p) problems.push([file, `entry #${index} ${label}: ${msg}`]);
      if (!p.length) all.push({ entry: raw as GazetteerEntry, file, index });
    });
  }
  // 2. references and collisions
  if (!problems.length) problems.push(...crossProblems(all, opts));
  // 3. report
  if (problems.length) {
    const first = problems[0] as [string, string];
    const sameFile = problems.every(([f]) => f === first[0]);
    const lines = problems.slice(0, 25).map(([f, m]) => (sameFile ? m : `${f}: ${m}`));
    const more = problems.length > 25 ? `; ... and ${problems.length - 25} more` : '';
    const count = problems.length > 1 ? `${problems.length} problems: ` : '';
    throw new InputError(sameFile ? first[0] : 'gazetteer', `${count}${lines.join('; ')}${more}`);
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
