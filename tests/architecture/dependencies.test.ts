/**
 * The dependency direction of src/, checked over its import statements:
 *
 *   domain (+ errors.ts, util/) <- ingest <- extract <- graph <- rdf <- output <- query | web | eval <- cli, index.ts
 *
 * A file may import its own stage and any stage below it, never one above it, nor a peer on its level (query, web
 * and eval stand side by side); no two files import each other, directly or round a cycle; the explorer (src/web)
 * never reaches Node-only code. A failure names the file, its line and the import.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileCycles, importGraph, importsOf, sourceFiles, type ImportEdge } from './imports.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** The stages from the bottom up; `paths` are prefixes of root-relative file paths. */
const LAYERS: { level: number; stage: string; paths: string[] }[] = [
  // ontology/ holds the domain's data (gazetteer, lexicons): JSON a module may import like a spec table
  { level: 0, stage: 'domain', paths: ['src/domain/', 'src/errors.ts', 'src/util/', 'ontology/'] },
  { level: 1, stage: 'ingest', paths: ['src/ingest/'] },
  { level: 2, stage: 'extract', paths: ['src/extract/'] },
  { level: 3, stage: 'graph', paths: ['src/graph/'] },
  { level: 4, stage: 'rdf', paths: ['src/rdf/'] },
  { level: 5, stage: 'output', paths: ['src/output/'] },
  { level: 6, stage: 'query', paths: ['src/query/'] },
  { level: 6, stage: 'web', paths: ['src/web/'] },
  { level: 6, stage: 'eval', paths: ['src/eval/'] },
  { level: 7, stage: 'serve', paths: ['src/serve/'] },
  { level: 8, stage: 'cli', paths: ['src/cli/', 'src/index.ts'] },
];

/** The layer of a file under src/, or undefined when no layer claims it. */
function layerOf(file: string): (typeof LAYERS)[number] | undefined {
  return LAYERS.find((layer) => layer.paths.some((path) => file === path || (path.endsWith('/') && file.startsWith(path))));
}

const where = (e: ImportEdge): string => `${e.from}:${e.line} imports '${e.specifier}'`;

/** The problems of one import edge against the layer table (empty when it points upstream or within its stage). */
function directionProblems(e: ImportEdge): string[] {
  if (e.to === null) return [];
  const from = layerOf(e.from);
  const to = layerOf(e.to);
  if (!from) return [`${e.from}: belongs to no stage; add it to LAYERS in tests/architecture/dependencies.test.ts`];
  if (!to) return [`${where(e)}: ${e.to} belongs to no stage`];
  if (to.level > from.level) return [`${where(e)}: ${from.stage} (level ${from.level}) must not import ${to.stage} (level ${to.level}), which is downstream`];
  if (to.level === from.level && to.stage !== from.stage) return [`${where(e)}: ${from.stage} must not import its peer ${to.stage}`];
  return [];
}

const NODE_BUILTINS = new Set(builtinModules);
const isNodeOnly = (specifier: string): boolean => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] as string);

const edges = importGraph(ROOT, 'src');

describe('import scanner', () => {
  const source = [
    '/**',
    " * Banner: `import { loadGraph } from 'newsgraph'` in a comment is not an import.",
    ' */',
    "import { a } from './a.ts';",
    'import {',
    '  b,',
    '  type C,',
    "} from '../b.ts';",
    "import type { D } from './d.ts';",
    "export { e } from './e.ts';",
    "export * from './f.ts';",
    "import 'side-effect';",
    "// const x = await import('./commented.ts');",
    "const g = await import('./g.ts');",
    "const s = 'import { h } from \"./h.ts\"';",
  ].join('\n');
  const table: [string, string | null, number, boolean][] = [
    ['./a.ts', 'src/x/a.ts', 4, false],
    ['../b.ts', 'src/b.ts', 5, false],
    ['./d.ts', 'src/x/d.ts', 9, true],
    ['./e.ts', 'src/x/e.ts', 10, false],
    ['./f.ts', 'src/x/f.ts', 11, false],
    ['side-effect', null, 12, false],
    ['./g.ts', 'src/x/g.ts', 14, false],
  ];

  it('finds static, multi-line, type-only, re-exported, side-effect and dynamic imports, and nothing in comments or strings', () => {
    const found = importsOf('src/x/y.ts', source).map((e) => [e.specifier, e.to, e.line, e.typeOnly]);
    expect(found).toEqual(table);
  });

  const edge = (from: string, specifier: string, to: string | null): ImportEdge => ({ from, specifier, to, line: 7, typeOnly: false });
  it.each<[string, ImportEdge, string[]]>([
    ['a stage reading an upstream one', edge('src/graph/build.ts', '../extract/types.ts', 'src/extract/types.ts'), []],
    ['a stage reading its own files', edge('src/extract/index.ts', './resolve/index.ts', 'src/extract/resolve/index.ts'), []],
    ['a package', edge('src/domain/index.ts', 'n3', null), []],
    [
      'a stage reading a downstream one',
      edge('src/extract/index.ts', '../graph/types.ts', 'src/graph/types.ts'),
      ["src/extract/index.ts:7 imports '../graph/types.ts': extract (level 2) must not import graph (level 3), which is downstream"],
    ],
    ['a peer', edge('src/web/main.ts', '../query/load.ts', 'src/query/load.ts'), ["src/web/main.ts:7 imports '../query/load.ts': web must not import its peer query"]],
    ['a file outside the table', edge('src/misc.ts', './errors.ts', 'src/errors.ts'), ['src/misc.ts: belongs to no stage; add it to LAYERS in tests/architecture/dependencies.test.ts']],
  ])('judges %s', (_name, e, problems) => {
    expect(directionProblems(e)).toEqual(problems);
  });

  it('reads every file of src/ that has an import line', () => {
    const importing = sourceFiles(ROOT, 'src').filter((file) => /^import\b/m.test(readFileSync(join(ROOT, file), 'utf8')));
    const scanned = new Set(edges.map((e) => e.from));
    expect(importing.length).toBeGreaterThan(60);
    expect(importing.filter((file) => !scanned.has(file))).toEqual([]);
  });
});

describe('dependency direction of src/', () => {
  it('every import points down the stages or stays in its stage', () => {
    expect(edges.flatMap(directionProblems).join('\n')).toBe('');
  });

  it('no files import each other, directly or round a cycle', () => {
    expect(fileCycles(edges).map((cycle) => `cycle among: ${cycle.join(', ')}`).join('\n')).toBe('');
  });

  it('the explorer (src/web) reaches no Node-only module', () => {
    const byFile = new Map<string, ImportEdge[]>();
    for (const e of edges) byFile.set(e.from, [...(byFile.get(e.from) ?? []), e]);
    const problems: string[] = [];
    const seen = new Set<string>();
    const visit = (file: string, path: string[]): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const e of byFile.get(file) ?? []) {
        if (e.typeOnly) continue;
        if (e.to !== null) visit(e.to, [...path, where(e)]);
        else if (isNodeOnly(e.specifier)) problems.push([...path, where(e)].join(' -> '));
      }
    };
    for (const file of byFile.keys()) if (file.startsWith('src/web/')) visit(file, []);
    expect(problems.join('\n')).toBe('');
  });
});
