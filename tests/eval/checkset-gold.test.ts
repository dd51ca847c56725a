/**
 * The gold files of the check sets (tests/fixtures/checkset, checkset2, ..., checkset7) and of the
 * paraphrase bank (tests/fixtures/paraphrase: relations only, no events) are well formed: each
 * loads with `readGoldFile`, names an article of its set, and every name a relation or an event uses is one of its own
 * gold entities; evidence is text of the article; the published date and event dates are real calendar days, an event
 * lies in the two weeks up to the published date, and every count the gold gives is written in the article (as
 * digits or as a number word; an event's interception count may instead be written as "all but N" of its launch
 * count); numbers are whole and an event never intercepts more than it launched. No extraction
 * runs here: these sets are scored only by hand (see their READMEs), so that no test result steers the rules
 * towards them.
 */
import { describe as group, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGoldFile } from '../../src/eval/index.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** Each set, how many articles it holds and whether its gold files give events. */
const SHAPES: Record<string, { articles: number; events: boolean }> = {
  checkset: { articles: 12, events: true },
  checkset2: { articles: 12, events: true },
  checkset3: { articles: 12, events: true },
  checkset4: { articles: 12, events: true },
  checkset5: { articles: 12, events: true },
  checkset6: { articles: 12, events: true },
  checkset7: { articles: 6, events: true },
  checkset8: { articles: 12, events: true },
  checkset9: { articles: 8, events: true },
  checkset10: { articles: 4, events: true },
  checkset11: { articles: 4, events: true },
  checkset12: { articles: 8, events: true },
  checkset13: { articles: 8, events: true },
  checkset14: { articles: 8, events: true },
  checkset15: { articles: 8, events: true },
  checkset16: { articles: 8, events: true },
  checkset17: { articles: 8, events: true },
  checkset18: { articles: 8, events: true },
  checkset19: { articles: 8, events: true },
  checkset20: { articles: 8, events: true },
  checkset21: { articles: 8, events: true },
  checkset22: { articles: 8, events: true },
  checkset23: { articles: 8, events: true },
  checkset24: { articles: 8, events: true },
  checkset25: { articles: 8, events: true },
  checkset26: { articles: 8, events: true },
  checkset27: { articles: 8, events: true },
  checkset28: { articles: 8, events: true },
  checkset29: { articles: 8, events: true },
  checkset30: { articles: 8, events: true },
  checkset31: { articles: 8, events: true },
  checkset32: { articles: 8, events: true },
  checkset33: { articles: 8, events: true },
  checkset34: { articles: 8, events: true },
  checkset35: { articles: 8, events: true },
  checkset36: { articles: 8, events: true },
  checkset37: { articles: 8, events: true },
  checkset38: { articles: 8, events: true },
  checkset39: { articles: 8, events: true },
  checkset40: { articles: 8, events: true },
  checkset41: { articles: 8, events: true },
  checkset42: { articles: 8, events: true },
  checkset43: { articles: 8, events: true },
  checkset44: { articles: 8, events: true },
  checkset45: { articles: 8, events: true },
  checkset46: { articles: 8, events: true },
  checkset47: { articles: 8, events: true },
  checkset48: { articles: 8, events: true },
  checkset49: { articles: 8, events: true },
  checkset50: { articles: 8, events: true },
  checkset51: { articles: 8, events: true },
  checkset52: { articles: 8, events: true },
  checkset53: { articles: 8, events: true },
  checkset54: { articles: 8, events: true },
  checkset55: { articles: 8, events: true },
  checkset56: { articles: 8, events: true },
  checkset57: { articles: 8, events: true },
  checkset58: { articles: 8, events: true },
  checkset59: { articles: 8, events: true },
  checkset60: { articles: 8, events: true },
  checkset61: { articles: 8, events: true },
  paraphrase: { articles: 56, events: false },
};
const SETS = Object.keys(SHAPES);
const DAY_MS = 24 * 60 * 60 * 1000;
/** How far before its article's date an event may lie (two nights a week apart, say). */
const MAX_EVENT_AGE_DAYS = 14;

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

function goldFiles(set: string): string[] {
  return readdirSync(join(FIXTURES, set, 'gold')).filter((name) => name.endsWith('.gold.json')).sort();
}

function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isCount(value: number | null): boolean {
  return value === null || (Number.isInteger(value) && value >= 0);
}

/** Whether `text` writes `count` as digits (with or without thousands commas) or, up to twenty, as a word (0 also as a negation, 1 as an article). */
function writesNumber(text: string, count: number): boolean {
  const forms = [String(count), count.toLocaleString('en-GB')];
  if (count < NUMBER_WORDS.length) forms.push(NUMBER_WORDS[count]!);
  if (count === 0) forms.push('none', 'no', 'not');
  if (count === 1) forms.push('single', 'a', 'an');
  const folded = text.toLowerCase();
  return forms.some((form) => new RegExp(`(^|[^0-9a-z])${form.replace(/[.,]/g, '\\$&')}($|[^0-9a-z])`).test(folded));
}

/** Whether `text` gives `intercepted` of `launched` as "all but N" (N the difference, as digits or a number word). */
function writesAllBut(text: string, launched: number | null, intercepted: number): boolean {
  if (launched === null || intercepted >= launched) return false;
  const missed = launched - intercepted;
  const forms = [String(missed)];
  if (missed < NUMBER_WORDS.length) forms.push(NUMBER_WORDS[missed]!);
  const folded = text.toLowerCase();
  return forms.some((form) => new RegExp(`(^|[^0-9a-z])all but ${form}($|[^0-9a-z])`).test(folded));
}

const TABLE = SETS.flatMap((set) => goldFiles(set).map((name) => ({ set, name })));

group('check set gold files', () => {
  it.each(SETS)('%s holds its articles, each with a gold file', (set) => {
    const articles = readdirSync(join(FIXTURES, set, 'corpus')).filter((name) => name.endsWith('.txt')).sort();
    expect(articles).toHaveLength(SHAPES[set]!.articles);
    expect(goldFiles(set).map((name) => name.replace('.gold.json', '.txt'))).toEqual(articles);
  });

  it.each(TABLE)('$set/$name is consistent with its article', ({ set, name }) => {
    const gold = readGoldFile(join(FIXTURES, set, 'gold', name));
    const text = readFileSync(join(FIXTURES, set, 'corpus', gold.document), 'utf8');
    const names = new Set(gold.entities.map((e) => e.name));
    expect(names.size).toBe(gold.entities.length);
    // every entity is written in the article under its name or one of its aliases
    const folded = text.toLowerCase();
    for (const entity of gold.entities) {
      expect([entity.name, ...(entity.aliases ?? [])].some((alias) => folded.includes(alias.toLowerCase())), entity.name).toBe(true);
    }
    for (const relation of gold.relations) {
      for (const reading of [...relation.subject, ...relation.object, ...(relation.addressee ?? [])]) expect(names, reading).toContain(reading);
      expect(text, relation.evidence).toContain(relation.evidence);
      if (relation.count !== undefined && relation.count !== null) {
        expect(isCount(relation.count)).toBe(true);
        expect(writesNumber(text, relation.count), `${relation.predicate} ${relation.object[0]} ${relation.count}`).toBe(true);
      }
    }
    const published = gold.published ?? null;
    if (published !== null) expect(isCalendarDay(published), published).toBe(true);
    const events = gold.events ?? [];
    if (SHAPES[set]!.events) expect(events.length).toBeGreaterThan(0);
    else expect(gold.events).toBeUndefined();
    for (const event of events) {
      expect(['attack', 'interception']).toContain(event.kind);
      expect(event.date === null || isCalendarDay(event.date), String(event.date)).toBe(true);
      if (event.date !== null && published !== null) {
        const age = (Date.parse(published) - Date.parse(event.date)) / DAY_MS;
        expect(age, `${event.date} against ${published}`).toBeGreaterThanOrEqual(0);
        expect(age, `${event.date} against ${published}`).toBeLessThanOrEqual(MAX_EVENT_AGE_DAYS);
      }
      const used = [...event.attacker, ...event.claimedBy, ...event.targets, ...event.weapons.flatMap((w) => w.weapon)];
      for (const reading of used) expect(names, reading).toContain(reading);
      for (const line of event.weapons) {
        expect(isCount(line.launched) && isCount(line.intercepted)).toBe(true);
        if (line.launched !== null && line.intercepted !== null) expect(line.intercepted).toBeLessThanOrEqual(line.launched);
        if (line.launched !== null) expect(writesNumber(text, line.launched), `${line.weapon[0]} ${line.launched}`).toBe(true);
        if (line.intercepted !== null) {
          const written = writesNumber(text, line.intercepted) || writesAllBut(text, line.launched, line.intercepted);
          expect(written, `${line.weapon[0]} ${line.intercepted}`).toBe(true);
        }
      }
      expect(text).toContain(event.evidence);
    }
  });
});
