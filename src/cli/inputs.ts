/**
 * Command-line inputs: expands the files and folders a user named into the list of files to read.
 * A folder contributes every file with a supported extension (recursively, by real path, so link loops end);
 * other files in it, hidden articles, its manifest (SOURCES.md, sources.csv: see src/ingest/manifest.ts) and links
 * to folders already read are skipped with a note. A named file with an unsupported extension, or a missing path, is an InputError.
 * Shared by every command that reads articles (extract, build, eval).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../errors.ts';
import { escapeControl } from '../util/display.ts';
import { MANIFEST_NAMES } from '../ingest/manifest.ts';

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
 * 1. Folders are walked by real path, each at most once: a link back to a folder already read (`self -> .`,
 *    `up -> ../dir`) or a second way into one is skipped with a note, so loops end and nothing is read twice.
 * 2. Files are deduplicated by real path: the same file under two names (a link) is read once.
 * 3. Inside folders, entries whose name starts with "." are hidden: a hidden file with a supported extension is
 *    skipped with a note (name it explicitly, or rename it, to read it); other hidden entries are skipped silently.
 *    A hidden file named explicitly is read (its document id drops the leading dots, see `documentId`).
 * Folders are listed in sorted order. Names in notes and errors have their control characters escaped.
 */
export function expandInputs(paths: readonly string[], options: Partial<ExpandOptions> = {}): ExpandedInputs {
  const o = { ...DEFAULT_EXPAND_OPTIONS, ...options };
  const accepted = new Set(o.extensions.map((e) => e.toLowerCase()));
  const expected = o.extensions.join(', ');
  const result: ExpandedInputs = { files: [], notes: [], errors: [] };
  const note = (path: string, what: string): void => {
    result.notes.push(`${escapeControl(path)}: ${what}`);
  };
  /** Real path of each file added, and the name it was added under. */
  const files = new Map<string, string>();
  /** Real path of each folder walked, and the name it was walked under. */
  const folders = new Map<string, string>();
  const add = (file: string, real: string) => {
    const first = files.get(real);
    if (first === undefined) {
      files.set(real, file);
      result.files.push(file);
    } else if (first !== file) note(file, `skipped; the same file as ${escapeControl(first)}`);
  };
  const walk = (folder: string, real: string) => {
    folders.set(real, folder);
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch (error) {
      result.errors.push(new InputError(folder, `cannot list folder (${(error as NodeJS.ErrnoException).code ?? 'error'}); expected a readable folder`));
      return;
    }
    for (const name of entries) {
      const path = join(folder, name);
      const supported = accepted.has(extname(name).toLowerCase());
      if (name.startsWith('.')) {
        if (supported) note(path, 'skipped; hidden file (its name starts with "."); name it explicitly or rename it to read it');
        continue;
      }
      let target: { isDirectory: boolean; real: string };
      try {
        target = { isDirectory: statSync(path).isDirectory(), real: realpathSync(path) };
      } catch {
        note(path, 'skipped; a broken link or an entry that cannot be read');
        continue;
      }
      if (target.isDirectory) {
        if (!o.recursive) continue;
        const first = folders.get(target.real);
        if (first !== undefined) note(path, `skipped; a link to a folder already read (${escapeControl(first)})`);
        else walk(path, target.real);
      } else if (MANIFEST_NAMES.includes(name)) note(path, 'read as the folder\'s manifest (publication dates and URLs of its articles), not as an article');
      else if (supported) add(path, target.real);
      else note(path, `skipped; not a ${expected} file`);
    }
  };
  for (const path of paths) {
    let isDir: boolean;
    let real: string;
    try {
      isDir = statSync(path).isDirectory();
      real = realpathSync(path);
    } catch {
      result.errors.push(new InputError(path, 'no such file or folder; expected an existing path'));
      continue;
    }
    if (isDir) {
      if (!folders.has(real)) walk(path, real);
    } else if (accepted.has(extname(path).toLowerCase())) add(path, real);
    else result.errors.push(new InputError(path, `unsupported file type "${escapeControl(extname(path)) || '(none)'}"; expected ${expected}`));
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
