/**
 * The gazetteer's one trie: a character trie over the folded letters and digits (`foldKey`) of every alias and
 * demonym, walked token by token so that "Shahed-136" and "Shahed 136", "U.S." and "US", "Kiev" and "KIEV" meet
 * the same path. Matches start and end on token boundaries; the longest valid match wins. Case is checked per
 * alias: short acronyms must be upper case ("US" is not "us"), capitalised aliases need a capitalised first letter,
 * lower-case aliases ("air force") match in any case. The `Gazetteer` index (./index.ts) owns one trie; extraction
 * matches tokens with `longestMatchAt`, lookups walk a whole surface with `surfaceHits`.
 */
import type { GazetteerEntry } from './types.ts';
import { foldKey } from '../names.ts';

/** What the matcher needs of a token: its text and its character offsets (extraction's tokens have more). */
export interface MatchToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** How strictly the case of a document span must agree with an alias. */
export enum CaseMode {
  Any = 0,
  Capitalised = 1,
  Upper = 2,
}

/** One way an entry can be named at a trie node. */
export interface AliasHit {
  entry: GazetteerEntry;
  /** `name` for the name and aliases, `demonym` for demonyms ("Russian"). */
  form: 'name' | 'demonym';
  caseMode: CaseMode;
  /** True when this alias is the entry's canonical name. */
  canonical: boolean;
}

/** A node of the trie. */
export interface TrieNode {
  next: Map<number, TrieNode>;
  /** Bit (c - 97) set when `next` has a child for letter c (a-z); bit (c - 48) of `digits` likewise for 0-9. */
  letters: number;
  digits: number;
  hits: AliasHit[] | null;
  /** Memo of whole-token steps from this node: token key -> [node after the key, node before its last char]. */
  steps: Map<string, TokenStep> | null;
}

/** Where one token's key leads from a node: the node after it (or null) and the node before its last char. */
export interface TokenStep {
  node: TrieNode | null;
  beforeLast: TrieNode | null;
}

/** Walks a whole token key from `node`, memoised per node (a token costs one Map lookup once seen). */
function stepToken(node: TrieNode, key: string): TokenStep {
  let steps = node.steps;
  if (!steps) steps = node.steps = new Map();
  let step = steps.get(key);
  if (step) return step;
  let current: TrieNode | undefined = node;
  let beforeLast: TrieNode | null = null;
  for (let c = 0; c < key.length && current; c++) {
    if (c === key.length - 1) beforeLast = current;
    current = current.next.get(key.charCodeAt(c));
  }
  step = { node: current ?? null, beforeLast };
  if (steps.size < 5000) steps.set(key, step);
  return step;
}

/** The trie of a gazetteer with its per-token memo tables (filled as documents are matched). */
export interface Trie {
  root: TrieNode;
  /** Memo: token text -> its folded key and the trie step of that key from the root (see `tokenEntry`). */
  tokenEntries: Map<string, TokenEntry>;
  /** The same memo indexed by lexeme id (one id per distinct token text, `ExtractContext.lexemeIds`), see `tokenEntryById`. */
  tokenEntriesById: Array<TokenEntry | undefined>;
}

/** A token text as the matcher sees it: the folded key and where that key leads from the trie root. */
export interface TokenEntry {
  key: string;
  first: TokenStep;
  /** False when no alias can start with this token (the fast exit of `longestMatchAt`), so `first` need not be read. */
  starts: boolean;
}

/** True when `step` (from the root) can open a match: the key is on a trie path, or a plural of an alias. */
function canStart(step: TokenStep): boolean {
  return !(step.node === null && (step.beforeLast === null || step.beforeLast.hits === null));
}

/** True when `node` may have a child for the first character of `key` (never false when it has one). */
function mayContinue(node: TrieNode, key: string): boolean {
  const c = key.charCodeAt(0);
  if (c >= 97 && c <= 122) return ((node.letters >>> (c - 97)) & 1) === 1;
  if (c >= 48 && c <= 57) return ((node.digits >>> (c - 48)) & 1) === 1;
  return node.next.has(c);
}

/** Lexeme ids above this are looked up by text (keeps the id-indexed memo a dense array). */
const MAX_LEXEME_ID = 4_000_000;

/**
 * `tokenEntry` for a token whose lexeme id is `id` (step 01 gives every distinct token text its own id, so
 * the id stands for `text`): an array read instead of a string-keyed lookup.
 */
export function tokenEntryById(gazetteer: Trie, id: number, text: string): TokenEntry {
  if (id < 0 || id > MAX_LEXEME_ID) return tokenEntry(gazetteer, text);
  const memo = gazetteer.tokenEntriesById;
  let entry = id < memo.length ? memo[id] : undefined;
  if (entry === undefined) {
    entry = tokenEntry(gazetteer, text);
    while (memo.length <= id) memo.push(undefined);
    memo[id] = entry;
  }
  return entry;
}

/** The folded key of a token text and its step from the trie root, with one Map lookup once seen. */
export function tokenEntry(gazetteer: Trie, text: string): TokenEntry {
  let entry = gazetteer.tokenEntries.get(text);
  if (entry === undefined) {
    const key = foldKey(text);
    const first = stepToken(gazetteer.root, key);
    entry = { key, first, starts: canStart(first) };
    if (gazetteer.tokenEntries.size > 200_000) gazetteer.tokenEntries.clear();
    gazetteer.tokenEntries.set(text, entry);
  }
  return entry;
}

/** A match of the gazetteer on tokens [start, end). */
export interface GazetteerMatch {
  start: number;
  end: number;
  hits: AliasHit[];
  plural: boolean;
}

function caseModeOf(alias: string): CaseMode {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return CaseMode.Any;
  if (letters.length <= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return CaseMode.Upper;
  const first = letters[0] as string;
  if (first !== first.toLowerCase()) return CaseMode.Capitalised;
  // A number-led alias ("2S19") or a lower-case alias.
  return /^[0-9]/.test(alias) ? CaseMode.Any : CaseMode.Any;
}

function insert(root: TrieNode, key: string, hit: AliasHit): void {
  if (!key) return;
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map(), letters: 0, digits: 0, hits: null, steps: null };
      node.next.set(code, child);
      if (code >= 97 && code <= 122) node.letters |= 1 << (code - 97);
      else if (code >= 48 && code <= 57) node.digits |= 1 << (code - 48);
      else node.letters = node.digits = -1;
    }
    node = child;
  }
  const hits = node.hits ?? (node.hits = []);
  if (!hits.some((h) => h.entry === hit.entry && h.form === hit.form && h.caseMode === hit.caseMode)) hits.push(hit);
}

/** A name or alias as the trie stores it: a leading article is matched as the token it is ("the UN" -> "UN"). */
export function aliasForm(written: string): string {
  return /^the\s/i.test(written) ? written.slice(4) : written;
}

/** Builds the trie of a list of entries: every name and alias (`aliasForm`), and every demonym. */
export function buildTrie(entries: readonly GazetteerEntry[]): Trie {
  const root: TrieNode = { next: new Map(), letters: 0, digits: 0, hits: null, steps: null };
  for (const entry of entries) {
    for (const written of [entry.name, ...entry.aliases]) {
      const alias = aliasForm(written);
      insert(root, foldKey(alias), { entry, form: 'name', caseMode: caseModeOf(alias), canonical: written === entry.name });
    }
    for (const demonym of entry.demonyms ?? []) {
      insert(root, foldKey(demonym), { entry, form: 'demonym', caseMode: CaseMode.Capitalised, canonical: false });
    }
  }
  return { root, tokenEntries: new Map(), tokenEntriesById: [] };
}

/**
 * The hits of a whole surface form ("Kharkov region", "U.S."): the trie node of its folded key, its hits kept when
 * the surface's case agrees with the alias (as one token). Empty when the form names nothing.
 */
export function surfaceHits(trie: Trie, surface: string): AliasHit[] {
  const key = foldKey(surface);
  if (key === '') return [];
  let node: TrieNode | undefined = trie.root;
  for (let c = 0; c < key.length && node; c++) node = node.next.get(key.charCodeAt(c));
  if (!node?.hits) return [];
  const token: MatchToken[] = [{ text: surface, start: 0, end: surface.length }];
  return node.hits.filter((h) => caseAgrees(token, 0, 1, h.caseMode));
}

const JOINERS = new Set(['-', '/', '.', '‐', '–', '&']);

/** True when the letters of tokens [start, end) satisfy a case mode. */
export function caseAgrees(tokens: readonly MatchToken[], start: number, end: number, mode: CaseMode): boolean {
  if (mode === CaseMode.Any) return true;
  if (mode === CaseMode.Capitalised) {
    const first = (tokens[start] as MatchToken).text;
    // ASCII characters are decided by their code (a digit or a capital agrees, a small letter does not, other
    // characters are skipped); from the first other character on, the general test below.
    let p = 0;
    for (; p < first.length; p++) {
      const c = first.charCodeAt(p);
      if (c >= 128) break;
      if (c >= 48 && c <= 57) return true;
      if (c >= 65 && c <= 90) return true;
      if (c >= 97 && c <= 122) return false;
    }
    if (p === first.length) return false;
    for (const ch of p === 0 ? first : first.slice(p)) {
      if (ch >= '0' && ch <= '9') return true;
      if (ch.toLowerCase() !== ch.toUpperCase()) return ch !== ch.toLowerCase();
    }
    return false;
  }
  for (let t = start; t < end; t++) {
    const text = (tokens[t] as MatchToken).text;
    if (text !== text.toUpperCase()) return false;
  }
  return true;
}

/** Scratch lists of `longestMatchAt`: the ends of the walk (at most one per token of the window), their hits and plural flags. */
const MAX_WALK = 14;
const SCRATCH_END: number[] = new Array<number>(MAX_WALK).fill(0);
const SCRATCH_HITS: Array<AliasHit[] | null> = new Array<AliasHit[] | null>(MAX_WALK).fill(null);
const SCRATCH_PLURAL: boolean[] = new Array<boolean>(MAX_WALK).fill(false);

/**
 * The longest match starting at token `start` and not crossing `limit` (the sentence end), or null.
 * `keys` are the folded keys of the tokens; `first` (optional) is the step of `keys[start]` from the root,
 * when the caller has it already (`tokenEntry`).
 */
export function longestMatchAt(
  gazetteer: Trie,
  tokens: readonly MatchToken[],
  keys: readonly string[],
  start: number,
  limit: number,
  first: TokenStep = stepToken(gazetteer.root, keys[start] as string),
): GazetteerMatch | null {
  // Fast exit: most tokens start no alias.
  if (!canStart(first)) return null;
  // Terminal nodes met on the walk, longest last; validated (case, plural) only at the end. Kept in the scratch
  // arrays (the walk never reaches back into itself).
  let ends = 0;
  const endAt = SCRATCH_END;
  const endHits = SCRATCH_HITS;
  const endPlural = SCRATCH_PLURAL;
  let node: TrieNode = gazetteer.root;
  for (let j = start; j < limit && j < start + MAX_WALK; j++) {
    const key = keys[j] as string;
    const token = tokens[j] as MatchToken;
    if (key === '') {
      const previous = tokens[j - 1];
      const attached = previous !== undefined && previous.end === token.start;
      if (j > start && attached && JOINERS.has(token.text)) continue;
      break;
    }
    // A joiner or a single space may separate alias words; anything wider ends the walk.
    if (j > start && token.start - (tokens[j - 1] as MatchToken).end > 1) break;
    // A node without a child for the key's first character ends the walk without a memo lookup
    // (stepToken would give no node, and no node before the last character for keys longer than one).
    if (j > start && !mayContinue(node, key)) break;
    const step = j === start ? first : stepToken(node, key);
    const beforeLast = step.beforeLast;
    const next = step.node;
    if (next?.hits) {
      endAt[ends] = j + 1;
      endHits[ends] = next.hits;
      endPlural[ends++] = false;
    } else if ((key.length > 3 || (key.length === 2 && j > start && (tokens[j - 1] as MatchToken).text === '-')) && key.charCodeAt(key.length - 1) === 115 && beforeLast?.hits) {
      // A plural: "drones", and a designation letter after a hyphen ("Iskander-Ms", "Iskander-Ks").
      endAt[ends] = j + 1;
      endHits[ends] = beforeLast.hits;
      endPlural[ends++] = true;
    }
    if (!next) break;
    node = next;
  }
  for (let e = ends - 1; e >= 0; e--) {
    const end = endAt[e] as number;
    const hits = endHits[e] as AliasHit[];
    const plural = endPlural[e] as boolean;
    endHits[e] = null;
    let valid: AliasHit[] | null = null;
    for (const h of hits) {
      if (caseAgrees(tokens, start, end, h.caseMode) && (!plural || h.entry.type === 'WeaponSystem')) (valid ??= []).push(h);
    }
    if (valid !== null) {
      for (let rest = e - 1; rest >= 0; rest--) endHits[rest] = null;
      return { start, end, hits: valid, plural };
    }
  }
  return null;
}
