/**
 * Gazetteer coverage against gold files: lists gold entities (and their aliases) that the gazetteer does not know.
 * Forms are compared by their lookup key (case-, accent- and punctuation-insensitive), within the gold entity's type;
 * a Country form also counts when it is a demonym or the name/alias of its capital.
 *
 *   npx tsx scripts/gazetteer-coverage.ts [gold dirs...]   (default: gold ../shared/gold/seeds)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../src/domain/gazetteer/index.ts';
import type { GazetteerEntry } from '../src/domain/gazetteer/types.ts';
import { lookupKey } from '../src/domain/names.ts';

interface GoldEntity {
  name: string;
  type: string;
  generic?: boolean;
  aliases?: string[];
}

const norm = lookupKey;

// 1. every form of every gazetteer entry, by type
const gaz = loadGazetteer();
const known = new Map<string, Map<string, GazetteerEntry>>();
const add = (type: string, form: string, e: GazetteerEntry) => {
  let m = known.get(type);
  if (!m) known.set(type, (m = new Map()));
  if (!m.has(norm(form))) m.set(norm(form), e);
};
for (const e of gaz.entries) {
  for (const f of [e.name, ...e.aliases, ...(e.demonyms ?? [])]) add(e.type, f, e);
  if (e.type === 'Country' && e.capital) {
    const cap = gaz.get(e.capital);
    if (cap) for (const f of [cap.name, ...cap.aliases]) add('Country', f, e);
  }
}

// 2. gold entities, compared per form
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['gold', '../shared/gold/seeds'];
let entities = 0;
let entitiesFound = 0;
let forms = 0;
let formsFound = 0;
const missingEntities = new Map<string, Set<string>>();
const missingForms = new Map<string, Set<string>>();
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { entities: GoldEntity[] };
    for (const g of gold.entities) {
      const m = known.get(g.type);
      const all = [g.name, ...(g.aliases ?? [])];
      const hits = all.filter((f) => m?.has(norm(f)));
      entities++;
      if (hits.length) entitiesFound++;
      else {
        const key = `${g.type} | ${g.name}${g.generic ? ' (generic)' : ''}`;
        if (!missingEntities.has(key)) missingEntities.set(key, new Set());
        missingEntities.get(key)?.add(file);
      }
      for (const f of all) {
        forms++;
        if (m?.has(norm(f))) formsFound++;
        else if (hits.length) {
          const key = `${g.type} | ${g.name}`;
          if (!missingForms.has(key)) missingForms.set(key, new Set());
          missingForms.get(key)?.add(f);
        }
      }
    }
  }
}

// 3. report
console.log(`entities known: ${entitiesFound}/${entities}; forms known: ${formsFound}/${forms}`);
console.log('\nEntities not in the gazetteer (by no form):');
for (const [k, files] of [...missingEntities].sort()) console.log(`  ${k}   [${[...files].join(', ')}]`);
console.log('\nForms missing on known entities:');
for (const [k, fs] of [...missingForms].sort()) console.log(`  ${k}: ${[...fs].join(' | ')}`);
