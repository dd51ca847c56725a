/**
 * SHACL validation of newsgraph RDF against ontology/shapes.ttl with shacl-engine, reported as plain records.
 * Browser-safe apart from the default shapes, which the caller passes in (read them with `readShapes` in Node).
 */
import { DataFactory, Parser, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { Validator, type ValidationResult } from 'shacl-engine';
import { XsdValidation } from 'rdf-validation';

/** One violation (nested results of sh:node shapes included), flattened for printing and tests. */
export interface ShaclViolation {
  focus: string;
  path: string | null;
  constraint: string;
  value: string | null;
  message: string;
}

/** The outcome of `validateQuads`. */
export interface ShaclOutcome {
  conforms: boolean;
  violations: ShaclViolation[];
}

/** shacl-engine wants an RDF/JS factory that can also make datasets (for its report graph). */
const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };

/**
 * Works around a defect of rdf-validation 0.1.1 (used by shacl-engine for sh:datatype): its xsd:string pattern
 * `/^([^\ud8ff-\udfff\ufffe-\uffff]*)$/` has no `u` flag, so every character outside the Basic Multilingual
 * Plane (emoji, some CJK) makes a valid xsd:string fail. The shared pattern arrays are fixed in place once, to
 * the XML Char rule: no lone surrogates, no U+FFFE/U+FFFF.
 */
const XML_CHARS = /^(?:[^\ud800-\udfff\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff])*$/;
let patched = false;
function patchStringPattern(): void {
  if (patched) return;
  patched = true;
  for (const validation of new XsdValidation().validations.values()) {
    const patterns = validation.patterns;
    if (!patterns) continue;
    patterns.forEach((pattern, i) => {
      if (pattern.source === '^([^\\ud8ff-\\udfff\\ufffe-\\uffff]*)$') patterns[i] = XML_CHARS;
    });
  }
}

/** Parses shapes given as Turtle text. */
export function parseShapes(turtle: string): Quad[] {
  return new Parser({ format: 'Turtle' }).parse(turtle);
}

/** Validates `data` against `shapes` (both as quads). */
export async function validateQuads(data: Iterable<Quad>, shapes: Quad[]): Promise<ShaclOutcome> {
  patchStringPattern();
  const validator = new Validator(new Store(shapes), { factory, details: true });
  const report = await validator.validate({ dataset: new Store([...data]) });
  // Results of nested shapes (sh:node) come as details of their parent: list them too, after it.
  const violations: ShaclViolation[] = [];
  const visit = (results: ValidationResult[]): void => {
    for (const r of results) {
      violations.push({
        focus: r.focusNode?.term.value ?? '',
        path: r.path?.[0]?.predicates?.[0]?.value ?? null,
        constraint: r.constraintComponent.value,
        value: r.value?.term.value ?? null,
        message: r.message.map((m) => m.value).join('; '),
      });
      visit(r.results ?? []);
    }
  };
  visit(report.results);
  return { conforms: report.conforms, violations };
}
