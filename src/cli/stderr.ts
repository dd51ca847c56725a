/**
 * The one way the CLI writes a line to stderr: control characters (from file names, document ids, server
 * messages) are escaped first, so every error, note or progress message stays one line that no name can forge.
 */
import { escapeControl } from '../util/display.ts';

/** Writes `line` to stderr as one line, control characters escaped (see `escapeControl`). */
export function printLine(line: string): void {
  process.stderr.write(`${escapeControl(line)}\n`);
}
