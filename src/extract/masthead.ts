/**
 * The publisher named by an all-caps masthead or letterhead on the first line of a page ("THE OSPREY LEDGER",
 * "ODESSA PORT WORKERS' UNION | STATEMENT", "ACME DYNAMICS LLC"). Ingest drops such a line from the text as site
 * furniture (it is no sentence of the article), but the gold sets annotate the outlet, council, company or agency it
 * names, as they annotate a byline's outlet. The first segment of the line (before a separator or a comma) is the
 * name, without a trailing legal form ("LLC") or broadcast frequency ("104.2 FM"). It is no masthead when navigation
 * follows it (the whole page head is furniture then), when it is a genre or section heading (its head a word of
 * lexicon `mastheadGenres`: "WORLD NEWS", "PRESS RELEASE", "JOINT STATEMENT OF ..."), or when the gazetteer reads it
 * as a place or state.
 */
import type { Document } from '../ingest/types.ts';
import type { Gazetteer } from '../domain/gazetteer/index.ts';
import type { GazetteerEntry } from '../domain/gazetteer/types.ts';
import type { Lexicon } from './lexicon.ts';

/** Why ingest drops the short lines above an article's title (src/ingest/clean.ts, step 6). */
const MASTHEAD_REASON = 'masthead or section label';
/** Separators between a masthead's name and its section or edition ("|", "·", dashes, a comma). */
const SEPARATOR = /\s+[|·—–-]\s+|\s*,\s+|\s+\|/u;

export interface Masthead {
  /** The name in Title Case ("The Osprey Ledger"). */
  label: string;
  /** The name as printed ("THE OSPREY LEDGER"). */
  printed: string;
  /** Initials of its words but connectors ("CNA" for "CARRICK NEWS AGENCY"), or null for a name of one word. */
  acronym: string | null;
  /** Its head word, lower case ("university" of "DNIPRO NATIONAL UNIVERSITY OF ..."). */
  head: string;
  /** The gazetteer organisation of that name, if any. */
  entry: GazetteerEntry | null;
}

/** Title Case of an all-caps name: connectors in lower case except first ("FRIENDS OF THE ZOO" -> "Friends of the Zoo"). */
function titleCase(name: string, connectors: ReadonlySet<string>): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && connectors.has(word) ? word : word.replace(/(^|[-'’.])(\p{L})/gu, (_m, lead: string, c: string) => lead + (lead === "'" || lead === '’' ? c : c.toUpperCase()))))
    .join(' ');
}

/** The text of `line` before its first separator (`line.split(SEPARATOR)[0]`, without splitting the rest). */
function firstSegment(line: string): string {
  const separator = SEPARATOR.exec(line);
  return separator ? line.slice(0, separator.index) : line;
}

/**
 * True when the first word of `line` has a lower-case letter: that word stays in every name `mastheadName` reads off
 * the line (only trailing words are dropped), and a name with a lower-case letter is no masthead. (A separator cuts
 * the first run of non-spaces at most before a comma that whitespace follows, so the run's letters are the word's.)
 */
const LOWER_FIRST_WORD = /^\s*\S*?\p{Ll}/u;

/** The masthead that ingest dropped from a document (see the file banner), or null. */
export function mastheadOf(doc: Pick<Document, 'dropped'>, lexicon: Lexicon, gazetteer: Gazetteer): Masthead | null {
  const first = doc.dropped[0];
  if (!first || first.line > 2) return null;
  // A first line read as navigation for its separators ("OSPREY POST | Culture | Obituaries") still opens with
  // the publisher's name; a navigation bar of section names has a genre head ("NEWS | WAR | WORLD").
  if (first.reason !== MASTHEAD_REASON && !(first.reason === 'navigation' && first.line === 1)) return null;
  // A page head of masthead and navigation is furniture as a whole.
  const next = doc.dropped[1];
  if (next && next.line <= first.line + 2 && next.reason === 'navigation') return null;
  return mastheadName(first.text, lexicon, gazetteer);
}

/**
 * The masthead printed as the first line of the kept text (ingest keeps a line of more than five words, or one with
 * its section and date: "THE OSPREY LEDGER | OPINION | 3 May 2025"), with the length of its name in characters;
 * null when that line is the title or holds no masthead.
 */
export function textMasthead(doc: Pick<Document, 'text' | 'title'>, lexicon: Lexicon, gazetteer: Gazetteer): { masthead: Masthead; length: number } | null {
  const line = doc.text.split('\n', 1)[0] ?? '';
  if (!line.trim()) return null;
  if (LOWER_FIRST_WORD.test(line)) return null;
  const segment = firstSegment(line);
  const masthead = mastheadName(segment, lexicon, gazetteer);
  if (!masthead) return null;
  // Taken as the title, the line is a masthead only when its name ends in an organisation head ("... UNIVERSITY OF
  // ...", "... ANALYTICS — Research note"): an all-caps headline is no publisher.
  if (line.trim() === doc.title?.trim() && !lexicon.orgHeads.has(masthead.head)) return null;
  return { masthead, length: segment.trimEnd().length };
}

/** The name a masthead line opens with (see the file banner), or null. */
function mastheadName(line: string, lexicon: Lexicon, gazetteer: Gazetteer): Masthead | null {
  if (LOWER_FIRST_WORD.test(line)) return null;
  let words = firstSegment(line).trim().split(/\s+/).filter(Boolean);
  // "104.2 FM": a frequency after a station's name.
  if (words.length >= 3 && /^(fm|am)$/i.test(words.at(-1) as string) && /^\d+(\.\d+)?$/.test(words.at(-2) as string)) words = words.slice(0, -2);
  while (words.length > 1 && lexicon.legalSuffixes.has((words.at(-1) as string).toLowerCase().replace(/\.$/, ''))) words = words.slice(0, -1);
  const printed = words.join(' ');
  // All capitals, letters in every word but numbers ("MERIDIAN 24"), no codes ("PC.DEL/1671/25").
  if (!/\p{Lu}{2}/u.test(printed) || /\p{Ll}/u.test(printed) || /[/\\@#:]/.test(printed)) return null;
  if (!words.every((w) => /^\p{L}[\p{L}'’.&-]*$/u.test(w) || /^\d+$/.test(w) || w === '&')) return null;
  // The head: the last word before a connector ("UNIVERSITY OF ...", "THE WEEK IN ...").
  const lower = words.map((w) => w.toLowerCase());
  let headAt = lower.findIndex((w, i) => i > 0 && lexicon.orgConnectors.has(w));
  headAt = headAt < 0 ? lower.length - 1 : headAt - 1;
  if (lexicon.mastheadGenres.has(lower[headAt] as string)) return null;
  const found = gazetteer.lookupSurface(printed);
  if (found.some((e) => e.type !== 'Organisation')) return null;
  const entry = found.find((e) => e.type === 'Organisation') ?? null;
  const initials = lower.filter((w, i) => i === 0 || !lexicon.orgConnectors.has(w)).map((w) => w.charAt(0).toUpperCase());
  const acronym = initials.length >= 2 ? initials.join('') : null;
  return { label: entry?.name ?? titleCase(printed, lexicon.orgConnectors), printed, acronym, head: lower[headAt] as string, entry };
}
