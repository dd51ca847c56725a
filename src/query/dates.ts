/**
 * Date bounds of queries (`--from` / `--to`, `from` / `to` of the API): YYYY, YYYY-MM or YYYY-MM-DD, checked against
 * the calendar (no month 13, no 30 February), and a range whose start lies after its end is refused rather than
 * silently giving no rows. Bounds are prefixes: `to: '2023-05'` keeps all of May. Browser-safe.
 */
import { UsageError } from '../errors.ts';

const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in `month` (1-12) of `year`, Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `text` is not a date bound, in words, or null when it is one (YYYY, YYYY-MM or YYYY-MM-DD of a real day).
 */
export function dateBoundProblem(text: string): string | null {
  const match = BOUND.exec(text);
  if (!match) return 'not a date';
  const year = Number(match[1]);
  if (match[2] === undefined) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `month ${match[2]} does not exist`;
  if (match[3] === undefined) return null;
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${match[1]}-${match[2]} has no day ${match[3]}, it has ${last}`;
  return null;
}

/**
 * Checks one bound; returns it unchanged (undefined stays undefined).
 * @param where the function or command, for the message ("relations", "query")
 * @param name the option's name ("from", "to")
 * @throws UsageError naming the option, the value and what is wrong with it
 */
export function checkDateBound(value: string | undefined, where: string, name: string): string | undefined {
  if (value === undefined) return undefined;
  const problem = typeof value === 'string' ? dateBoundProblem(value) : 'not a string';
  if (problem !== null) {
    throw new UsageError(`${where}: bad --${name} date "${String(value)}" (${problem}); expected YYYY, YYYY-MM or YYYY-MM-DD of a real day`);
  }
  return value;
}

/**
 * Checks both bounds and that `from` is not after `to` (prefix semantics: from 2024-05-10 to 2024-05 is fine,
 * from 2024-06 to 2024-05-31 is reversed). Returns the checked bounds.
 * @throws UsageError for a bad bound or a reversed range
 */
export function checkDateRange(from: string | undefined, to: string | undefined, where: string): { from?: string; to?: string } {
  const checkedFrom = checkDateBound(from, where, 'from');
  const checkedTo = checkDateBound(to, where, 'to');
  if (checkedFrom !== undefined && checkedTo !== undefined) {
    const length = Math.min(checkedFrom.length, checkedTo.length);
    if (checkedFrom.slice(0, length) > checkedTo.slice(0, length)) {
      throw new UsageError(`${where}: reversed date range --from ${checkedFrom} --to ${checkedTo}; expected --from on or before --to`);
    }
  }
  return { from: checkedFrom, to: checkedTo };
}
