/**
 * SPARQL query text before it reaches a store: the project's prefixes (ng:, ent:, doc:, ev:, sem:, prov:, skos:,
 * xsd: and the others the export writes) are declared for a query that does not declare them itself, and a query
 * that does not parse gets one line saying where (line and column of the user's own text) and what was expected, in
 * words. The store (oxigraph) decides whether a query parses; sparqljs, a SPARQL 1.1 grammar with a table-driven
 * parser, is asked only after a failure, for the position and the tokens it expected there.
 */
import sparqljs from 'sparqljs';
import { InputError } from '../errors.ts';
import { PREFIXES } from '../rdf/vocabulary.ts';

/** A query with the predeclared prefixes added in front, on one line of their own. */
export interface PreparedQuery {
  /** The text to send to a store. */
  text: string;
  /** The user's text. */
  original: string;
  /** Lines added in front of the user's text (0 or 1). */
  lineOffset: number;
}

/** Prefixes declared for every query that does not declare them (the export's prefixes). */
export const PREDECLARED_PREFIXES: Readonly<Record<string, string>> = PREFIXES;

const DECLARED = /PREFIX\s+([A-Za-z][\w.-]*)?\s*:/gi;

/** Strips comments and string literals (roughly) so that a PREFIX inside them is not taken as a declaration. */
function code(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*/g, ' ');
}

/** Adds `PREFIX p: <...>` for each predeclared prefix the query does not declare itself. */
export function prepareQuery(query: string): PreparedQuery {
  const declared = new Set<string>();
  for (const match of code(query).matchAll(DECLARED)) declared.add((match[1] ?? '').toLowerCase());
  const missing = Object.entries(PREDECLARED_PREFIXES).filter(([prefix]) => !declared.has(prefix.toLowerCase()));
  if (missing.length === 0) return { text: query, original: query, lineOffset: 0 };
  const line = missing.map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`).join(' ');
  return { text: `${line}\n${query}`, original: query, lineOffset: 1 };
}

/** Words for the grammar's token names (sparqljs's lexer). */
const TOKEN_WORDS: Record<string, string> = {
  EOF: 'the end of the query',
  IRIREF: 'an IRI in <angle brackets>',
  PNAME_NS: 'a prefix (ng:)',
  PNAME_LN: 'a prefixed name (ng:agent)',
  VAR: 'a variable (?x)',
  NIL: '()',
  INTEGER: 'a whole number',
  DECIMAL: 'a number',
  DOUBLE: 'a number',
  BOOLEAN: 'true or false',
  STRING_LITERAL1: 'a string',
  STRING_LITERAL2: 'a string',
  STRING_LITERAL_LONG1: 'a string',
  STRING_LITERAL_LONG2: 'a string',
  BLANK_NODE_LABEL: 'a blank node',
  ANON: 'a blank node',
  LANGTAG: 'a language tag',
  a: "'a'",
  INVALID: 'a character the grammar does not allow here',
};

/** The most helpful tokens first when the list is long: closing brackets and separators. */
const PRIORITY = ["'}'", "')'", "'.'", "'{'", "'WHERE'", "'EOF'", "'VAR'", "'IRIREF'", "'PNAME_LN'", "','", "';'"];
const MAX_LISTED = 6;

function tokenWords(token: string): string {
  const bare = token.replace(/^'|'$/g, '');
  if (TOKEN_WORDS[bare]) return TOKEN_WORDS[bare] as string;
  if (/^[A-Z_]+$/.test(bare)) return bare.replace(/_/g, ' ');
  return `'${bare}'`;
}

/** "a, b or c" */
function alternatives(words: string[]): string {
  if (words.length <= 1) return words[0] ?? 'something else';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The expected tokens in words, the most useful first, at most MAX_LISTED of them. */
export function expectedInWords(tokens: readonly string[]): string {
  const ordered = [...PRIORITY.filter((t) => tokens.includes(t)), ...tokens.filter((t) => !PRIORITY.includes(t))];
  const words = [...new Set(ordered.map(tokenWords))];
  if (words.length <= MAX_LISTED) return alternatives(words);
  return `${alternatives([...words.slice(0, MAX_LISTED), 'others'])} (${words.length} possibilities)`;
}

/** The text around (line, column) of `text` (1-based line, 0-based column), on one line. */
function near(text: string, line: number, column: number): string {
  const row = text.split('\n')[line - 1] ?? '';
  const start = Math.max(0, column - 20);
  const snippet = row.slice(start, column + 20).trim();
  return snippet === '' ? 'at the end' : `near "${start > 0 ? '…' : ''}${snippet}"`;
}

interface Located {
  /** 1-based; 0 when the problem has no position. */
  line: number;
  column: number;
  expected: string;
}

/** What sparqljs says about `text`, or null when it parses it (or says nothing useful). */
function sparqljsDiagnosis(prepared: PreparedQuery): Located | null {
  const parser = new sparqljs.Parser({ baseIRI: 'https://newsgraph.example.org/' });
  try {
    parser.parse(prepared.text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hash = (error as { hash?: { loc?: { first_line: number; first_column: number; last_line: number; last_column: number }; expected?: string[]; token?: string } }).hash;
    const prefix = /^Unknown prefix: (.*)$/.exec(message);
    if (prefix) {
      const name = prefix[1] as string;
      const at = locate(prepared.original, `${name}:`);
      const known = Object.keys(PREDECLARED_PREFIXES).map((p) => `${p}:`).join(' ');
      return { ...at, expected: `a declared prefix: "${name}:" is unknown (declare it with PREFIX ${name}: <...>, or use one of ${known})` };
    }
    if (hash?.loc && hash.expected) {
      // jison's location is that of the last token it took: the offending one is the next thing after it.
      const offset = skipBlank(prepared.text, offsetOf(prepared.text, hash.loc.last_line, hash.loc.last_column));
      const { line, column } = position(prepared.text, offset);
      const char = prepared.text[offset];
      let got: string;
      if (hash.token === 'EOF' || char === undefined) got = 'the query ended';
      else if (hash.token === 'INVALID') got = char === '"' || char === "'" ? 'got a string that is never closed' : `got '${char}'`;
      else got = `got ${tokenWords(`'${hash.token ?? ''}'`)}`;
      return { line: line - prepared.lineOffset, column, expected: `expected ${expectedInWords(hash.expected)}; ${got}` };
    }
    // A check after parsing (an ungrouped variable, say): no position, the grammar's sentence as it is.
    return { line: 0, column: 0, expected: message.split('\n')[0] as string };
  }
}

/** Offset in `text` of 1-based `line`, 0-based `column`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column);
}

/** The first offset at or after `offset` that is neither white space nor inside a comment. */
function skipBlank(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    if (/\s/.test(text[i] as string)) i += 1;
    else if (text[i] === '#') while (i < text.length && text[i] !== '\n') i += 1;
    else break;
  }
  return i;
}

/** 1-based line and 0-based column of `offset` in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] as string).length };
}

/** (line, column) of the first occurrence of `needle` in `text`, 1-based line, 0-based column. */
function locate(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  return index < 0 ? { line: 1, column: 0 } : position(text, index);
}

/**
 * The one-line error for a query that a store refused: position in the user's text and the expected token in words.
 * `storeMessage` is the store's own message (oxigraph: "error at 2:10: expected ..."), used when sparqljs parses the
 * query (the store refused it for another reason: an unsupported feature, a semantic check).
 */
export function queryError(prepared: PreparedQuery, storeMessage: string): InputError {
  const firstLine = (storeMessage.split('\n')[0] ?? '').trim();
  const diagnosis = sparqljsDiagnosis(prepared);
  if (diagnosis && diagnosis.line === 0) return new InputError('sparql', `bad query: ${diagnosis.expected}; expected a SPARQL 1.1 query`);
  if (diagnosis) {
    const where = `line ${diagnosis.line}, column ${diagnosis.column + 1}`;
    return new InputError('sparql', `parse error at ${where} ${near(prepared.original, diagnosis.line, diagnosis.column)}: ${diagnosis.expected}`);
  }
  const located = /^error at (\d+):(\d+): (.*)$/.exec(firstLine);
  if (located) {
    const line = Number(located[1]) - prepared.lineOffset;
    const column = Number(located[2]);
    return new InputError('sparql', `parse error at line ${line}, column ${column} ${near(prepared.original, line, column - 1)}: ${located[3]}`);
  }
  return new InputError('sparql', `bad query: ${firstLine.length > 200 ? `${firstLine.slice(0, 199)}…` : firstLine}; expected a SPARQL 1.1 query`);
}
