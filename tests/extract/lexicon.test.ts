/**
 * The lexicon (ontology/lexicon, compiled by the one table of src/extract/lexicon.ts): phrase matching, the shipped
 * files compile, malformed files are refused with one line naming the file and the field, every list of the files
 * is in the table and every compiled list is read by some step (a static check over src/), and no step keeps a word
 * list of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexicon, defaultLexicon, LEXICON_DIR, LEXICON_FILES, LEXICON_GENERATOR_FILES, LEXICON_TABLE, PhraseSet, type LexiconList } from '../../src/extract/lexicon.ts';
import { RELATION_RULES } from '../../src/extract/relations/registry.ts';
import { PREDICATES } from '../../src/domain/index.ts';

const SRC = join(import.meta.dirname, '../../src');
const LISTS = Object.keys(LEXICON_TABLE) as LexiconList[];

/** Every .ts file under a folder, with its text. */
function sources(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: relative(SRC, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

function shipped(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const file of LEXICON_FILES) out[file] = JSON.parse(readFileSync(new URL(`${file}.json`, LEXICON_DIR), 'utf8')) as Record<string, unknown>;
  return out;
}

describe('phrase sets', () => {
  it.each([
    [['shot', 'down', 'six'], 0, 2],
    [['shot', 'six'], 0, 0],
    [['the', 'shot', 'down'], 1, 2],
    [['down', 'ed'], 0, 1],
  ])('match %j at %i with length %i', (words, index, length) => {
    const set = new PhraseSet(['shot down', 'down', 'shoot down']);
    expect(set.match(words, index)).toBe(length);
  });
});

describe('the shipped lexicon', () => {
  it('compiles every kind of list', () => {
    const lex = defaultLexicon();
    expect(lex.launch.match(['fired'], 0)).toBe(1);
    expect(lex.intercept.match(['shot', 'down'], 0)).toBe(2);
    expect(lex.titleWords.has('mayor')).toBe(true);
    expect(lex.weaponHeads.get('uavs')).toBe('drone');
    expect(lex.classModifiers.get('missile')?.has('cruise')).toBe(true);
    expect(lex.descriptionNouns.get('capital')).toEqual({ types: ['City'], capital: true });
    expect(lex.opponents.get('russia')).toBe('ukraine');
    expect(lex.numberWords.get('dozen')).toBe(12);
    expect(lex.defaultAttacker).toBe('russia');
  });

  it('gives the phrase sets of one lexicon distinct consecutive ids', () => {
    const lex = defaultLexicon();
    const ids = Object.values(lex).filter((v): v is PhraseSet => v instanceof PhraseSet).map((p) => p.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
  });

  it('holds exactly the files and lists of the table (comments start with "_"), besides the class generator\'s files', () => {
    const files = readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
    expect(files.sort()).toEqual([...LEXICON_FILES, ...LEXICON_GENERATOR_FILES].sort());
    const raw = shipped();
    for (const file of LEXICON_FILES) {
      if (file === 'classes') continue; // generated: its lists are unions of its classes (next test)
      const lists = Object.keys(raw[file] ?? {}).filter((k) => !k.startsWith('_')).sort();
      expect(lists, file).toEqual(LISTS.filter((name) => LEXICON_TABLE[name].file === file).sort());
    }
  });

  it('reads the trigger classes from classes.json (grown from WordNet), not from hand lists', () => {
    const lex = defaultLexicon();
    expect(LEXICON_TABLE.launch.file).toBe('classes');
    expect(lex.launch.match(['hurled'], 0)).toBe(1);
    expect(lex.attackVerb.match(['pummelled'], 0)).toBe(1);
    expect(lex.condemn.match(['lambasted'], 0)).toBe(1);
    expect(lex.intercept.match(['fought', 'off'], 0)).toBe(2);
    expect(lex.request.match(['implored'], 0)).toBe(1);
    expect(lex.evaluativeTerms.match(['heinous'], 0)).toBe(1);
  });

  it('has every list read by some step (lex.<name> or lexicon.<name> in src/)', () => {
    const read = new Set<string>();
    for (const { file, text } of sources(SRC)) {
      if (file === join('extract', 'lexicon.ts')) continue;
      for (const match of text.matchAll(/\blex(?:icon)?\.([A-Za-z]+)\b/g)) read.add(match[1] as string);
    }
    expect(LISTS.filter((name) => !read.has(name))).toEqual([]);
  });

  it('names, for each predicate, trigger lists that exist and are not empty', () => {
    const lex = defaultLexicon();
    for (const predicate of PREDICATES) {
      for (const name of RELATION_RULES[predicate].lexicon) {
        const list = lex[name] as unknown;
        const size = list instanceof PhraseSet ? [...list.firstWords()].length : (list as ReadonlySet<string>).size;
        expect(size, `${predicate}: ${name}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('malformed lexicon files', () => {
  const cases: Array<[string, (raw: Record<string, Record<string, unknown>>) => void, RegExp]> = [
    ['a list missing', (raw) => delete raw.relations!.launchConstructions, /relations\.json: launchConstructions: .*expected/],
    ['a class missing', (raw) => delete (raw.classes!.classes as Record<string, unknown>).interceptVerb, /classes\.json: .*interceptVerb/],
    ['a word that is not a string', (raw) => (raw.mentions!.titleWords as unknown[]).push(3), /mentions\.json: titleWords\.\d+: /],
    ['a list the table does not name', (raw) => (raw.relations!.requestCompanions = ['supply']), /relations\.json: .*requestCompanions/],
    ['an unknown entity type', (raw) => ((raw.mentions!.descriptionNouns as Record<string, unknown>).city = { types: ['Town'] }), /mentions\.json: descriptionNouns\.city\.types\.0: /],
  ];
  it.each(cases)('refuses %s with one line naming the file and the field', (_name, spoil, message) => {
    const raw = shipped();
    spoil(raw);
    let error: unknown;
    try {
      compileLexicon(raw as Record<(typeof LEXICON_FILES)[number], unknown>);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ name: 'InputError' });
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });
});

describe('word lists live in the lexicon', () => {
  it('no step of src/extract holds a set or array literal of words', () => {
    const offenders: string[] = [];
    for (const { file, text } of sources(join(SRC, 'extract'))) {
      // A literal list of two or more lower-case words: `new Set(['a', 'b'])` or `['a', 'b'].includes(...)`.
      const words = String.raw`'[a-z][a-z' .-]*'(?:\s*,\s*'[a-z][a-z' .-]*')+`;
      for (const m of text.matchAll(new RegExp(String.raw`new (?:Set|Map)(?:<[^>]*>)?\(\[\s*${words}|\[\s*${words}\s*,?\s*\]\.includes`, 'g'))) {
        offenders.push(`${file}: ${m[0].slice(0, 60)}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
