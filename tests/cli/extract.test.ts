/**
 * `newsgraph extract` end to end: spawns `node bin/newsgraph.js extract ...` on temporary files.
 * Bad inputs (empty, binary, invalid UTF-8, non-English, oversized, missing, unsupported) each get one stderr line
 * naming the input; the other inputs are still processed; the exit code is non-zero only when nothing was processed;
 * no temporary or half-written file is left. The good articles are copies of our own dev corpus.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errLines, newsgraph } from './run-cli.ts';
import { expandInputs, parseSize } from '../../src/cli/inputs.ts';

const repoRoot = resolve(import.meta.dirname, '../..');




/** Every file below `dir`, relative names. */
function listAll(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String);
}

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-extract-'));
  copyFileSync(join(repoRoot, 'corpus/dev_01.txt'), join(work, 'good1.txt'));
  copyFileSync(join(repoRoot, 'corpus/dev_07.txt'), join(work, 'good2.txt'));
  writeFileSync(join(work, 'empty.txt'), '');
  writeFileSync(join(work, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(work, 'latin1.txt'), Buffer.concat([Buffer.from('The air force said the drones were shot down over the capital region '), Buffer.from([0xe9, 0xe8, 0xff, 0xfe]), Buffer.from(' overnight.\n')]));
  writeFileSync(
    join(work, 'ukrainian.txt'),
    'Повітряні сили повідомили, що вночі збили більшість ракет і дронів, запущених по столиці. За словами мера, уламки впали на два житлові будинки, ніхто не загинув, а рятувальники працювали до ранку.\n',
  );
  writeFileSync(
    join(work, 'german.txt'),
    'Die Luftwaffe teilte mit, dass in der Nacht die meisten Raketen und Drohnen abgeschossen worden seien. Nach Angaben des Bürgermeisters fielen Trümmer auf zwei Wohnhäuser, niemand wurde getötet, und die Rettungskräfte arbeiteten bis zum Morgen.\n',
  );
  writeFileSync(join(work, 'big.txt'), '');
  truncateSync(join(work, 'big.txt'), 50 * 1024 * 1024); // sparse 50 MB file: never read, rejected by its size
  writeFileSync(join(work, 'report.pdf'), '%PDF-1.4 not an article');
  mkdirSync(join(work, 'folder'));
  copyFileSync(join(repoRoot, 'corpus/dev_02.txt'), join(work, 'folder/dev_02.txt'));
  writeFileSync(join(work, 'folder/notes.pdf'), '%PDF-1.4');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('newsgraph extract: bad input', () => {
  const bad: [string, RegExp][] = [
    ['empty.txt', /empty/i],
    ['binary.txt', /binary/i],
    ['latin1.txt', /UTF-8/],
    ['ukrainian.txt', /English/],
    ['german.txt', /English/],
    ['big.txt', /too large/i],
    ['missing.txt', /no such file/i],
    ['report.pdf', /unsupported file type/i],
  ];

  it('reports each bad input on one line, processes the others, exits 0, leaves no temp files', async () => {
    const r = await newsgraph(['extract', 'good1.txt', ...bad.map(([f]) => f), 'good2.txt', '--out', 'out'], work);
    expect(r.code).toBe(0);
    const lines = errLines(r.stderr);
    for (const [file, problem] of bad) {
      const mine = lines.filter((l) => l.includes(file));
      expect(mine, `stderr lines naming ${file}:\n${r.stderr}`).toHaveLength(1);
      expect(mine[0]).toMatch(problem);
    }
    expect(readdirSync(join(work, 'out')).sort()).toEqual(['good1.json', 'good2.json']);
    expect(listAll(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each(bad)('%s alone: exit code 1, one stderr line naming it, no output file', async (file, problem) => {
    const out = `out-alone-${bad.findIndex(([f]) => f === file)}`;
    const r = await newsgraph(['extract', file, '--out', out], work);
    expect(r.code).toBe(1);
    const naming = errLines(r.stderr).filter((l) => l.includes(file));
    expect(naming).toHaveLength(1);
    expect(naming[0]).toMatch(problem);
    expect(listAll(join(work, out))).toEqual([]);
  });

  it('skips an unsupported file inside a folder with a note and processes the rest', async () => {
    const r = await newsgraph(['extract', 'folder', '--out', 'out-folder'], work);
    expect(r.code).toBe(0);
    expect(errLines(r.stderr).filter((l) => l.includes('notes.pdf'))).toHaveLength(1);
    expect(r.stderr).toMatch(/note: .*notes\.pdf: skipped/);
    expect(readdirSync(join(work, 'out-folder'))).toEqual(['dev_02.json']);
  });

  it('honours --max-size', async () => {
    const r = await newsgraph(['extract', 'good1.txt', '--max-size', '1kB', '--out', 'out-small'], work);
    expect(r.code).toBe(1);
    expect(errLines(r.stderr).filter((l) => l.includes('good1.txt'))[0]).toMatch(/too large/);
  });

  it('refuses an --out that is a file (usage error, exit 2)', async () => {
    const r = await newsgraph(['extract', 'good1.txt', '--out', 'good2.txt'], work);
    expect(r.code).toBe(2);
    expect(errLines(r.stderr)).toHaveLength(1);
  });

  it('refuses several inputs without --out (usage error, exit 2)', async () => {
    const r = await newsgraph(['extract', 'good1.txt', 'good2.txt'], work);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('newsgraph extract: output contract', () => {
  it('prints the contract JSON to stdout for a single input without --out', async () => {
    const r = await newsgraph(['extract', 'good1.txt'], work);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['document', 'entities', 'relations', 'events']);
    const document = json.document as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['id', 'title', 'published', 'source', 'byline']);
    expect(document.id).toBe('good1');
    expect(document.published).toBe('2023-05-16');
    expect(document.byline).toBe('Dmytro Savchuk and Helen Marsh');
    expect(Array.isArray(json.entities)).toBe(true);
    expect(Array.isArray(json.relations)).toBe(true);
    for (const e of json.entities as Record<string, unknown>[]) {
      expect(Object.keys(e).sort()).toEqual(['aliases', 'forms', 'generic', 'id', 'label', 'type', 'wikidata']);
    }
    const text = readFileSync(join(work, 'good1.txt'), 'utf8');
    for (const rel of json.relations as { evidence: { text: string; start: number; end: number } }[]) {
      expect(rel.evidence.end).toBeGreaterThan(rel.evidence.start);
      expect(text.replace(/\s+/g, ' ')).toContain(rel.evidence.text.replace(/\s+/g, ' ').slice(0, 40));
    }
    const events = json.events as Record<string, unknown>[];
    expect(events.length).toBeGreaterThan(0);
    const ids = new Set((json.entities as { id: string }[]).map((e) => e.id));
    for (const e of events) {
      expect(Object.keys(e)).toEqual(['id', 'kind', 'date', 'attacker', 'claimedBy', 'weapons', 'targets', 'evidence', 'claims']);
      for (const w of e.weapons as { weapon: string }[]) {
        expect(Object.keys(w)).toEqual(['weapon', 'launched', 'intercepted']);
        expect(ids.has(w.weapon)).toBe(true);
      }
      for (const ev of e.evidence as { text: string }[]) expect(text.replace(/\s+/g, ' ')).toContain(ev.text.replace(/\s+/g, ' ').slice(0, 40));
    }
  });

  it('reads .html and .md inputs (names without extension become the output names)', async () => {
    writeFileSync(
      join(work, 'page.html'),
      '<html><head><title>Site</title><meta property="article:published_time" content="2024-05-02T08:00:00Z"></head><body>' +
        '<nav>Home | World</nav><article><h1>Drones shot down over the capital overnight</h1><p>Air defence units shot down all 20 drones that Russia launched at the capital overnight, the city administration said on Thursday morning.</p>' +
        '<p>Falling debris damaged two cars in a residential district, but nobody was hurt, the mayor said in a statement on Telegram.</p></article></body></html>',
    );
    writeFileSync(
      join(work, 'note.md'),
      '# Missile strike on the port\n\nBy Jane Roe\n\nJune 3, 2024\n\nRussia fired four missiles at the port city overnight, and air defence shot down two of them, the regional governor said on Monday.\n',
    );
    const r = await newsgraph(['extract', 'page.html', 'note.md', '--out', 'out-formats'], work);
    expect(r.code).toBe(0);
    expect(readdirSync(join(work, 'out-formats')).sort()).toEqual(['note.json', 'page.json']);
    const page = JSON.parse(readFileSync(join(work, 'out-formats/page.json'), 'utf8'));
    expect(page.document).toMatchObject({ id: 'page', title: 'Drones shot down over the capital overnight', published: '2024-05-02' });
    const note = JSON.parse(readFileSync(join(work, 'out-formats/note.json'), 'utf8'));
    expect(note.document).toMatchObject({ id: 'note', title: 'Missile strike on the port', published: '2024-06-03', byline: 'Jane Roe' });
  });

  it('--explain lists dropped lines with reasons on stderr', async () => {
    const r = await newsgraph(['extract', 'good1.txt', '--explain'], work);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/line 1 \(navigation\)/);
    expect(r.stderr).toMatch(/subscription or membership appeal/);
    JSON.parse(r.stdout); // stdout stays pure JSON
  });
});

describe('expandInputs and parseSize (shared input helpers)', () => {
  it('expands folders in sorted order, skips unsupported files with a note, reports missing and unsupported paths', () => {
    const r = expandInputs([join(work, 'folder'), join(work, 'good1.txt'), join(work, 'good1.txt'), join(work, 'nope.txt'), join(work, 'report.pdf')]);
    expect(r.files).toEqual([join(work, 'folder/dev_02.txt'), join(work, 'good1.txt')]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toContain('notes.pdf');
    expect(r.errors.map((e) => e.name)).toEqual(['InputError', 'InputError']);
    expect(r.errors.map((e) => e.input)).toEqual([join(work, 'nope.txt'), join(work, 'report.pdf')]);
  });

  const sizes: [string, number | null][] = [
    ['5MB', 5 * 1024 * 1024],
    ['500kB', 500 * 1024],
    ['1.5 GB', Math.round(1.5 * 1024 ** 3)],
    ['1048576', 1048576],
    ['0', null],
    ['five', null],
    ['-3MB', null],
  ];
  it.each(sizes)('parseSize(%j) = %s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
});
