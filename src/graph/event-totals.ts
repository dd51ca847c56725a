/**
 * Totals of an event's weapon lines (launched or intercepted), without counting a weapon twice when a class line and
 * lines of its systems sit in one event. Read-side helper shared by the query API (src/query/event-index.ts) and the
 * explorer (src/web/events). Browser-safe, no runtime imports.
 */
import type { EventWeaponLine } from './event-types.ts';

/** The number a line gives for `field`: launched, or intercepted. */
export type EventField = 'launched' | 'intercepted';

/**
 * The total of `field` over an event's lines, without counting a weapon twice: a class line ("drone") and lines of
 * its systems (Shahed-136) of the same event overlap, so the class counts as the larger of its own figure and the
 * sum of its systems'. Null when no line gives a number.
 */
export function eventTotal(lines: readonly EventWeaponLine[], field: EventField): number | null {
  const weapons = new Set(lines.map((l) => l.weapon));
  // Each line's parent: the nearest of its classes that is a line of this event.
  const children = new Map<string, EventWeaponLine[]>();
  const roots: EventWeaponLine[] = [];
  for (const line of lines) {
    const parent = line.classes.find((c) => weapons.has(c));
    if (parent === undefined) roots.push(line);
    else {
      const list = children.get(parent);
      if (list) list.push(line);
      else children.set(parent, [line]);
    }
  }
  const total = (line: EventWeaponLine, depth: number): number | null => {
    let below: number | null = null;
    if (depth < 8) {
      for (const child of children.get(line.weapon) ?? []) {
        const n = total(child, depth + 1);
        if (n !== null) below = (below ?? 0) + n;
      }
    }
    const own = line[field];
    if (own === null) return below;
    return below === null ? own : Math.max(own, below);
  };
  let sum: number | null = null;
  for (const root of roots) {
    const n = total(root, 0);
    if (n !== null) sum = (sum ?? 0) + n;
  }
  return sum;
}
