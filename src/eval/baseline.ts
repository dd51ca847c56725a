/**
 * The baseline of issue 9: events made from the relations of one extraction alone, without an event model.
 * Relations are grouped per article and attacking side (the subject of launched/targeted, the opponent of the subject
 * of intercepted); each group is one event dated by the publication date, with one weapon line per weapon object and
 * the targeted places as targets. It is the yardstick the event model is measured against (`scripts/events-baseline.ts`).
 */
import type { DocumentExtraction, ExtractedEvent, WeaponLine } from '../extract/types.ts';

/**
 * Events of the baseline for one extraction.
 * @param opponents the opponent of each side (gazetteer ids), to find the attacker of an interception
 */
export function baselineEvents(extraction: DocumentExtraction, opponents: ReadonlyMap<string, string>): ExtractedEvent[] {
  const groups = new Map<string, { kind: ExtractedEvent['kind']; lines: Map<string, WeaponLine>; targets: Set<string> }>();
  const group = (attacker: string) => {
    let found = groups.get(attacker);
    if (!found) {
      found = { kind: 'interception', lines: new Map(), targets: new Set() };
      groups.set(attacker, found);
    }
    return found;
  };
  const line = (lines: Map<string, WeaponLine>, weapon: string): WeaponLine => {
    let found = lines.get(weapon);
    if (!found) {
      found = { weapon, launched: null, intercepted: null };
      lines.set(weapon, found);
    }
    return found;
  };
  for (const r of extraction.relations) {
    if (r.predicate === 'launched') {
      const g = group(r.subject);
      g.kind = 'attack';
      const l = line(g.lines, r.object);
      l.launched ??= r.count;
    } else if (r.predicate === 'intercepted') {
      const g = group(opponents.get(r.subject) ?? r.subject);
      const l = line(g.lines, r.object);
      l.intercepted ??= r.count;
    } else if (r.predicate === 'targeted') {
      const g = group(r.subject);
      g.kind = 'attack';
      g.targets.add(r.object);
    }
  }
  return [...groups].map(([attacker, g], i) => ({
    id: `${extraction.document.id}#e${i + 1}`,
    kind: g.kind,
    date: extraction.document.published,
    attacker,
    claimedBy: [],
    weapons: [...g.lines.values()],
    targets: [...g.targets],
    evidence: [],
    claims: [],
  }));
}
