/**
 * Reads the import graph of src/: every relative import, re-export and dynamic import of every TypeScript file,
 * with its line, resolved to the file it names. Used by the dependency-direction test (dependencies.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One import statement of a source file. */
export interface ImportEdge {
  /** Importing file, relative to the repository root with forward slashes (`src/rdf/quads.ts`). */
  from: string;
  /** The specifier as written (`../graph/types.ts`, `node:fs`, `n3`). */
  specifier: string;
  /** The imported file, relative to the root, for relative specifiers; null for packages and built-ins. */
  to: string | null;
  /** 1-based line of the statement. */
  line: number;
  /** True for `import type` / `export type` (erased at run time). */
  typeOnly: boolean;
}

/**
 * Static imports and re-exports start a line (module top level); their specifier may follow several lines later.
 * Lines inside comments start with `*` or `//` and never match.
 */
const STATIC = /^(import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
/** `import('x')` anywhere in a line that is not a comment line. */
const DYNAMIC = /^(?![ \t]*(?:\*|\/\/)).*?\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The imports of one file's text (`from` is the file's root-relative path). */
export function importsOf(from: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const lineAt = (index: number): number => text.slice(0, index).split('\n').length;
  const target = (specifier: string): string | null =>
    specifier.startsWith('.') ? join(dirname(from), specifier).split('\\').join('/') : null;
  for (const m of text.matchAll(STATIC)) {
    const specifier = m[3] as string;
    edges.push({ from, specifier, to: target(specifier), line: lineAt(m.index), typeOnly: m[2] !== undefined });
  }
  for (const m of text.matchAll(DYNAMIC)) {
    const specifier = m[1] as string;
    edges.push({ from, specifier, to: target(specifier), line: lineAt(m.index + m[0].lastIndexOf('import(')), typeOnly: false });
  }
  return edges.sort((a, b) => a.line - b.line);
}

/** Every `.ts` file under `dir` (relative to `root`, forward slashes), sorted. */
export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(resolve(root, dir));
  return out.sort();
}

/** The import edges of every `.ts` file under `dir`. */
export function importGraph(root: string, dir: string): ImportEdge[] {
  return sourceFiles(root, dir).flatMap((file) => importsOf(file, readFileSync(join(root, file), 'utf8')));
}

/** Cycles among files, each as the list of its files (strongly connected components of more than one file). */
export function fileCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.to === null) continue;
    if (!next.has(e.from)) next.set(e.from, []);
    next.get(e.from)!.push(e.to);
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file)!, index.get(to)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const file of [...next.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}
