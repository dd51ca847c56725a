/**
 * The error hierarchy of newsgraph. Messages follow `where: what went wrong; what was expected`.
 * Callers (CLI, tests) check the class or `name`, never the wording.
 */
import { escapeControl } from './util/display.ts';

/** Base class of every error newsgraph throws on purpose. */
export class NewsgraphError extends Error {
  override name = 'NewsgraphError';
}

/**
 * Bad input: a file that is missing, empty, binary, not UTF-8, too large, not English, or malformed.
 * The message shows the input's name with control characters escaped (a name cannot break or forge a line).
 */
export class InputError extends NewsgraphError {
  override name = 'InputError';
  /** The input (path or label) the error is about, as given. */
  readonly input: string;
  constructor(input: string, problem: string) {
    super(`${escapeControl(input)}: ${problem}`);
    this.input = input;
  }
}

/** A looked-up thing (entity, graph, file) does not exist; `suggestions` lists the closest names. */
export class NotFoundError extends NewsgraphError {
  override name = 'NotFoundError';
  readonly suggestions: string[];
  constructor(message: string, suggestions: string[] = []) {
    super(suggestions.length ? `${message}; closest: ${suggestions.join(', ')}` : message);
    this.suggestions = suggestions;
  }
}

/** Wrong use of an API or command: bad option values, conflicting flags. */
export class UsageError extends NewsgraphError {
  override name = 'UsageError';
}
