/**
 * The event records of the output contract, built field by field in one place: resolution (./resolve) writes them
 * from the events layer, and the graph (../graph/build.ts) reads them back from extraction files. Both take exactly
 * the contract's fields, in the contract's order, and leave anything else behind (the layer's `lineSentence`, fields
 * a newer or older file may carry).
 */
import type { EventClaim, ExtractedEvent } from './types.ts';

/** The figures of one claimant, as the contract has them. */
export function eventClaim(c: EventClaim): EventClaim {
  return { claimedBy: c.claimedBy, weapons: c.weapons, evidence: c.evidence };
}

/** One event, as the contract has it (its claims through `eventClaim`). */
export function extractedEvent(e: ExtractedEvent): ExtractedEvent {
  return {
    id: e.id,
    kind: e.kind,
    date: e.date,
    attacker: e.attacker,
    claimedBy: e.claimedBy,
    weapons: e.weapons,
    targets: e.targets,
    evidence: e.evidence,
    claims: e.claims.map(eventClaim),
  };
}
