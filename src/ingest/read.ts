/**
 * Reading an input file safely: checks existence and size (with stat, before reading), then that the bytes are text
 * (no NUL bytes, few control characters) in valid UTF-8. Each failure is an InputError naming the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.ts';

/** Options of `readTextFile`. */
export interface ReadOptions {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest share of control characters (other than tab, newline, carriage return, form feed) in a text file. */
  maxControlRatio: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxBytes: 5 * 1024 * 1024,
  maxControlRatio: 0.02,
};

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/**
 * Reads `path` as UTF-8 text.
 * 1. stat: the path must exist, be a file and not exceed `maxBytes` (checked before any byte is read);
 * 2. bytes: no NUL byte and few control characters (else it is binary);
 * 3. decoding: strict UTF-8 (a BOM is removed).
 * @throws InputError for a missing path, a folder, an oversized, empty, binary or non-UTF-8 file
 */
export function readTextFile(path: string, options: Partial<ReadOptions> = {}): string {
  const o = { ...DEFAULT_READ_OPTIONS, ...options };
  // 1. stat before reading
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(path, 'is a folder; expected a file');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(path, 'no such file or folder; expected an existing path');
    throw new InputError(path, `cannot be read (${code ?? 'error'}); expected a readable file`);
  }
  if (size > o.maxBytes) {
    throw new InputError(path, `file too large (${formatBytes(size)}); expected at most ${formatBytes(o.maxBytes)} (see --max-size)`);
  }
  if (size === 0) throw new InputError(path, 'empty file; expected an article');
  // 2. binary content
  const bytes = readFileSync(path);
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(path, 'UTF-16 encoded text; expected UTF-8 (re-save the file as UTF-8)');
  }
  if (bytes.includes(0)) throw new InputError(path, 'binary file (contains NUL bytes); expected UTF-8 text');
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  if (control / bytes.length > o.maxControlRatio) {
    throw new InputError(path, `binary file (${Math.round((control / bytes.length) * 100)}% control characters); expected UTF-8 text`);
  }
  // 3. strict UTF-8
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(path, 'invalid UTF-8; expected text encoded as UTF-8');
  }
  if (text.trim().length === 0) throw new InputError(path, 'empty file (only whitespace); expected an article');
  return text;
}
