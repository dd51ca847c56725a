/**
 * Types of the output stage: a writer turns the knowledge graph into one or more files, streamed through text sinks;
 * the registry (registry.ts) lists the writers, and the transaction (generation.ts) writes the chosen ones into a
 * fresh generation folder and switches the build folder to it in one step.
 */
import type { KnowledgeGraph } from '../graph/types.ts';
import type { TextSink } from '../util/text-sink.ts';

/** Output formats, as `newsgraph build --format` names them. */
export const OUTPUT_FORMATS = ['json', 'ttl', 'nt', 'trig', 'gexf', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Opens the files of one writer: `open(name)` gives the sink of file `name` (one of the writer's `files`). */
export interface OutputFiles {
  open(file: string): TextSink;
  /** The new generation folder (absolute): a writer may keep parts of its output in a subfolder of its own. */
  folder: string;
  /** The live generation the build started from (absolute), or null: parts of it may be hard-linked. */
  previous: string | null;
  /**
   * With `previous`: the publication days (see rdf `documentDay`) whose documents were added, replaced or removed
   * since it. A writer may link its parts of every other day from `previous`. Undefined: everything is written.
   */
  changedDays?: ReadonlySet<string>;
  /**
   * With `previous`: the keys of the documents (`doc:<id>`) and event nodes added, replaced, removed or changed since
   * it, their own edges included (graph `trackDocumentChanges`). graph.json's writer links its parts without any of
   * them from `previous`. Undefined: everything is written.
   */
  changedKeys?: ReadonlySet<string>;
  /**
   * With `previous`: the publication days whose relation evidence may differ from `previous`'s (graph/changes.ts
   * `trackEvidenceChanges`); graph.json links the evidence parts of the other days. Undefined: every day is written.
   */
  changedEvidence?: ReadonlySet<string>;
  /**
   * What the writers of one export share (the same graph, unchanged meanwhile): the RDF writers keep the head's quads
   * and the evidence index here (rdf `SharedQuads`), made once for the three syntaxes. Absent: each makes its own.
   */
  shared?: Map<string, unknown>;
  /**
   * Every format this export writes (registry order), so that a writer can do the work of several in one pass (the RDF
   * writers write the parts of every RDF syntax asked when the first of them runs). Absent: this writer's alone.
   */
  formats?: readonly OutputFormat[];
  /** Write the joined files of writers that keep their output in parts (graph.nt, graph.ttl, graph.trig). */
  joined?: boolean;
}

/** What a build knows about its changes, for writers that reuse the previous generation's parts. */
export interface WriteOptions {
  /** See `OutputFiles.changedDays`. */
  changedDays?: ReadonlySet<string>;
  /** See `OutputFiles.changedKeys`. */
  changedKeys?: ReadonlySet<string>;
  /** See `OutputFiles.changedEvidence`. */
  changedEvidence?: ReadonlySet<string>;
  /** See `OutputFiles.joined`. */
  joined?: boolean;
}

/** What a writer reports about what it wrote (the counts it knows). */
export interface WriterResult {
  /** Triples written (Turtle, N-Triples). */
  triples?: number;
  /** Quads written (TriG). */
  quads?: number;
}

/**
 * One output format. `write` streams the graph into the sinks it opens (one per file it names) and never builds a
 * whole file in memory; the caller ends the sinks and makes the files appear together.
 */
export interface OutputWriter {
  id: OutputFormat;
  /** File names it writes, inside the build folder. */
  files: readonly string[];
  /** Those of `files` it writes only when asked (`OutputFiles.joined`); default none. */
  optional?: readonly string[];
  /** Whether generation folder `generation` holds this format; default: every one of `files` is there. */
  present?(generation: string): boolean;
  /** One line for `--help` and the README. */
  description: string;
  write(graph: KnowledgeGraph, files: OutputFiles): Promise<WriterResult>;
}

/** What one export wrote. */
export interface ExportReport {
  /** The build folder. */
  dir: string;
  /** The generation folder that holds the files (inside `dir`). */
  generation: string;
  /** Formats written, in registry order. */
  formats: OutputFormat[];
  /** Paths of the user-facing files, `dir/<file>`. */
  files: string[];
  /** Triples in graph.ttl / graph.nt (0 when neither was written). */
  triples: number;
  /** Quads in graph.trig (a direct edge counts once per document that states it; 0 when not written). */
  quads: number;
  /** Milliseconds each format took to write, by format. */
  ms: Partial<Record<OutputFormat, number>>;
}
