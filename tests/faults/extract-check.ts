/**
 * One fuzz input through ingest and extraction, checked: only an InputError may refuse it; evidence must point into
 * the cleaned text and equal it there; the output must serialise as JSON. Returns the CPU time used. Shared by
 * tests/faults/fuzz.test.ts and scripts/fuzz.ts.
 */
import { InputError } from '../../src/errors.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import type { Document } from '../../src/ingest/types.ts';
import type { ShapedInput } from './shapes.ts';

/** CPU time allowed for one input: a fixed part plus a part per KB, both far above what linear code needs. */
export const BUDGET = { baseMs: 300, perKbMs: 40 };

/** Ingests and extracts `input`; returns the CPU milliseconds used. Throws on anything but a refused input. */
export function extractChecked(input: ShapedInput): number {
  const started = process.cpuUsage();
  let doc: Document;
  try {
    doc = ingestText(input.text, { id: 'fuzz', format: input.format, checkLanguage: false });
  } catch (error) {
    if (error instanceof InputError) return cpuSince(started);
    throw error;
  }
  const extraction = extractDocument(doc);
  for (const relation of extraction.relations) {
    const { start, end, text } = relation.evidence;
    if (!(start >= 0 && start <= end && end <= doc.text.length)) throw new Error(`evidence [${start}, ${end}) outside the text (${doc.text.length})`);
    if (doc.text.slice(start, end) !== text) throw new Error(`evidence text differs from the text at [${start}, ${end})`);
  }
  JSON.stringify(extraction);
  return cpuSince(started);
}

function cpuSince(started: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}
