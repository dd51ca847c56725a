/**
 * Speaker labels of transcripts, shared by the names step (who the label names) and the relation frames (whose words
 * follow it).
 */
import type { Token } from './layers.ts';

/** Is there a line break in text[from, to)? */
function lineBreakIn(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from);
  return at >= 0 && at < to;
}

/**
 * The dash that ends a verbatim record's turn label after a name ending at token `end` (", on behalf of the X
 * Group. -", ", Member of the Commission. -"), or -1: a comma, at most 24 words on the same line, a full stop, then a
 * dash on that line.
 */
export function turnLabelEnd(tokens: readonly Token[], text: string, end: number): number {
  if (tokens[end]?.normal !== ',') return -1;
  for (let k = end + 1; k < Math.min(tokens.length - 1, end + 26); k++) {
    const token = tokens[k] as Token;
    if (lineBreakIn(text, (tokens[k - 1] as Token).end, token.start)) return -1;
    if (token.normal !== '.') continue;
    const dash = tokens[k + 1] as Token;
    return /^[-\u2013\u2014]$/.test(dash.text) && !lineBreakIn(text, token.end, dash.start) ? k + 1 : -1;
  }
  return -1;
}
