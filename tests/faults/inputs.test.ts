/**
 * Faults in the inputs a user names: symlink loops (`self -> .`, `up -> ../dir`), the same file reached through
 * links, dot-named files, and file names holding control characters that could forge extra error lines.
 * Folders are walked by real path, each once; hidden files are reported, never silently dropped; every name in an
 * error line has its control characters escaped.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/cli/inputs.ts';
import { documentId } from '../../src/ingest/index.ts';
import { InputError } from '../../src/errors.ts';
import { escapeControl } from '../../src/util/display.ts';
import { errLines, newsgraph } from '../cli/run-cli.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-inputs-'));
  // loops/: a.txt, self -> ., up -> ../loops, nested/b.txt with back -> ..
  mkdirSync(join(work, 'loops/nested'), { recursive: true });
  copyFileSync(join(repoRoot, 'corpus/dev_01.txt'), join(work, 'loops/a.txt'));
  copyFileSync(join(repoRoot, 'corpus/dev_02.txt'), join(work, 'loops/nested/b.txt'));
  symlinkSync('.', join(work, 'loops/self'));
  symlinkSync('../loops', join(work, 'loops/up'));
  symlinkSync('..', join(work, 'loops/nested/back'));
  // one/: a single self link (the case that read one file 41 times)
  mkdirSync(join(work, 'one'));
  copyFileSync(join(repoRoot, 'corpus/dev_03.txt'), join(work, 'one/c.txt'));
  symlinkSync('.', join(work, 'one/self'));
  // alias/: the same file under two names (a link), and a dangling link
  mkdirSync(join(work, 'alias'));
  copyFileSync(join(repoRoot, 'corpus/dev_04.txt'), join(work, 'alias/d.txt'));
  symlinkSync('d.txt', join(work, 'alias/e.txt'));
  symlinkSync('missing.txt', join(work, 'alias/dangling.txt'));
  // hidden/: a dot-named article and hidden non-article entries
  mkdirSync(join(work, 'hidden/.git'), { recursive: true });
  copyFileSync(join(repoRoot, 'corpus/dev_05.txt'), join(work, 'hidden/visible.txt'));
  copyFileSync(join(repoRoot, 'corpus/dev_06.txt'), join(work, 'hidden/.draft.txt'));
  writeFileSync(join(work, 'hidden/.DS_Store'), 'x');
  copyFileSync(join(repoRoot, 'corpus/dev_07.txt'), join(work, '..txt'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('symlink loops', () => {
  it('reads each file once through `self -> .`, `up -> ../dir` and `back -> ..`, and says which links it skipped', () => {
    const r = expandInputs([join(work, 'loops')]);
    expect(r.files).toEqual([join(work, 'loops/a.txt'), join(work, 'loops/nested/b.txt')]);
    expect(r.errors).toEqual([]);
    expect(r.notes.filter((n) => /folder already read/.test(n))).toHaveLength(3);
  });

  it('a single `self` link: one file, no spurious errors', () => {
    const r = expandInputs([join(work, 'one')]);
    expect(r.files).toEqual([join(work, 'one/c.txt')]);
    expect(r.errors).toEqual([]);
  });

  it('a folder named twice, once through a link, is read once', () => {
    const r = expandInputs([join(work, 'loops'), join(work, 'loops/up'), join(work, 'loops/self/a.txt')]);
    expect(r.files).toEqual([join(work, 'loops/a.txt'), join(work, 'loops/nested/b.txt')]);
  });

  it('the same file under two names is read once; a dangling link is noted', () => {
    const r = expandInputs([join(work, 'alias')]);
    expect(r.files).toEqual([join(work, 'alias/d.txt')]);
    expect(r.notes.some((n) => n.includes('e.txt') && /same file as/.test(n))).toBe(true);
    expect(r.notes.some((n) => n.includes('dangling.txt') && /broken link/.test(n))).toBe(true);
  });

  it('newsgraph extract over the loops writes both articles and exits 0 (it used to run out of memory)', async () => {
    const out = join(work, 'out-loops');
    const r = await newsgraph(['extract', join(work, 'loops'), '--out', out], work);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json']);
    expect(errLines(r.stderr).filter((l) => !/note:|wrote/.test(l))).toEqual([]);
  }, 60_000);
});

describe('dot-named files', () => {
  it('a hidden article inside a folder is skipped with a note that says how to read it; other hidden entries silently', () => {
    const r = expandInputs([join(work, 'hidden')]);
    expect(r.files).toEqual([join(work, 'hidden/visible.txt')]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/\.draft\.txt: skipped; hidden file/);
  });

  it.each([
    ['.draft.txt', 'draft'],
    ['corpus/.notes.md', 'notes'],
    ['plain.txt', 'plain'],
    ['..txt', ''],
  ])('documentId(%j) = %j: an id never starts with a dot', (path, id) => {
    expect(documentId(path)).toBe(id);
  });

  it('extract of a named dot file writes a visible output that build reads; `..txt` gets one clear error', async () => {
    const out = join(work, 'out-hidden');
    const r = await newsgraph(['extract', join(work, 'hidden/.draft.txt'), join(work, '..txt'), '--out', out], work);
    expect(readdirSync(out)).toEqual(['draft.json']);
    const errors = errLines(r.stderr).filter((l) => !/wrote/.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/\.\.txt: .*no document id/);
    const b = await newsgraph(['build', out, '--out', join(work, 'graph-hidden')], work);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/1 documents/);
  }, 60_000);
});

describe('names with control characters in error lines', () => {
  it.each([
    ['a\nnewsgraph: forged.txt', 'a\\nnewsgraph: forged.txt'],
    ['tab\there', 'tab\\there'],
    ['esc\u001b[31mred', 'esc\\u001b[31mred'],
    ['rtl\u202etxt.exe', 'rtl\\u202etxt.exe'],
    ['emoji 🚀 and "quotes" <b>', 'emoji 🚀 and "quotes" <b>'],
  ])('escapeControl(%j)', (name, shown) => {
    expect(escapeControl(name)).toBe(shown);
  });

  it('InputError escapes the name in its message and keeps the raw name in `input`', () => {
    const error = new InputError('x\ny.txt', 'empty file; expected an article');
    expect(error.message).toBe('x\\ny.txt: empty file; expected an article');
    expect(error.input).toBe('x\ny.txt');
  });

  it('a file named with a newline gets one error line, with the newline shown as \\n', async () => {
    const dir = join(work, 'forge');
    mkdirSync(dir);
    const name = 'evil\nnewsgraph: other.txt: forged error.txt';
    writeFileSync(join(dir, name), '');
    copyFileSync(join(repoRoot, 'corpus/dev_01.txt'), join(dir, 'good.txt'));
    const r = await newsgraph(['extract', dir, '--out', join(work, 'out-forge')], work);
    const lines = errLines(r.stderr);
    expect(lines.filter((l) => /forged/.test(l))).toHaveLength(1);
    expect(lines.some((l) => l.includes('evil\\nnewsgraph: other.txt: forged error.txt: empty file'))).toBe(true);
  }, 60_000);
});
