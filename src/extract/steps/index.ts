/**
 * THE pipeline: every step of extraction, in the order it runs, read top to bottom. Each step reads the context
 * layers written above it and writes its own (see ../context.ts for the table of layers). Ids are numbered: the
 * mention layer is 01-05, the relation layer 10-19, the event layer 20. A relation rule is a step like any other;
 * which predicate and rule ids each may emit is declared in ../relations/registry.ts.
 */
import { tokensStep } from './01-tokens.ts';
import { gazetteerStep } from './02-gazetteer.ts';
import { namesStep } from './03-names.ts';
import { genericStep } from './04-generic.ts';
import { corefStep } from './05-coref.ts';
import { syntaxStep } from './09-syntax.ts';
import { relationViewStep } from './10-relation-view.ts';
import { launchedStep } from './11-launched.ts';
import { ownedWeaponsStep } from './12-owned-weapons.ts';
import { interceptedStep } from './13-intercepted.ts';
import { targetedStep } from './14-targeted.ts';
import { requestedStep } from './15-requested.ts';
import { condemnedStep } from './16-condemned.ts';
import { decideStep } from './17-decide.ts';
import { rolesStep } from './18-roles.ts';
import { closeSidesStep } from './19-close-sides.ts';
import { eventsStep } from './20-events.ts';

/** Every step of extraction, in order. */
export const EXTRACT_STEPS = [
  // ---- mention layer
  tokensStep, //        01-tokens: wink-nlp tokens, POS tags, sentences (split again at line breaks)
  gazetteerStep, //     02-gazetteer: longest gazetteer matches; capitals as states or cities; larger names
  namesStep, //         03-names: names the gazetteer lacks, typed from context cues; surnames; acronyms
  genericStep, //       04-generic: weapon classes by their class nouns; unknown named systems
  corefStep, //         05-coref: pronouns and definite descriptions
  // ---- relation layer
  syntaxStep, //        09-syntax: chunks, verb groups with voice and polarity, frames, clauses, quotation speakers
  relationViewStep, //  10-relation-view: per-token and per-sentence indexes for the rules
  launchedStep, //      11-launched: launch verbs (active, passive, relative, "use of", bullet lists)
  ownedWeaponsStep, //  12-owned-weapons: "Russian missiles ..." launched by their owner
  interceptedStep, //   13-intercepted: interception verbs, partitives
  targetedStep, //      14-targeted: attack verbs and nouns, fronted places, casualties, "blasts reported in"
  requestedStep, //     15-requested: request verbs, stated needs
  condemnedStep, //     16-condemned: condemnation verbs, evaluative calls
  decideStep, //       17-decide: features and a score per candidate (reviewed weights); keeps or drops it
  rolesStep, //        18-roles: the document's attacker and defender, launchers, quotation speakers
  closeSidesStep, //    19-close-sides: implicit sides closed from the document, one relation per triple
  // ---- event layer
  eventsStep, //        20-events: events per attacker and day, weapon lines per claimant; launches event lines imply
] as const;

/** The id of a step of the pipeline. */
export type StepId = (typeof EXTRACT_STEPS)[number]['id'];
