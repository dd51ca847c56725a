/**
 * The five seed articles, read from ../shared (beside the repository; CI has it there): the publication date equals
 * the gold, title and byline stay, and known furniture is gone. No seed text is copied into this repository: the
 * checks below name only generic furniture phrases and compare against the gold files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const shared = resolve(repoRoot, '../shared');
const seeds = join(shared, 'corpus/seeds');
const goldSeeds = join(shared, 'gold/seeds');
const devCorpus = join(repoRoot, 'corpus');
const devGold = join(repoRoot, 'gold');

/** Phrases of site furniture that must not survive cleaning, whatever the site. */
const FURNITURE = [/^advertisement:?$/im, /become a member/i, /gift (a )?membership/i, /google tag/i, /^read more:?$/im, /^news feed$/im,
  /indicates required/i, /enable read mode/i, /font size/i, /skip to content/i, /original url/i, /^most read$/im, /cookies/i, /^tags:/im];

function goldOf(goldDir: string, file: string): { published: string | null; entities: { name: string }[] } {
  return JSON.parse(readFileSync(join(goldDir, file.replace(/\.[^.]+$/, '.gold.json')), 'utf8'));
}

describe('seed articles from ../shared', () => {
  it('../shared is present beside the repository', () => {
    expect(readdirSync(seeds).filter((f) => f.endsWith('.txt')).length).toBe(5);
  });

  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  it.each(files)('%s: date equals the gold, title and byline kept, furniture gone', (file) => {
    const doc = ingestFile(join(seeds, file));
    const gold = goldOf(goldSeeds, file);
    expect(doc.published).toBe(gold.published);
    expect(doc.title).toBeTruthy();
    expect(doc.text).toContain(doc.title!.replace(/\.\.\.$/, ''));
    if (doc.byline) expect(doc.text).toContain(doc.byline);
    for (const pattern of FURNITURE) expect(doc.text).not.toMatch(pattern);
    expect(doc.text).not.toMatch(/\*\*|\]\(|\\\$/); // markdown syntax stripped
  });

  it('finds bylines and the source URL where the seeds name them', () => {
    const docs = files.map((f) => ingestFile(join(seeds, f)));
    // Gold lists byline authors as entities: each byline found must be a gold entity or one of its aliases.
    const withByline = docs.filter((d) => d.byline);
    expect(withByline.length).toBeGreaterThanOrEqual(2);
    for (const d of withByline) {
      const gold = JSON.parse(readFileSync(join(goldSeeds, `${d.id}.gold.json`), 'utf8')) as { entities: { name: string; aliases?: string[] }[] };
      const names = gold.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
      expect(names).toContain(d.byline);
    }
    expect(docs.filter((d) => d.source?.startsWith('https://')).length).toBeGreaterThanOrEqual(1);
  });
});

describe('dev articles', () => {
  const files = readdirSync(devCorpus).filter((f) => f.endsWith('.txt')).sort();
  it.each(files)('%s: date equals the gold, furniture gone', (file) => {
    const doc = ingestFile(join(devCorpus, file));
    expect(doc.published).toBe(goldOf(devGold, file).published);
    for (const pattern of FURNITURE) expect(doc.text).not.toMatch(pattern);
  });
});
