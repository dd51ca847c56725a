/** readTextFile: the byte-level checks behind the one-line bad-input messages, each an InputError naming the file. */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/ingest/read.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { InputError } from '../../src/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readTextFile', () => {
  const bad: [string, () => string, RegExp][] = [
    ['missing', () => join(dir, 'absent.txt'), /no such file/],
    ['folder', () => dir, /is a folder/],
    ['empty', () => file('empty.txt', ''), /empty file/],
    ['whitespace only', () => file('blank.txt', ' \n\t\n'), /empty file/],
    ['NUL bytes', () => file('nul.txt', Buffer.from([0x41, 0x00, 0x42])), /binary/],
    ['control characters', () => file('ctl.txt', Buffer.from('a\x01b\x02c\x03d\x04e\x05f\x06g\x07h')), /binary/],
    ['UTF-16', () => file('utf16.txt', Buffer.from('\ufeffhello', 'utf16le')), /UTF-16/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), /invalid UTF-8/],
    [
      'too large (checked by size, not read)',
      () => {
        const path = file('huge.txt', '');
        truncateSync(path, 50 * 1024 * 1024);
        return path;
      },
      /too large \(50\.0 MB\)/,
    ],
  ];
  it.each(bad)('%s -> InputError', (_label, make, message) => {
    const path = make();
    let error: unknown;
    try {
      readTextFile(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(path);
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).message).not.toContain('\n');
  });

  it('reads valid UTF-8 and removes a BOM', () => {
    expect(readTextFile(file('ok.txt', '\ufeffKyiv — Київ'))).toBe('Kyiv — Київ');
  });

  it('honours maxBytes', () => {
    expect(() => readTextFile(file('small.txt', 'x'.repeat(2048)), { maxBytes: 1024 })).toThrow(InputError);
  });
});

describe('ingestFile', () => {
  it('rejects an unsupported extension and a page with nothing but furniture', () => {
    expect(() => ingestFile(file('data.csv', 'a,b\n1,2\n'))).toThrow(/unsupported file type/);
    expect(() => ingestFile(file('furniture.txt', 'Advertisement\n\nSubscribe\n\nSkip to content\n'))).toThrow(/no article text left/);
  });
});
