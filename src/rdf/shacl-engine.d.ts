/** Minimal typings of the parts of shacl-engine (an untyped ESM package) that newsgraph uses. */
declare module 'shacl-engine' {
  import type { DatasetCore, Term } from '@rdfjs/types';
  export interface ValidationResult {
    focusNode: { term: Term } | undefined;
    path: { predicates?: Term[] }[] | null;
    severity: Term;
    message: Term[];
    constraintComponent: Term;
    value: { term: Term } | null;
    /** Nested results (with `details: true`). */
    results?: ValidationResult[];
  }
  export interface ValidationReport {
    conforms: boolean;
    results: ValidationResult[];
  }
  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown; details?: boolean; debug?: boolean });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }, shapes?: { terms?: Iterable<Term> }): Promise<ValidationReport>;
  }
}

/** Minimal typings of rdf-validation (the datatype checks shacl-engine uses). */
declare module 'rdf-validation' {
  import type { Term } from '@rdfjs/types';
  export class XsdValidation {
    validations: Map<Term, { patterns?: RegExp[] }> & { values(): IterableIterator<{ patterns?: RegExp[] }> };
  }
}
