/**
 * `evaluate` over folders: gold files read and checked, articles ingested and extracted, unreadable articles
 * scored as empty predictions and reported, malformed gold files rejected with an InputError.
 */
import { describe as group, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, formatReport, readGoldFile } from '../../src/eval/index.ts';
import { InputError } from '../../src/errors.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function workspace(): { gold: string; corpus: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
  const gold = join(dir, 'gold');
  const corpus = join(dir, 'corpus');
  mkdirSync(gold);
  mkdirSync(corpus);
  return { gold, corpus };
}

group('evaluate', () => {
  it('scores one article of the sample corpus', () => {
    const { gold, corpus } = workspace();
    copyFileSync(join(ROOT, 'gold', 'dev_01.gold.json'), join(gold, 'dev_01.gold.json'));
    copyFileSync(join(ROOT, 'corpus', 'dev_01.txt'), join(corpus, 'dev_01.txt'));
    const result = evaluate(gold, corpus);
    expect(result.summary.articles).toBe(1);
    expect(result.errors).toEqual([]);
    expect(result.summary.entities.f1).toBeGreaterThan(0.9);
    expect(formatReport(result).split('\n').pop()).toMatch(/^count accuracy/);
  });

  it('scores an unreadable article as an empty prediction and reports it', () => {
    const { gold, corpus } = workspace();
    copyFileSync(join(ROOT, 'gold', 'dev_01.gold.json'), join(gold, 'dev_01.gold.json'));
    writeFileSync(join(corpus, 'dev_01.txt'), '');
    const result = evaluate(gold, corpus);
    expect(result.errors).toHaveLength(1);
    expect(result.summary.entities.tp).toBe(0);
    expect(result.summary.entities.fn).toBeGreaterThan(0);
  });

  it.each([
    ['{"document": 3}', 'document'],
    ['{"document": "a", "entities": [{"name": "X", "type": "Planet"}], "relations": []}', 'entities.0.type'],
    ['{"document": "a", "entities": [], "relations": [{"subject": "Russia", "predicate": "launched", "object": ["drone"], "evidence": ""}]}', 'relations.0.subject'],
    ['{"document": "a", "entities": [], "relations": [{"subject": ["Russia"], "predicate": "launched", "object": ["drone"], "count": "six", "evidence": ""}]}', 'relations.0.count'],
  ])('rejects the gold file %s naming %s on one line', (json, path) => {
    const { gold } = workspace();
    writeFileSync(join(gold, 'bad.gold.json'), json);
    expect(() => readGoldFile(join(gold, 'bad.gold.json'))).toThrow(InputError);
    expect(() => readGoldFile(join(gold, 'bad.gold.json'))).toThrow(new RegExp(`bad\\.gold\\.json: ${path.replace(/\./g, '\\.')}: [^\\n]*$`));
  });

  it('rejects a malformed gold file and a folder without gold files', () => {
    const { gold, corpus } = workspace();
    writeFileSync(join(gold, 'bad.gold.json'), '{"document": 3}');
    expect(() => readGoldFile(join(gold, 'bad.gold.json'))).toThrow(InputError);
    expect(() => evaluate(corpus, corpus)).toThrow(InputError);
  });

  it('reads gold events and rejects malformed ones', () => {
    const { gold } = workspace();
    const base = { document: 'a.txt', entities: [], relations: [] };
    const good = { kind: 'attack', date: null, attacker: ['Ruritania'], claimedBy: [], weapons: [{ weapon: ['drone'], launched: 3, intercepted: null }], targets: [], evidence: 'e' };
    writeFileSync(join(gold, 'good.gold.json'), JSON.stringify({ ...base, events: [good] }));
    expect(readGoldFile(join(gold, 'good.gold.json')).events).toHaveLength(1);
    const bad: unknown[] = [{ ...good, kind: 'raid' }, { ...good, date: 'May 2' }, { ...good, weapons: [{ weapon: 'drone' }] }, { ...good, attacker: 'Ruritania' }];
    for (const event of bad) {
      writeFileSync(join(gold, 'bad.gold.json'), JSON.stringify({ ...base, events: [event] }));
      expect(() => readGoldFile(join(gold, 'bad.gold.json'))).toThrow(InputError);
    }
  });
});
