/**
 * Command-line inputs: expands the files and folders a user named into the list of files to read.
 * A folder contributes every file with a supported extension (recursively, hidden entries skipped); other files
 * in it are skipped with a note. A named file with an unsupported extension, or a missing path, is an InputError.
 * Shared by every command that reads articles (extract, build, eval).
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { InputError } from '../errors.ts';

/** Options of `expandInputs`. */
export interface ExpandOptions {
  /** Extensions accepted, lower-case with the dot (default: .txt, .text, .md, .markdown, .html, .htm). */
  extensions: readonly string[];
  /** Descend into subfolders (default true). */
  recursive: boolean;
}

export const DEFAULT_EXPAND_OPTIONS: ExpandOptions = {
  extensions: ['.txt', '.text', '.md', '.markdown', '.html', '.htm'],
  recursive: true,
};

/** The result of expanding inputs: files to read (in order), notes about skipped files, and errors. */
export interface ExpandedInputs {
  files: string[];
  /** One line each, e.g. `corpus/notes.pdf: skipped; not a .txt, .md or .html file`. */
  notes: string[];
  errors: InputError[];
}

/**
 * Expands `paths` (files and folders, in the order given) into the files to read.
 * Folders are listed in sorted order; the same file named twice is read once.
 */
export function expandInputs(paths: readonly string[], options: Partial<ExpandOptions> = {}): ExpandedInputs {
  const o = { ...DEFAULT_EXPAND_OPTIONS, ...options };
  const accepted = new Set(o.extensions.map((e) => e.toLowerCase()));
  const expected = o.extensions.join(', ');
  const result: ExpandedInputs = { files: [], notes: [], errors: [] };
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      result.files.push(file);
    }
  };
  const walk = (folder: string) => {
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch (error) {
      result.errors.push(new InputError(folder, `cannot list folder (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a readable folder`));
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue; // a dangling link inside a folder is not worth an error
      }
      if (isDir) {
        if (o.recursive) walk(path);
      } else if (accepted.has(extname(name).toLowerCase())) add(path);
      else result.notes.push(`${path}: skipped; not a ${expected} file`);
    }
  };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      result.errors.push(new InputError(path, 'no such file or folder; expected an existing path'));
      continue;
    }
    if (isDir) walk(path);
    else if (accepted.has(extname(path).toLowerCase())) add(path);
    else result.errors.push(new InputError(path, `unsupported file type "${extname(path) || '(none)'}"; expected ${expected}`));
  }
  return result;
}

/** Parses a size such as "5MB", "500kB", "1.5 GB" or "1048576" into bytes. */
export function parseSize(value: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.round(Number(m[1]) * factor);
  return bytes > 0 ? bytes : null;
}
