/**
 * The corpus manifest (src/ingest/manifest.ts): a SOURCES.md table or a sources.csv beside the articles gives the
 * publication date and URL of a file whose text states none; a date the text states wins; a folder without a
 * manifest, a manifest without the file's row, and a malformed manifest change nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { parseManifest } from '../../src/ingest/manifest.ts';

const BODY = 'Russia launched 40 drones at Kharkiv on Wednesday night, the regional governor said. Air defence units shot down most of them over the city, and two houses were damaged by falling debris in the north of the region.\n';
const DATED = 'Published: 3 May 2024\n\nRussia launched 40 drones at Kharkiv overnight, the regional governor said. Air defence units shot down most of them over the city, and two houses were damaged by falling debris in the north of the region.\n';

let dir = '';
function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-manifest-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

const TABLE = [
  '# Where the articles come from',
  '',
  '| file | outlet | date | URL |',
  '| --- | --- | --- | --- |',
  '| a.txt | Example Wire | 2025-11-20 | https://example.org/a |',
  '| b.txt | Example Post | 2025-04-13 (from the content) | https://example.org/b |',
  '| c.txt | Example Daily | unknown | - |',
].join('\n');

describe('parseManifest', () => {
  const cases: Array<[string, string, 'md' | 'csv', Record<string, { published: string | null; source: string | null }>]> = [
    ['a Markdown table, columns by header, the first date of a cell', TABLE, 'md', {
      'a.txt': { published: '2025-11-20', source: 'https://example.org/a' },
      'b.txt': { published: '2025-04-13', source: 'https://example.org/b' },
      'c.txt': { published: null, source: null },
    }],
    ['a CSV file with its columns in another order', 'URL,Date,File\nhttps://example.org/x,2024-01-07,x.txt\n', 'csv', { 'x.txt': { published: '2024-01-07', source: 'https://example.org/x' } }],
    ['a table without a file column gives nothing', '| outlet | date |\n| --- | --- |\n| Wire | 2024-01-07 |', 'md', {}],
    ['text that holds no table gives nothing', 'Just notes about the corpus, no table here.', 'md', {}],
  ];
  it.each(cases)('%s', (_name, text, format, expected) => {
    expect(Object.fromEntries(parseManifest(text, format))).toEqual(expected);
  });
});

describe('ingestFile with a manifest beside the articles', () => {
  it('takes the date and URL of a file whose text states none', () => {
    const d = folder({ 'SOURCES.md': TABLE, 'a.txt': BODY });
    const doc = ingestFile(join(d, 'a.txt'));
    expect(doc.published).toBe('2025-11-20');
    expect(doc.source).toBe('https://example.org/a');
  });

  it('keeps the date the article states', () => {
    const d = folder({ 'SOURCES.md': TABLE, 'a.txt': DATED });
    expect(ingestFile(join(d, 'a.txt')).published).toBe('2024-05-03');
  });

  it('reads sources.csv too, and can be switched off', () => {
    const d = folder({ 'sources.csv': 'file,date\na.txt,2024-02-29\n', 'a.txt': BODY });
    expect(ingestFile(join(d, 'a.txt')).published).toBe('2024-02-29');
    expect(ingestFile(join(d, 'a.txt'), { manifest: false }).published).toBeNull();
  });

  it('changes nothing without a row for the file, or with a malformed manifest', () => {
    const d = folder({ 'SOURCES.md': TABLE, 'z.txt': BODY, 'sub.txt': BODY });
    expect(ingestFile(join(d, 'z.txt')).published).toBeNull();
    writeFileSync(join(d, 'SOURCES.md'), '| file | date\n| --- \n| sub.txt');
    expect(ingestFile(join(d, 'sub.txt')).published).toBeNull();
  });
});

describe('a folder walk and its manifest', () => {
  it('reads the manifest as metadata, not as an article, and says so', () => {
    const d = folder({ 'SOURCES.md': TABLE, 'a.txt': BODY, 'notes.md': BODY });
    const inputs = expandInputs([d]);
    expect(inputs.files.map((f) => f.slice(d.length + 1))).toEqual(['a.txt', 'notes.md']);
    expect(inputs.notes).toEqual([`${join(d, 'SOURCES.md')}: read as the folder's manifest (publication dates and URLs of its articles), not as an article`]);
  });
});
