/**
 * Text shown to a person on one line (error lines, notes, progress): names of files and documents come from
 * outside and may hold control characters that would break the line, forge extra error lines, move the terminal
 * cursor or reverse the reading order. `escapeControl` shows them as escapes instead.
 */

/**
 * C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional controls (embeddings,
 * overrides, isolates and marks) that can make a name read differently from its bytes.
 */
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every unsafe character written as an escape: `\n`, `\r`, `\t`, else `\uXXXX`
 * (a name with a newline prints as `evil\nname.txt`, on one line). Other text, emoji and quotes included, is kept.
 */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
