/**
 * The gold files of the check set (tests/fixtures/checkset) are well formed: each loads with `readGoldFile`,
 * names an article of the set, and every name a relation or an event uses is one of its own gold entities;
 * evidence is text of the article; event dates are real calendar days; numbers are whole and an event never
 * intercepts more than it launched. No extraction runs here: this set is scored only by hand (see its README),
 * so that no test result steers the rules towards it.
 */
import { describe as group, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGoldFile } from '../../src/eval/index.ts';

const SET = join(import.meta.dirname, '..', 'fixtures', 'checkset');
const GOLD_FILES = readdirSync(join(SET, 'gold')).filter((name) => name.endsWith('.gold.json')).sort();

/** Event lines as GUIDELINES.md writes them (the scorer of today reads only entities and relations). */
interface GoldEvent {
  kind: string;
  date: string | null;
  attacker: string[];
  claimedBy: string[];
  weapons: { weapon: string[]; launched: number | null; intercepted: number | null }[];
  targets: string[];
  evidence: string;
}

function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isCount(value: number | null): boolean {
  return value === null || (Number.isInteger(value) && value >= 0);
}

group('check set gold files', () => {
  it('holds twelve articles, each with a gold file', () => {
    const articles = readdirSync(join(SET, 'corpus')).filter((name) => name.endsWith('.txt')).sort();
    expect(articles).toHaveLength(12);
    expect(GOLD_FILES.map((name) => name.replace('.gold.json', '.txt'))).toEqual(articles);
  });

  it.each(GOLD_FILES)('%s is consistent with its article', (name) => {
    const gold = readGoldFile(join(SET, 'gold', name));
    const text = readFileSync(join(SET, 'corpus', gold.document), 'utf8');
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
    }
    const events = ((gold as unknown as { events?: GoldEvent[] }).events ?? []);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(['attack', 'interception']).toContain(event.kind);
      expect(event.date === null || isCalendarDay(event.date), String(event.date)).toBe(true);
      const used = [...event.attacker, ...event.claimedBy, ...event.targets, ...event.weapons.flatMap((w) => w.weapon)];
      for (const reading of used) expect(names, reading).toContain(reading);
      for (const line of event.weapons) {
        expect(isCount(line.launched) && isCount(line.intercepted)).toBe(true);
        if (line.launched !== null && line.intercepted !== null) expect(line.intercepted).toBeLessThanOrEqual(line.launched);
      }
      expect(text).toContain(event.evidence);
    }
  });
});
