/**
 * Argument finders shared by the relation rules (steps 11-16): the agent left of a trigger, the "by" agent of a
 * passive, the weapons of a passive subject, relative clause or object phrase (with "them"/"all of which"/"the
 * missiles" resolved to earlier weapons), the places of a target phrase, and the request cue before a trigger.
 * Each is a bounded linear scan over the relation view.
 */
import type { Mention, Sentence } from '../layers.ts';
import { recognisedKey } from '../../domain/names.ts';
import { turnLabelEnd } from '../labels.ts';
import { mastheadOf } from '../masthead.ts';
import { isBlankWord, type DocView, type WeaponRef } from './view.ts';
import { NP, Q, type SyntaxLayer } from '../syntax/index.ts';

/** What stands left of a trigger as its doer. */
export interface Agent {
  /** An actor mention (Country, Organisation, Person), after pronoun fallback. */
  actor: Mention | null;
  /** Entity key of the actor (differs from `actor.entity` only for the pronoun fallback). */
  key: string | null;
  /** A weapon standing as the doer ("Russian missiles hit ..."). */
  weapon: Mention | null;
  /** Set when the doer is a noun for the article's attacker ("the aggressor", "the enemy"), not a mention. */
  attackerNoun?: boolean;
}

/** Is the mention inside a prepositional phrase ("in Kyiv", "from the Russian border")? */
export function afterPreposition(view: DocView, m: Mention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && (view.word(k) === 'the' || view.pos(k) === 'ADJ')) k--;
  // "on the city's Telegram channel", "on his Telegram channel": a possessor (a noun or a name) or a possessive
  // pronoun before the name stays inside the phrase.
  if (view.word(k) === "'s" && (view.pos(k - 1) === 'NOUN' || view.pos(k - 1) === 'PROPN')) {
    k = (view.mention(k - 1)?.tokenStart ?? k - 1) - 1;
    while (k >= 0 && (view.word(k) === 'the' || view.pos(k) === 'ADJ')) k--;
  } else if (view.lex.possessivePronoun.has(view.word(k))) k--;
  return view.lex.phrasePrepositions.has(view.word(k));
}

/**
 * Subject fallback for a definite description that the mention layer left unresolved ("The FM urged ..."):
 * "the" + a noun right before the trigger stands for the last person named in the last three sentences.
 */
export function descriptionFallback(view: DocView, sentence: Sentence, i: number): string | null {
  let k = i - 1;
  while (k >= sentence.tokenStart && (view.pos(k) === 'ADV' || view.lex.skipAdverbs.has(view.word(k)) || view.pos(k) === 'AUX')) k--;
  const headAt = k;
  let nouns = 0;
  while (k >= sentence.tokenStart && (view.pos(k) === 'NOUN' || view.pos(k) === 'PROPN') && !view.mention(k) && nouns < 3) {
    k--;
    nouns++;
  }
  // "The regional administration appealed ...": a body the gazetteer describes so, of the place the article is about.
  if (nouns > 0 && view.lex.orgHeads.has(view.word(headAt))) {
    let d = k;
    while (d >= sentence.tokenStart && view.pos(d) === 'ADJ' && !view.mention(d)) d--;
    const body = view.word(d) === 'the' && d < k ? homeBody(view, view.words.slice(d + 1, headAt + 1).join(' '), d) : null;
    if (body !== null) return body;
  }
  // "The league's executive board condemned ...": a body of an organisation told by a common noun in the possessive
  // is the organisation named earlier whose name ends with that noun ("... Premier League").
  const owner = possessedBody(view, sentence, k, headAt);
  if (owner !== undefined) return owner;
  if (nouns === 0 || (view.word(k) !== 'the' && view.word(k) !== 'this')) return null;
  const head = view.word(headAt);
  // "The Government condemns ...", "This Government condemn ...": a government told by its common noun alone is the
  // state of the nearest civil body named before (a ministry, a parliament), when that state is not at war (a
  // belligerent's own government is told by its name).
  if (nouns === 1 && view.lex.stateNouns.has(head) && /^[A-Z]/.test(view.ctx.tokens[headAt]?.text ?? '')) {
    const home = homeGovernment(view, k);
    if (home !== null) return home;
  }
  // "The meeting condemned ...": a gathering (class gatheringNouns) stands for the organisation that holds it, the one
  // that heads the document before any other actor; else nobody (never a person named near it).
  if (nouns === 1 && view.lex.gatheringNouns.has(head)) return hostOrganisation(view, k);
  if (view.word(k) !== 'the') return null;
  // "The academy denounced ...", "the Monitor asks ...": an organisation named earlier whose name ends with the head.
  const named = namedWithHead(view, k, head);
  if (named !== null) return named;
  // "The town council has asked ...": a settlement's own body stands for the town the article is about.
  if (view.lex.municipalBodyHeads.has(head) && view.lex.settlementNouns.has(view.word(headAt - 1))) return homeTown(view);
  // A body's head names no person.
  if (view.lex.orgHeads.has(head)) return null;
  const start = view.ctx.sentences[Math.max(0, sentence.index - 3)]?.tokenStart ?? 0;
  for (let j = k - 1; j >= start; j--) {
    const m = view.mention(j);
    if (m && m.type === 'Person') return m.entity;
  }
  return null;
}

/**
 * "the league's executive board": when the phrase that ends at `headAt` opens (back from `k`, over adjectives) with
 * "the <noun>'s", the organisation named earlier whose name ends with that noun; null when none is; undefined when
 * the phrase has no such possessor.
 */
function possessedBody(view: DocView, sentence: Sentence, k: number, headAt: number): string | null | undefined {
  let d = k;
  while (d > sentence.tokenStart && d < headAt && view.pos(d) === 'ADJ' && !view.mention(d)) d--;
  if (d === headAt || view.word(d) !== "'s" || !view.lex.orgHeads.has(view.word(headAt))) return undefined;
  const noun = d - 1;
  if (view.mention(noun) || view.pos(noun) !== 'NOUN' || view.word(noun - 1) !== 'the') return undefined;
  return namedWithHead(view, noun - 1, view.word(noun));
}

/**
 * The state nearest named before token `before` that is no belligerent, by its name or by a civil body of it (an
 * organisation with a country that is not an armed force: "the Ministry of Defence"); else null. (A belligerent's
 * own government is told by its name; the bare "the Government" is the writer's own, a state at peace.)
 */
function homeGovernment(view: DocView, before: number): string | null {
  const mentions = view.ctx.mentions;
  for (let n = mentions.length - 1; n >= 0; n--) {
    const m = mentions[n];
    if (!m || m.tokenStart >= before || m.kind === 'pronoun' || m.kind === 'demonym') continue;
    if (m.type !== 'Country' && (m.type !== 'Organisation' || view.isArmedForce(m.entity))) continue;
    const state = view.countryOf(m.entity);
    if (state !== null && !view.lex.opponents.has(state)) return state;
  }
  return null;
}

/**
 * The organisation that heads the document: the publisher of its all-caps masthead or letterhead, which ingest
 * drops as furniture ("UKRAINIAN WRITERS' CIRCLE / Minutes of the meeting ...", ../masthead.ts), else the first actor
 * of the text, when that is an organisation (not an armed force) named before token `before`; else null.
 */
export function hostOrganisation(view: DocView, before: number): string | null {
  const masthead = mastheadOrganisation(view);
  if (masthead !== undefined) return masthead;
  const first = view.ctx.mentions.find((m) => view.isActor(m) && m.kind !== 'demonym');
  return first && first.tokenStart < before && first.type === 'Organisation' && first.kind === 'name' && !view.isArmedForce(first.entity) ? first.entity : null;
}

/**
 * The organisation of the document's all-caps masthead or letterhead (../masthead.ts), null when that is an armed
 * force; undefined when the document has none.
 */
function mastheadOrganisation(view: DocView): string | null | undefined {
  const { doc, lexicon, gazetteer } = view.ctx;
  const masthead = mastheadOf(doc, lexicon, gazetteer);
  if (masthead === null) return undefined;
  const key = masthead.entry?.id ?? recognisedKey('Organisation', masthead.label);
  return view.isArmedForce(key) ? null : key;
}

/** The organisation last named before token `before` whose name ends with the noun `head` ("Music Academy"), else null. */
function namedWithHead(view: DocView, before: number, head: string): string | null {
  let found: string | null = null;
  for (const m of view.ctx.mentions) {
    if (m.tokenEnd > before) break;
    if (m.type === 'Organisation' && m.kind === 'name' && m.tokenEnd - m.tokenStart > 1 && view.word(m.tokenEnd - 1).toLowerCase() === head) found = m.entity;
  }
  return found;
}

/**
 * The organisation the gazetteer describes by `phrase` ("regional administration") whose name begins with the name of
 * the nearest place (or body of a place) named before token `before` that has such a body ("Zaporizhzhia ..."), else null.
 */
function homeBody(view: DocView, phrase: string, before: number): string | null {
  const entries = view.ctx.gazetteer.lookupDescription(phrase);
  if (entries.length === 0) return null;
  const mentions = view.ctx.mentions;
  for (let n = mentions.length - 1; n >= 0; n--) {
    const m = mentions[n];
    // (A place inside a body's name counts: "Zaporizhzhia city council secretary X".)
    if (!m || m.tokenStart >= before || (m.type !== 'City' && m.type !== 'Region' && m.type !== 'Organisation') || m.kind !== 'name') continue;
    const first = (view.ctx.gazetteer.get(m.entity)?.name ?? '').split(' ')[0] ?? '';
    const entry = entries.find((e) => first !== '' && e.name.split(' ')[0] === first);
    if (entry) return entry.id;
  }
  return null;
}

/** The town an article is about: the city named most often (the first named on a tie), else null. */
export function homeTown(view: DocView): string | null {
  const counts = new Map<string, number>();
  for (const m of view.ctx.mentions) if (m.type === 'City' && m.kind === 'name') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: string | null = null;
  for (const [entity, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = entity;
  return best;
}

/** Resolves an uncovered pronoun at token k to the speaker before a reporting verb, or the last actor. */
function pronounFallback(view: DocView, sentence: Sentence, k: number): Mention | undefined {
  for (let r = k - 1; r >= sentence.tokenStart; r--) {
    if (view.reportAt(r) > 0) {
      for (let a = r - 1; a >= sentence.tokenStart; a--) {
        const m = view.mention(a);
        if (view.isActor(m) && !afterPreposition(view, m)) return m;
      }
      break;
    }
  }
  const w = view.word(k);
  if (w === 'we' || w === 'our' || w === 'i' || w === 'my') return quotedSpeaker(view, sentence, k);
  if (w === 'they' || w === 'their') return undefined;
  return view.lastActorBefore(k, Math.max(0, sentence.index - 2));
}

/**
 * The mention right after the reporting verb at r that may be its speaker ('"...," said Zelensky'), or undefined
 * after a verb of telling: '"...," Kim told Meridian Wire' names the listener there, the speaker stands before it.
 */
export function mentionAfterReport(view: DocView, r: number): Mention | undefined {
  return view.lex.toldVerbs.has(view.word(r)) ? undefined : view.mention(r + 1);
}

/**
 * The speaker of a quotation that contains token k: '"We shot down 20 drones," Zelensky said' (an actor next to
 * a reporting verb after the pronoun), a "Quote from X:" / "X:" line in the two sentences before, the speaker of a
 * quotation framed in another sentence, the last speaker label of a transcript, or the issuer of a statement.
 */
function quotedSpeaker(view: DocView, sentence: Sentence, k: number): Mention | undefined {
  for (let r = k + 1; r < sentence.tokenEnd; r++) {
    if (!(view.reportAt(r) > 0 && view.pos(r) === 'VERB')) continue;
    const after = mentionAfterReport(view, r);
    if (view.isActor(after) && after.kind !== 'pronoun') return after;
    for (let a = r - 1; a > k && a >= r - 4; a--) {
      const m = view.mention(a);
      if (view.isActor(m)) return m.kind === 'pronoun' ? (view.lastActorBefore(k, Math.max(0, sentence.index - 2)) ?? m) : m;
    }
  }
  const first = view.ctx.sentences[Math.max(0, sentence.index - 2)]?.tokenStart ?? 0;
  for (let j = k - 1; j >= first; j--) {
    if (view.word(j) !== ':') continue;
    const m = view.mention(j - 1) ?? framedLabel(view, j) ?? undefined;
    if (view.isActor(m) && m.type === 'Person') return m;
  }
  // A transcript's paragraphs go on in the voice of the last speaker label ("SYBIHA: ..." two paragraphs up).
  return quotationSpeaker(view, k) ?? labelSpeaker(view, sentence) ?? documentIssuer(view, k);
}

/**
 * "Zelensky in the evening address: ...", "Sybiha at the briefing: ...": a person's name, then a phrase of the occasion
 * (a preposition and its noun phrase, no verb) right before the colon at j; null when anything else stands there.
 */
function framedLabel(view: DocView, j: number): Mention | null {
  for (let a = j - 2; a >= 0 && a >= j - 7; a--) {
    const m = view.mention(a);
    if (m) {
      const prep = view.word(m.tokenEnd);
      return m.type === 'Person' && m.tokenEnd < j - 1 && (prep === 'in' || prep === 'at' || prep === 'on' || prep === 'during') ? m : null;
    }
    const w = view.word(a);
    if (view.pos(a) === 'VERB' || w === '"' || w === ',' || w === '.' || w === ';' || w === ':') return null;
  }
  return null;
}

/**
 * The person or body the syntactic layer gives as the speaker of the quotation holding token k, when the frame
 * stands in another sentence ('X told reporters. "... I have asked ..."', '"A. B," she said' with k in A); undefined
 * outside a quotation or when that speaker is no actor.
 */
export function quotationSpeaker(view: DocView, k: number): Mention | undefined {
  const syntax = view.syntax;
  const q = syntax ? (syntax.quoteOf[k] ?? -1) : -1;
  if (!syntax || q < 0) return undefined;
  const speaker = chunkActor(view, syntax, syntax.speakerOf(k)) ?? cueSpeaker(view, syntax.quote(q, Q.open));
  return speaker && (speaker.type === 'Person' || speaker.type === 'Organisation') && !speaker.generic ? speaker : undefined;
}

/**
 * '[CLIP: Dmytro Kuleba, foreign minister, 0'15"]' then '"..."': a bracketed cue line of a script, whose label
 * names a person after its colon, gives the speaker of the quotation that opens the next line (open: its mark).
 */
export function cueSpeaker(view: DocView, open: number): Mention | null {
  const sentence = view.ctx.sentences[view.tokens[open]?.sentence ?? -1];
  if (!sentence || sentence.tokenStart !== open) return null;
  const cue = view.ctx.sentences[sentence.index - 1];
  if (!cue) return null;
  const first = cue.tokenStart;
  if (view.word(first) !== '[' || view.word(cue.tokenEnd - 1) !== ']') return null;
  let colon = first + 1;
  while (colon < first + 4 && colon < cue.tokenEnd && view.word(colon) !== ':') colon++;
  const m = view.mention(colon + 1);
  return view.word(colon) === ':' && view.isActor(m) && m.type === 'Person' ? m : null;
}

/**
 * The issuer of a document that opens as a statement ("Statement of the Ministry of X on ...", "Press release by
 * X", "X statement on ..."): "we" outside quotation marks in such a document is the issuer. Undefined for any other document, and for
 * a pronoun inside quotation marks.
 */
function documentIssuer(view: DocView, k: number): Mention | undefined {
  const opening = view.ctx.sentences[0];
  if (!opening || insideQuotes(view, k)) return undefined;
  return openingIssuer(view, opening) ?? headingIssuer(view);
}

/**
 * "We ask our partners to ...", "- We urge donor governments to ...": the issuer of a statement, report or letterhead
 * document (the statement's opening or heading, else the organisation of its all-caps letterhead) when the subject of the verb
 * at i is a first-person "we" outside quotation marks (adverbs may stand between: "We also call on"); else null.
 */
export function weIssuer(view: DocView, sentence: Sentence, i: number): string | null {
  let k = i - 1;
  while (k > sentence.tokenStart && view.pos(k) === 'ADV' && !view.mention(k)) k--;
  if (view.word(k) !== 'we' || view.mention(k) || insideQuotes(view, k)) return null;
  // (The clause opens with "we": the sentence start, a list dash, or a clause boundary.)
  const before = view.word(k - 1);
  if (k > view.firstIndex(sentence) && before !== '-' && before !== ';' && before !== ':' && before !== 'and') return null;
  // (A headline that only names an organisation makes it no issuer: "NATO and the attack on the capital".)
  return documentIssuer(view, k)?.entity ?? mastheadOrganisation(view) ?? null;
}

/** The most heading lines read before a statement's title ("Delegation of X" after a reference, a date, a forum). */
const HEADING_LINES = 12;

/**
 * A statement filed under a heading block ("Delegation of Lithuania" on a line of its own, then "STATEMENT ON ..."):
 * the actor that makes up the whole line right before the line that opens with a statement noun (lexicon
 * statementNouns), among the heading lines (no final punctuation) that open the document; undefined otherwise.
 */
function headingIssuer(view: DocView): Mention | undefined {
  const sentences = view.ctx.sentences;
  for (let s = 1; s < Math.min(sentences.length, HEADING_LINES); s++) {
    const line = sentences[s] as Sentence;
    const last = view.word(line.tokenEnd - 1);
    if (last === '.' || last === '!' || last === '?') return undefined;
    if (!view.lex.statementNouns.has(view.word(view.firstIndex(line)))) continue;
    const before = sentences[s - 1] as Sentence;
    const m = view.mention(view.firstIndex(before));
    const whole = m && m.tokenEnd === before.tokenEnd;
    return whole && view.isActor(m) && (m.type === 'Organisation' || m.type === 'Country') ? m : undefined;
  }
  return undefined;
}

/** "Statement of the Ministry of X on ...", "X statement on ...": the issuer the opening line names. */
function openingIssuer(view: DocView, opening: Sentence): Mention | undefined {
  const first = view.firstIndex(opening);
  // "X statement on ...": the issuer named before the statement noun.
  const named = view.mention(first);
  const issuer = (m: Mention | undefined): m is Mention => view.isActor(m) && (m.type === 'Organisation' || m.type === 'Person' || m.type === 'Country');
  if (issuer(named) && named.tokenStart === first && view.lex.statementNouns.has(view.word(named.tokenEnd))) return named;
  let j = first;
  while (j < opening.tokenEnd && j < first + 3 && !(view.lex.statementNouns.has(view.word(j)) && (view.word(j + 1) === 'of' || view.word(j + 1) === 'by'))) j++;
  if (j >= opening.tokenEnd || j >= first + 3) return undefined;
  let a = j + 2;
  if (view.word(a) === 'the') a++;
  // "Joint statement of the foreign ministers of the Lublin Triangle": the body after the issuers' title.
  let title = a;
  while (title < opening.tokenEnd && title < a + 4 && !view.mention(title) && view.word(title) !== 'of' && /^[a-z]+$/.test(view.word(title))) title++;
  if (title > a && view.word(title) === 'of') a = view.word(title + 1) === 'the' ? title + 2 : title + 1;
  const m = view.mention(a);
  return issuer(m) ? m : undefined;
}

/** Is token k between quotation marks of its sentence (an odd number of '"' before it)? */
function insideQuotes(view: DocView, k: number): boolean {
  const sentence = view.ctx.sentences[view.tokens[k]?.sentence ?? 0];
  let open = false;
  for (let j = sentence?.tokenStart ?? 0; j < k; j++) if (view.word(j) === '"') open = !open;
  return open;
}

/**
 * The nearest doer left of token `i` inside its clause: an actor (not inside a prepositional phrase, not an
 * origin demonym), a pronoun, or a weapon. Reporting verbs and hard boundaries end the search.
 */
export function agentLeft(view: DocView, sentence: Sentence, i: number, options: { stopAtReport?: boolean } = {}): Agent {
  const stopAtReport = options.stopAtReport ?? true;
  // 1. An infinitive ("used X to shoot down", "managed to destroy") or a second coordinated verb ("met X and
  //    pressed Y") takes the doer of the verb before it.
  let j = i - 1;
  while (j >= sentence.tokenStart && (view.pos(j) === 'ADV' || view.word(j) === 'help' || view.word(j) === 'have' || view.word(j) === 'be')) j--;
  if (view.word(j) === 'and' && view.pos(i) === 'VERB' && !view.mention(j - 1)?.type.startsWith('W')) {
    // "X called the strike a massacre, and said ...": after a comma the verb coordinated is the sentence's first
    // (not one in a clause inside its object: "told reporters why Congress should approve aid, and asked ...").
    if (view.word(j - 1) === ',') {
      // (A fronted adverbial clause is passed over: "After the sirens stopped, X called ..., and said".)
      let v = view.firstIndex(sentence);
      if (view.lex.adverbialSubordinator.has(view.word(v))) while (v < j - 1 && view.word(v) !== ',') v++;
      for (; v < j - 1; v++) {
        if (view.pos(v) !== 'VERB' || view.mention(v) || view.lex.relativePronouns.has(view.word(v - 1))) continue;
        return agentLeft(view, sentence, v, options);
      }
    }
    for (let v = j - 1; v >= Math.max(sentence.tokenStart, j - 10); v--) {
      const w = view.word(v);
      if (w === ';' || w === ',' || (view.reportAt(v) > 0 && view.pos(v) === 'VERB')) break;
      if (view.pos(v) === 'VERB' && view.word(v - 1) !== '-' && !view.mention(v)) return agentLeft(view, sentence, v, options);
    }
  }
  if (view.word(j) === 'to' && view.pos(j) === 'PART') {
    if (view.pos(j - 1) === 'VERB' && !view.mention(j - 1)) return agentLeft(view, sentence, j - 1, options);
    // "X, the Lithuanian foreign minister, was quick to denounce ...": an adjective after a form of "be" takes the
    // doer of "be" (so an aside before it is passed over as before any verb).
    const be = beBeforeAdjective(view, sentence, j - 1);
    if (be >= 0) return agentLeft(view, sentence, be, options);
    for (let v = j - 1; v >= Math.max(sentence.tokenStart, j - 12); v--) {
      const w = view.word(v);
      if (w === ';' || w === ':' || (view.reportAt(v) > 0 && view.pos(v) === 'VERB')) break;
      if (view.pos(v) === 'VERB' && view.word(v - 1) !== '-' && !view.mention(v)) return agentLeft(view, sentence, v, options);
    }
  }
  // 1b. A participle clause after a comma takes the doer of the main verb before it ("Russia went after the grid
  //     again, throwing 58 missiles at it"), not an owner inside the main verb's object.
  if (view.word(i - 1) === ',' && view.pos(i) === 'VERB' && view.word(i).endsWith('ing')) {
    for (let v = i - 2; v >= Math.max(sentence.tokenStart, i - 30); v--) {
      const w = view.word(v);
      if (w === ';' || w === ':' || w === ',' || (view.reportAt(v) > 0 && view.pos(v) === 'VERB')) break;
      if (view.pos(v) === 'VERB' && view.word(v - 1) !== '-' && !view.mention(v)) return agentLeft(view, sentence, v, options);
    }
  }
  // 1c. "We, the ministers of A, B and C, meeting in Lublin, condemn ...": the first-person pronoun that opens the
  //     sentence before an apposition set off by commas is the subject, not a state named inside the apposition.
  const opener = view.firstIndex(sentence);
  if ((view.word(opener) === 'we' || view.word(opener) === 'i') && view.word(opener + 1) === ',' && !view.mention(opener) && view.word(j) === ',' && j > opener + 1) {
    const resolved = pronounFallback(view, sentence, opener);
    return { actor: resolved ?? null, key: resolved?.entity ?? null, weapon: null };
  }
  // 1d. "a message from the federation, which condemned ...": the antecedent of a non-restrictive relative pronoun
  //     right before the verb is its subject, even inside a prepositional phrase.
  const antecedent = relativeSubject(view, sentence, i);
  if (antecedent) return { actor: antecedent, key: antecedent.entity, weapon: null };
  // 2. Otherwise the nearest actor, pronoun or weapon to the left; a relative clause set off by commas right before
  //    the verb is passed over ("Pedro Sánchez, who had visited Kyiv the day before, wrote ...").
  for (let k = relativeAsideStart(view, sentence, i) - 1; k >= sentence.tokenStart; k--) {
    const w = view.word(k);
    // "the five missiles that were not intercepted fell on ...": the head of a restrictive relative is the doer.
    const head = (w === 'that' || w === 'which') && view.pos(i) === 'VERB' ? view.mention(k - 1) : null;
    if (head && view.isWeapon(head) && !view.isDefenceClass(head) && !view.isPlatform(head)) return { actor: null, key: null, weapon: head };
    // "the International Union of Ports (IUP) denounced": a bracketed short name after an actor is passed over.
    const open = w === ')' ? shortNameOpen(view, k) : -1;
    if (open >= 0) {
      k = open;
      continue;
    }
    if (view.boundaryAt(k) > 0) break;
    if (w === 'and' && view.word(k - 1) === ',') break;
    if (stopAtReport && view.reportAt(k) > 0 && view.pos(k) === 'VERB') break;
    const m = view.mention(k);
    // "Two missiles were fired. The second hit a school", "a third fell on": an ordinal subject stands for the weapons
    // told before.
    if (!m && k >= i - 3 && (view.word(k - 1) === 'the' || (view.word(k - 1) === 'a' && w !== 'other')) && view.lex.ordinalSubjects.has(w)) {
      const told = view.previousWeapons(sentence, k - 1)[0]?.mention;
      if (told) return { actor: null, key: null, weapon: told };
    }
    // "the aggressor deployed 55 missiles": a noun for the attacking side is the doer, left open for the roles.
    if (!m && view.pos(k) === 'NOUN' && view.lex.attackerNouns.has(w)) return { actor: null, key: null, weapon: null, attackerNoun: true };
    if (m) {
      if (view.isActor(m)) {
        if (m.kind === 'demonym' && view.isOrigin(m)) {
          k = m.tokenStart;
          continue;
        }
        if (afterPreposition(view, m) && m.kind !== 'pronoun' && !nominalAgent(view, m) && !onBehalfOf(view, sentence, m)) {
          k = m.tokenStart;
          continue;
        }
        return { actor: m, key: m.entity, weapon: null };
      }
      if (view.isWeapon(m)) {
        if (view.isDefenceClass(m)) {
          k = m.tokenStart;
          continue;
        }
        if (!view.isPlatform(m)) return { actor: null, key: null, weapon: m };
      }
      k = m.tokenStart;
      continue;
    }
    if (view.bareProunoun(k) && (w === 'it' || w === 'its' || w === 'they' || w === 'their' || w === 'we' || w === 'our' || w === 'i')) {
      // "Ukrainian officials renewed their appeal": a possessive before the trigger noun is the clause's own subject
      // when one stands further left.
      if ((w === 'its' || w === 'their' || w === 'our') && k === i - 1 && view.pos(i) === 'NOUN') {
        const subject = agentLeft(view, sentence, k, options);
        if (subject.key !== null) return subject;
      }
      const resolved = pronounFallback(view, sentence, k);
      return { actor: resolved ?? null, key: resolved?.entity ?? null, weapon: null };
    }
  }
  return { actor: null, key: null, weapon: null };
}

/**
 * "Speaking for France, the representative deplored ...", "On behalf of the EU, ...": an actor in a fronted phrase of
 * speaking for someone, closed by a comma, is who acts in the clause after it.
 */
function onBehalfOf(view: DocView, sentence: Sentence, m: Mention): boolean {
  if (view.word(m.tokenEnd) !== ',') return false;
  const first = view.firstIndex(sentence);
  const w = (k: number): string => view.word(first + k);
  const opener = (w(0) === 'speaking' && w(1) === 'for') || (w(0) === 'on' && w(1) === 'behalf' && w(2) === 'of') || (w(0) === 'speaking' && w(1) === 'on' && w(2) === 'behalf' && w(3) === 'of');
  if (!opener) return false;
  for (let k = first + 2; k < m.tokenStart; k++) if (view.word(k) === ',') return false;
  return true;
}

/** "an attempt by X to ...", "strikes by X": the "by" agent of an attempt or attack noun is the doer. */
function nominalAgent(view: DocView, m: Mention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && (view.word(k) === 'the' || view.pos(k) === 'ADJ')) k--;
  // "the representative of the United States condemned": who acts for a state names the state.
  if (view.word(k) === 'of' && view.lex.proxyNouns.has(view.word(k - 1))) return true;
  if (view.word(k) !== 'by') return false;
  const noun = view.word(k - 1);
  return view.lex.attempt.has(noun) || view.lex.attackNoun.has(noun);
}

/** The actor of a "by X" phrase right after a passive trigger, or the weapon of "hit by S-300 missiles". */
export function byAgent(view: DocView, sentence: Sentence, after: number): Agent {
  let k = after;
  while (k < sentence.tokenEnd && view.lex.skipAdverbs.has(view.word(k))) k++;
  if (view.word(k) !== 'by') return { actor: null, key: null, weapon: null };
  for (let j = k + 1; j < Math.min(sentence.tokenEnd, k + 7); j++) {
    const m = view.mention(j);
    if (view.isActor(m)) return { actor: m, key: m.entity, weapon: null };
    // "by the governments of the United Kingdom and Germany".
    if (view.word(j) === 'of' && view.lex.proxyNouns.has(view.word(j - 1))) continue;
    if (view.isWeapon(m)) {
      // "by Ukrainian air defences": the owner of the defences is the agent.
      const owner = view.weaponOwner(m);
      if (view.isDefenceClass(m)) {
        return { actor: null, key: owner, weapon: null };
      }
      return { actor: null, key: null, weapon: m };
    }
    if (!view.npToken(j)) break;
  }
  return { actor: null, key: null, weapon: null };
}

/**
 * Where a relative clause set off by commas ends right before token i starts (the comma before "who"/"which"), or i
 * when there is none: ", who had visited Kyiv the day before," before "wrote".
 */
export function relativeAsideStart(view: DocView, sentence: Sentence, i: number): number {
  // "X, speaking to reporters ..., again urged": adverbs between the closing comma and the verb.
  let e = i - 1;
  while (e > sentence.tokenStart && view.pos(e) === 'ADV' && !view.mention(e)) e--;
  if (view.word(e) !== ',') return i;
  for (let r = e - 1; r > sentence.tokenStart && r >= e - 18; r--) {
    const w = view.word(r);
    if (w === ';' || w === ':' || w === '"') return i;
    if (w !== ',') continue;
    const next = view.word(r + 1);
    if (next === 'who' || next === 'whose' || next === 'which') return e === i - 1 ? r : i;
    // A person's title or a participle clause set off by commas between the person and the verb ("Anna Berg, the
    // Swedish ambassador to Ukraine, condemned", "X, speaking to reporters after a call with his German counterpart,
    // urged"): the state or body named inside it is not the subject.
    return personAside(view, sentence, r, e) ? r : i;
  }
  return i;
}

/**
 * Is the span between commas r and e an aside on the person named right before r: a title phrase opened by a
 * determiner ("the U.S. ambassador to Ukraine") or a participle clause ("speaking to reporters in Kyiv"), with no
 * finite verb inside? Every rule that looks for a doer left of its verb reads it (through agentLeft), so "X, the
 * <title> of Y, <verb>" gives X for every predicate.
 */
function personAside(view: DocView, sentence: Sentence, r: number, e: number): boolean {
  const person = view.mention(r - 1);
  if (person?.type !== 'Person' || person.kind === 'pronoun' || person.tokenStart < sentence.tokenStart) return false;
  const next = view.word(r + 1);
  const participle = view.pos(r + 1) === 'VERB' && next.endsWith('ing');
  if (!participle && next !== 'the' && next !== 'a' && next !== 'an') return false;
  for (let k = r + 2; k < e; k++) {
    if (view.mention(k)) continue;
    const w = view.word(k);
    if (view.lex.relativePronouns.has(w) || view.reportAt(k) > 0 || view.pos(k) === 'AUX') return false;
    if (view.pos(k) === 'VERB' && !w.endsWith('ing') && !w.endsWith('ed')) return false;
  }
  return true;
}

/**
 * The form of "be" (lexicon beForms) before the adjective at k, over adverbs ("was quick", "was very quick", "has
 * been swift"), when the adjective is no mention; else -1.
 */
function beBeforeAdjective(view: DocView, sentence: Sentence, k: number): number {
  if (view.pos(k) !== 'ADJ' || view.mention(k)) return -1;
  let b = k - 1;
  while (b > sentence.tokenStart && b > k - 3 && view.pos(b) === 'ADV' && !view.mention(b)) b--;
  return view.lex.beForms.has(view.word(b)) && !view.mention(b) ? b : -1;
}

/** The "(" of a bracketed short name closing at `close` ("(IUP)": one to three words, no verb) after an actor; else -1. */
function shortNameOpen(view: DocView, close: number): number {
  for (let k = close - 1; k >= close - 4 && k > 0; k--) {
    const w = view.word(k);
    if (w === '(') return k < close - 1 && view.isActor(view.mention(k - 1)) ? k : -1;
    if (view.pos(k) === 'VERB' || w === ',' || w === ')') return -1;
  }
  return -1;
}

/**
 * The actor a non-restrictive relative pronoun right before the verb at i stands for ("a letter from the
 * federation, which condemned ...", "the statement of the church, which called ..."): a named organisation, person
 * or state that ends at the comma before the pronoun (a bracketed short name may follow it); else null.
 */
function relativeSubject(view: DocView, sentence: Sentence, i: number): Mention | null {
  if (view.pos(i) !== 'VERB') return null;
  let j = i - 1;
  while (j > sentence.tokenStart && (view.pos(j) === 'ADV' || view.lex.haveForms.has(view.word(j)))) j--;
  const w = view.word(j);
  if ((w !== 'which' && w !== 'who') || view.word(j - 1) !== ',') return null;
  let end = j - 2;
  if (view.word(end) === ')') {
    while (end > j - 8 && view.word(end) !== '(') end--;
    end--;
  }
  const m = view.mention(end);
  if (!m || m.tokenEnd !== end + 1 || m.kind === 'pronoun' || m.kind === 'demonym') return null;
  return m.type === 'Organisation' || m.type === 'Person' || m.type === 'Country' ? m : null;
}

/** Is the trigger at i in the passive ("were shot down", "had been destroyed")? */
/** A quotation mark token, straight or curly. */
const QUOTE_MARK = /^["\u201c\u201d]$/;
const POSSESSIVE = /^['\u2019]s?$/;

export function isPassive(view: DocView, sentence: Sentence, i: number): boolean {
  if (view.word(i).endsWith('ing')) return false; // "is using" is progressive
  for (let k = i - 1, steps = 0; k >= sentence.tokenStart && steps < 4; k--, steps++) {
    const w = view.word(k);
    if (view.lex.beForms.has(w)) return !view.lex.haveForms.has(w);
    // 'had been "intercepted and destroyed"': a quotation mark opening the quoted participle.
    if (w === 'also' || w === 'reportedly' || w === 'successfully' || w === 'all' || w === 'not' || w === 'later' || view.pos(k) === 'ADV' || QUOTE_MARK.test(w)) continue;
    return false;
  }
  return false;
}

/**
 * "A call for X was made by Y", "Condemnation was voiced by Y": the "by" agent of a passive verb of uttering (lexicon
 * utterVerbs) whose subject phrase holds the noun at i (the first verb after the noun, in its clause), with the index
 * of that verb; null when the verb is another ("a plea for X was rejected by Y": Y did not ask).
 */
export function nounPassiveAgent(view: DocView, sentence: Sentence, i: number): { agent: string; actor: Mention | null; verb: number } | null {
  // "A fresh appeal for X, to be placed near Y, was made by Z": verbs of an aside set off by commas belong to the subject phrase; the passive verb comes after the aside closes.
  let aside = false;
  for (let k = i + 1; k < sentence.tokenEnd; k++) {
    const w = view.word(k);
    if (w === ';' || w === ':' || (view.reportAt(k) > 0 && view.pos(k) === 'VERB')) return null;
    // ("An appeal for X, which was made by Z, ...": a relative clause's passive still tells who made it.)
    if (w === ',') aside = !aside && !view.lex.relativePronouns.has(view.word(k + 1));
    if (view.pos(k) !== 'VERB' || view.mention(k)) continue;
    if (aside && view.words.slice(k + 1, sentence.tokenEnd).includes(',')) continue;
    // ("A request for X to protect the grid was sent ...": an infinitive of purpose inside the subject phrase.)
    if (view.word(k - 1) === 'to' && !view.lex.utterVerbs.has(w)) continue;
    // ("a request for X to be sent by Germany": the passive of an infinitive tells who is to act, not who asked.)
    if (!view.lex.utterVerbs.has(w) || !isPassive(view, sentence, k) || (view.word(k - 1) === 'be' && view.word(k - 2) === 'to')) return null;
    const agent = byAgent(view, sentence, passiveByAt(view, sentence, k + 1));
    return agent.key ? { agent: agent.key, actor: agent.actor, verb: k } : null;
  }
  return null;
}

/**
 * Where the "by" phrase of a passive verb of uttering starts, over what may stand between the participle and it: the
 * addressee after "to" and a time phrase ("was sent to Berlin last week by X", "was voiced on Tuesday by X"); the
 * index right after the participle when no "by" follows within a few words.
 */
function passiveByAt(view: DocView, sentence: Sentence, after: number): number {
  for (let k = after; k < Math.min(sentence.tokenEnd, after + 8); k++) {
    const w = view.word(k);
    if (w === 'by') return k;
    const m = view.mention(k);
    // ("was sent to the Ministry of Defence by X", "to the government": the addressee after "to" and an article.)
    const toAt = view.pos(k - 1) === 'DET' && view.word(k - 2) === 'to' ? k - 2 : k - 1;
    if (m) {
      if (!(view.isActor(m) || view.isPlace(m)) || view.word(toAt) !== 'to') break;
      k = m.tokenEnd - 1;
      continue;
    }
    if ((view.pos(k) === 'DET' && view.word(k - 1) === 'to') || (view.pos(k) === 'NOUN' && view.word(toAt) === 'to' && toAt === k - 2)) continue;
    if (w === 'to' || w === 'on' || view.lex.skipAdverbs.has(w) || view.lex.temporalNoun.has(w) || view.lex.temporalModifier.has(w) || view.pos(k) === 'NUM') continue;
    break;
  }
  return after;
}

/**
 * The start of a raised passive before the participle at i: "70 were reported shot down", "the drone was said to have
 * been destroyed" (a be-form, a participle of saying or believing, "to have been" or "to be"): the index of the
 * raising participle, which stands where the auxiliary chain ends; else i.
 */
export function raisedParticiple(view: DocView, sentence: Sentence, i: number): number {
  let k = i - 1;
  if (view.word(k) === 'been' && view.word(k - 1) === 'have' && view.word(k - 2) === 'to') k -= 3;
  else if (view.word(k) === 'be' && view.word(k - 1) === 'to') k -= 2;
  return k - 1 >= sentence.tokenStart && view.lex.raisingVerbs.has(view.word(k)) && view.lex.beForms.has(view.word(k - 1)) ? k : i;
}

/** Is the trigger a reduced relative participle after a weapon ("drones launched by Russia", "missiles, fired from")? */
/** Is the number spanning `start`..`end` an elided whole ("Of the 170 [drones] sent ...")? */
export function elidedWholeAt(view: DocView, start: number, end: number): boolean {
  return view.word(start - 1) === 'the' && view.word(start - 2) === 'of' && !view.mention(end + 1);
}

export function isReducedParticiple(view: DocView, sentence: Sentence, i: number, length = 1): boolean {
  const w = view.word(i);
  if (w.endsWith('ing')) return false;
  let k = i - 1;
  if (view.word(k) === ',') {
    k--;
    // "saw Kh-69 missiles again, launched from Su-34 jets": an adverb of the clause before the comma.
    if (view.pos(k) === 'ADV' && view.weaponEndingAt(k - 1)) k--;
  }
  while (k >= sentence.tokenStart && (view.word(k) === '"' || view.word(k) === "'")) k--;
  // ", with 110 shot down": a bare count opening an absolute clause stands for part of the weapons just told.
  const absolute = view.numberEndingAt(k);
  // "the air force reported 40 destroyed": a bare count as the object of a verb of reporting, likewise.
  // "Of the 170 sent against Ukraine, 74 were downed": a bare count after "of the" is the whole of the weapons told.
  const counted = absolute !== null && ((view.word(absolute.start - 1) === 'with' && view.word(absolute.start - 2) === ',') || (absolute.start === k && view.lex.raisingVerbs.has(view.word(absolute.start - 1))) || elidedWholeAt(view, absolute.start, k));
  if (!view.weaponEndingAt(k) && !partitiveAnaphorEndingAt(view, sentence, k) && !counted && !(view.at(view.lex.intercept, i) > 0 && bareWholeAt(view, sentence, k) !== null)) return false;
  // An object right after the verb means it is active ("Russia's missiles hit Kyiv" is not reduced).
  let after = i + length;
  // "96 drones launched nationwide on the night of ...": an adverb (or a "-wide" word the tagger reads as an
  // adjective) may stand before the phrase that follows.
  if ((view.pos(after) === 'ADV' || (view.pos(after) === 'ADJ' && view.word(after).endsWith('wide'))) && view.pos(after + 1) === 'ADP' && view.word(after + 1) !== 'of' && !view.mention(after)) after++;
  const next = view.word(after);
  if (view.pos(after) === 'NUM' || view.pos(after) === 'DET' || view.mention(after)) return false;
  // "reported 70 of them shot down or jammed": a participle coordinated with another.
  // ("shot down or suppressed 430 drones" is an active pair of verbs: an object after the second.)
  if ((next === 'or' || next === 'and') && view.pos(after + 1) === 'VERB' && view.word(after + 1).endsWith('ed')) {
    const object = after + 2;
    return !(view.pos(object) === 'NUM' || view.pos(object) === 'DET' || view.mention(object) !== undefined || view.numberEndingAt(object) !== null);
  }
  return next === 'by' || next === 'from' || next === 'in' || next === 'at' || next === 'against' || next === 'over' || next === 'on' || next === ',' || next === '.' || next === 'overnight' || next === 'that' || view.lex.platformPrepositions.has(next) || view.pos(after) === 'ADP' || view.boundaryAt(after) > 0;
}

/**
 * A bare whole quantifier ending at k that opens an absolute clause right after a weapon phrase and its comma: "38
 * Kh-101s, every one destroyed", "two Iskander-M missiles, both shot down", "... and four Lancet drones, all destroyed"
 * (lexicon wholeQuantifiers, or a distributive with "one": "every one", "each one", or a bare "each"). The quantifier
 * stands for the whole of that weapon phrase's coordinated group, as "all of them" does: the index of the weapon
 * phrase's last token, or null.
 */
export function bareWholeAt(view: DocView, sentence: Sentence, k: number): number | null {
  let q = k;
  if (view.word(q) === 'one' && view.lex.distributives.has(view.word(q - 1))) q--;
  else if (!view.lex.wholeQuantifiers.has(view.word(q)) && !view.lex.distributives.has(view.word(q))) return null;
  if (view.mention(q) || view.word(q - 1) !== ',' || q - 2 < sentence.tokenStart) return null;
  let end = q - 2;
  // ("25 Shahed drones at Kharkiv overnight, all destroyed": an adverb of the launch, and its target, may stand between.)
  for (let steps = 0; steps < 2 && end > sentence.tokenStart && !view.mention(end) && (view.pos(end) === 'ADV' || view.lex.skipAdverbs.has(view.word(end))); steps++) end--;
  const place = view.mention(end);
  if (place && view.isPlace(place) && view.lex.targetPrepositions.has(view.word(place.tokenStart - 1))) end = place.tokenStart - 2;
  // ("four Lancet loitering munitions, all destroyed": a class noun after the name, with a gerund the tagger reads as a verb.)
  for (let j = end, steps = 0; j >= sentence.tokenStart && steps < 3; j--, steps++) {
    const m = view.mention(j);
    if (m) return view.isWeapon(m) ? m.tokenEnd - 1 : null;
    if (view.pos(j) !== 'NOUN' && view.pos(j) !== 'ADJ' && !view.word(j).endsWith('ing')) return null;
  }
  return null;
}

/**
 * A counted part of weapons told just before, ending at k: "61 of them", "five of which", "all of these" ("85 drones,
 * 61 of them downed"). The part stands for the weapons of the anaphor like a weapon phrase does.
 */
export function partitiveAnaphorEndingAt(view: DocView, sentence: Sentence, k: number): boolean {
  if (k - 2 < sentence.tokenStart || !view.lex.relativeAnaphors.has(view.word(k)) || view.word(k - 1) !== 'of') return false;
  const number = view.numberEndingAt(k - 2);
  return number !== null || view.word(k - 2) === 'all' || view.word(k - 2) === 'most';
}

/** "missiles that Russia launched": the relative pronoun before the agent, with weapons before it. */
export function relativeAntecedent(view: DocView, sentence: Sentence, i: number): WeaponRef[] | null {
  // Walk left over the agent phrase to a relative pronoun (or a weapon, for a zero relative).
  let k = i - 1;
  while (k >= sentence.tokenStart && (view.lex.skipAdverbs.has(view.word(k)) || view.pos(k) === 'ADV' || view.pos(k) === 'AUX')) k--;
  // "which Ukrainian crews have used": the agent phrase may end in a plain noun after the actor.
  let agent = view.mention(k);
  for (let steps = 0; !view.isActor(agent) && steps < 2 && k > sentence.tokenStart && (view.pos(k) === 'NOUN' || view.pos(k) === 'ADJ') && !view.mention(k); steps++) {
    k--;
    agent = view.mention(k);
  }
  if (!view.isActor(agent)) return null;
  k = agent.tokenStart - 1;
  while (k >= sentence.tokenStart && view.npToken(k) && !view.isWeapon(view.mention(k))) {
    if (view.lex.relativePronouns.has(view.word(k))) break;
    k--;
  }
  if (view.lex.relativePronouns.has(view.word(k))) k--;
  if (view.word(k) === ',') k--;
  const m = view.mention(k);
  if (!view.isWeapon(m)) return null;
  return groupLeft(view, sentence, k);
}

/** The coordinated weapon group ending at token `end` ("six Kinzhal, nine Kalibr and three Iskander missiles"). */
export function groupLeft(view: DocView, sentence: Sentence, end: number): WeaponRef[] {
  const out: WeaponRef[] = [];
  let platforms = false;
  for (let k = end; k >= sentence.tokenStart; k--) {
    const m = view.mention(k);
    if (m) {
      // "attacked by 15 drones, all of which ...": a "by" agent is a fine antecedent.
      const platform = view.isPlatform(m, { agentIsArgument: true });
      if (view.isWeapon(m) && !view.isClassNounOfNamed(m) && !platform) out.unshift(view.weaponRef(m));
      // "40 drones at Kyiv overnight, all of which ...": the target of the launch stands between.
      else if (!view.isWeapon(m) && m.type !== 'Country' && !(out.length === 0 && view.isPlace(m))) break;
      if (platform && out.length === 0) platforms = true;
      k = m.tokenStart;
      continue;
    }
    const w = view.word(k);
    if (w === ',' || w === 'and' || w === 'or' || w === 'all' || w === 'of' || view.npToken(k)) continue;
    // "a Kh-59 guided missile, which ...": a participle the tagger read as a verb, modifying the noun after it.
    if (out.length === 0 && view.pos(k) === 'VERB' && w.endsWith('ed') && view.pos(k + 1) === 'NOUN' && !view.mention(k + 1)) continue;
    // "15 Kh-101s from Tu-95MS bombers, 13 of which ...": the carriers only say where the weapons came from.
    if (platforms && out.length === 0 && view.lex.platformPrepositions.has(w)) continue;
    if (out.length === 0 && (view.lex.targetPrepositions.has(w) || view.pos(k) === 'ADV')) continue;
    break;
  }
  return out;
}

/**
 * Past a reporting aside between a subject and its verb ("The missile, officials said, landed ..."): the token after
 * its closing comma; `k` itself when no such aside (a comma, at most `span` - 2 words with a reporting verb, a comma)
 * starts there.
 */
export function reportAsideEnd(view: DocView, sentence: Sentence, k: number, span = 7): number {
  if (view.word(k) !== ',') return k;
  let reported = false;
  for (let j = k + 1; j < Math.min(sentence.tokenEnd, k + span); j++) {
    if (view.word(j) === ',') return reported ? j + 1 : k;
    if (view.reportAt(j) > 0) reported = true;
  }
  return k;
}

/** The opening comma of a reporting aside whose closing comma is at `k` (", he said,"), else -1. */
export function reportAsideStart(view: DocView, sentence: Sentence, k: number): number {
  let reported = false;
  for (let j = k - 1; j > Math.max(sentence.tokenStart, k - 7); j--) {
    if (view.word(j) === ',') return reported ? j : -1;
    if (view.reportAt(j) > 0) reported = true;
  }
  return -1;
}

/** Resolves generic anaphors ("the missiles", "both missiles", "missiles of this type") to earlier named weapons. */
export function resolveAnaphora(view: DocView, sentence: Sentence, refs: WeaponRef[]): WeaponRef[] {
  const out: WeaponRef[] = [];
  for (const ref of refs) {
    const m = ref.mention;
    if (!m || !view.isAnaphoricGeneric(m)) {
      out.push(ref);
      continue;
    }
    let antecedents = view.resolveClassAnaphor(m, sentence);
    // A counted anaphor ("all four missiles") names the earlier weapon only when the counts agree.
    // "210 missiles of this type" names the type, not the same weapons: no count check there.
    // ("Four such missiles" names the kind: its count is its own.)
    if (ref.count !== null && view.word(m.tokenEnd) !== 'of' && view.word(m.tokenStart - 1) !== 'such' && antecedents.some((a) => view.weaponCount(a).count !== ref.count)) antecedents = [];
    if (antecedents.length === 0) {
      if (!view.isSingularDefinite(m)) out.push(ref);
      continue;
    }
    // "Eighteen of the missiles" after several named systems: a counted part of the whole they make up, not of one.
    if (antecedents.length > 1 && (ref.count ?? ref.partitive) !== null) {
      out.push(ref);
      continue;
    }
    const single = antecedents.length === 1;
    for (const a of antecedents) {
      out.push({
        entity: a.entity,
        generic: a.generic,
        count: single ? ref.count : null,
        partitive: single ? ref.partitive : null,
        mention: a,
        owner: ref.owner ?? view.weaponOwner(a),
      });
    }
  }
  return out;
}

/**
 * Weapons a pronoun phrase points to: "N of them" -> the first counted weapon of the antecedent with partitive N;
 * "all of them"/"them" -> all of them with their own counts.
 */
export function pronounWeapons(view: DocView, pronoun: number, antecedents: WeaponRef[]): WeaponRef[] {
  if (antecedents.length === 0) return [];
  let k = pronoun - 1;
  if (view.word(k) === 'of') {
    k--;
    const number = view.numberEndingAt(k);
    // "every one of them", "each one of those": the whole, not a part of one.
    const every = number !== null && number.value === 1 && view.lex.distributives.has(view.word(number.start - 1));
    if (number && view.word(k) !== 'both' && !every) {
      const head = antecedents.find((a) => a.count !== null) ?? antecedents[0];
      // "all but one of which": the whole less the number.
      if (view.word(number.start - 1) === 'but' && view.word(number.start - 2) === 'all') return head ? [allBut(head, number.value)] : [];
      return head ? [{ ...head, partitive: number.value }] : [];
    }
    const q = view.word(k);
    // "intercepted none of them", "neither of which": a negative quantifier denies them.
    if (q === 'none' || q === 'neither') return antecedents.map((a) => ({ ...a, negated: true }));
    // "most of which", "the bulk of which": a part of no stated size.
    if (view.lex.vagueParts.has(q)) {
      return antecedents.map((a) => ({ ...a, partitive: null, count: null }));
    }
  }
  return antecedents.map((a) => ({ ...a, partitive: a.partitive ?? a.count }));
}

/**
 * The weapon a singular pronoun subject at k of the passive at i stands for: the one singular weapon (a count of one,
 * or no count and a singular form) among the nearest earlier weapons, else none. The pronoun must open its clause,
 * and the verb must tell nothing but a downing: "it was destroyed" or "it was knocked out" (also verbs of damage)
 * is as likely a building or a substation.
 */
function singularAntecedent(view: DocView, sentence: Sentence, k: number, i: number): WeaponRef[] {
  const length = view.at(view.lex.intercept, i);
  if (length === 0 || view.at(view.lex.attackVerb, i) >= length) return [];
  const before = view.word(k - 1);
  if (k !== view.firstIndex(sentence) && before !== ',' && before !== ';' && before !== ':' && before !== 'and' && before !== 'that') return [];
  // (A singular form: its last word, past a possessive "'s", does not end in "s".)
  const plural = (m: Mention): boolean => {
    const last = view.word(m.tokenEnd - 1);
    return (POSSESSIVE.test(last) ? view.word(m.tokenEnd - 2) : last).endsWith('s');
  };
  const one = (a: WeaponRef): boolean => (a.partitive ?? a.count) === 1 || (a.count === null && a.partitive === null && a.mention !== null && !plural(a.mention));
  const singular = view.previousWeapons(sentence, k).filter(one);
  const first = singular[0];
  if (!first || singular.some((a) => a.entity !== first.entity)) return [];
  // ("The missile did not get far: it was shot down": a definite class noun stands for the weapon named before it.)
  return resolveAnaphora(view, sentence, [{ ...first, partitive: first.partitive ?? first.count }]);
}

/** "All but N" of a weapon: its whole less N, or a part of no stated size when the whole is unknown or not larger. */
function allBut(head: WeaponRef, except: number): WeaponRef {
  return { ...head, partitive: head.count !== null && head.count > except ? head.count - except : null };
}

/** The N of "all but N of ..." opening a subject phrase at `start`, else null. */
function allButAt(view: DocView, start: number): number | null {
  if (view.word(start) !== 'all' || view.word(start + 1) !== 'but') return null;
  const number = view.numberEndingAt(start + 2);
  return number && number.start === start + 2 && view.word(start + 3) === 'of' ? number.value : null;
}

/** The count of the nearest earlier mention of weapon `entity`, in this sentence or the three before it, else null. */
function earlierCount(view: DocView, sentence: Sentence, entity: string): number | null {
  const first = view.ctx.sentences[Math.max(0, sentence.index - 3)]?.tokenStart ?? 0;
  for (let k = sentence.tokenStart - 1; k >= first; k--) {
    const m = view.mention(k);
    if (!m) continue;
    k = m.tokenStart;
    if (m.entity === entity) {
      const count = view.weaponCount(m).count;
      if (count !== null) return count;
    }
  }
  return null;
}

/** Does the quantifier at k stand alone as a subject: first in its sentence or after ";", "," or "and"? */
function wholeSubjectAt(view: DocView, sentence: Sentence, k: number): boolean {
  const before = view.word(k - 1);
  return k === view.firstIndex(sentence) || before === ';' || before === ',' || before === 'and';
}

/** The weapons of a passive subject or of a relative "which/that" left of the trigger at i. */
export function passiveObjects(view: DocView, sentence: Sentence, i: number): WeaponRef[] {
  // 1. Skip the auxiliary chain ("had also been").
  let k = i - 1;
  while (k >= sentence.tokenStart && (view.lex.beForms.has(view.word(k)) || view.lex.skipAdverbs.has(view.word(k)) || view.pos(k) === 'ADV' || view.pos(k) === 'AUX')) {
    if (view.word(k) === 'all' && view.word(k - 1) === 'of') break;
    if (view.lex.wholeQuantifiers.has(view.word(k)) && wholeSubjectAt(view, sentence, k)) break;
    k--;
  }
  // ("Five of them, he said, had been intercepted": past a reporting aside back to the subject.)
  if (view.word(k) === ',') {
    // (Only a pronoun or a number stands so far from its verb; a noun subject keeps the reading it had.)
    const open = reportAsideStart(view, sentence, k);
    const subject = open > sentence.tokenStart ? open - 1 : -1;
    k = subject >= 0 && (view.lex.objectPronouns.has(view.word(subject)) || view.numberEndingAt(subject) !== null) ? subject : k - 1;
  }
  // 2c. "38 Kh-101s, every one destroyed", "four Lancet drones, all destroyed": a bare whole quantifier opening an
  //     absolute clause after a weapon phrase stands for that phrase's whole group, each with its own count.
  const whole = bareWholeAt(view, sentence, k);
  if (whole !== null && k + 1 === i) {
    return groupLeft(view, sentence, whole).map((a) => ({ ...a, partitive: a.partitive ?? a.count }));
  }
  const head = view.word(k);
  // 2a. "It was shot down over the sea": the singular pronoun as subject stands for the one singular weapon told last
  //     (coreference may have given it the state that launched it, which nothing shoots down).
  const it = view.mention(k);
  if (view.lex.singularPronouns.has(head) && (!it || (it.kind === 'pronoun' && !view.isWeapon(it)))) return singularAntecedent(view, sentence, k, i);
  // 2. A pronoun or relative pronoun: resolve to earlier weapons.
  if (view.lex.objectPronouns.has(head) && !view.mention(k)) {
    let start = k;
    if (view.word(k - 1) === 'of') start = k - 1;
    while (start > sentence.tokenStart && (view.numberEndingAt(start - 1) || view.word(start - 1) === 'all' || view.word(start - 1) === 'of' || view.word(start - 1) === 'most' || view.lex.distributives.has(view.word(start - 1)) || (view.word(start - 1) === 'but' && view.word(start - 2) === 'all'))) start--;
    if (head === 'which' || head === 'that') {
      const group = groupLeft(view, sentence, start - 1 - (view.word(start - 1) === ',' ? 1 : 0));
      return pronounWeapons(view, k, group);
    }
    return pronounWeapons(view, k, view.previousWeapons(sentence, start));
  }
  // 2b. "; all were destroyed", "both were shot down": a bare quantifier subject stands for the whole of the
  //     weapons named before it in the sentence.
  if (view.lex.wholeQuantifiers.has(head) && !view.mention(k) && wholeSubjectAt(view, sentence, k)) {
    const before = k === view.firstIndex(sentence) ? view.previousWeapons(sentence, k) : view.weaponsIn(sentence.tokenStart, k);
    return before.map((a) => ({ ...a, partitive: a.partitive ?? a.count }));
  }
  // 3. A bare number ("the other 33 were ...", "31 of the 36 were ..."): a part of the nearest earlier weapons.
  const number = view.numberEndingAt(k);
  if (number && !view.mention(k + 1)) {
    // "nine Kalibrs, of which six were downed": the part of the weapon group right before ", of which".
    if (view.word(number.start - 1) === 'which' && view.word(number.start - 2) === 'of') {
      const before = number.start - 3 - (view.word(number.start - 3) === ',' ? 1 : 0);
      const group = groupLeft(view, sentence, before);
      if (group.length > 0) return partOf(group, number.value, null);
    }
    // "All but two were shot down": the whole of the earlier counted weapon less the number (as "all but two of them").
    if (view.word(number.start - 1) === 'but' && view.word(number.start - 2) === 'all') {
      const earlier = view.previousWeapons(sentence, number.start - 2);
      // (Of two counted weapons or more, which ones got through is not said: each is downed, none with a count.)
      if (earlier.filter((a) => a.count !== null).length > 1) return earlier.map((a) => ({ ...a, partitive: null, count: null }));
      const head = earlier.find((a) => a.count !== null) ?? earlier[0];
      return head ? [allBut(head, number.value)] : [];
    }
    const ellipsis = ellipticalPartitive(view, number.start);
    const part = ellipsis ?? { part: number.value, whole: null, start: number.start };
    // "50 missiles were fired and 40 were shot down": counted weapons earlier in the same clause come first.
    const inClause = view.weaponsIn(view.clauseStart(sentence, part.start), part.start).filter((a) => a.count !== null);
    const antecedents = inClause.length > 0 && view.word(part.start - 1) === 'and' ? inClause : view.previousWeapons(sentence, part.start);
    // "12 Kalibr and six Iskander-M missiles ... All 18 were destroyed": a number that is the sum of the earlier
    // counted weapons stands for all of them, each with its own count.
    const counted = antecedents.filter((a) => a.count !== null);
    if (!ellipsis && counted.length > 1 && counted.reduce((sum, a) => sum + (a.count ?? 0), 0) === number.value) {
      return counted.map((a) => ({ ...a, partitive: a.count }));
    }
    const downed = partOf(antecedents, part.part, part.whole);
    // "Four missiles were fired - two Kh-101s and two Iskander-Ms - and all four were destroyed": the whole told by
    // its class goes with its breakdown.
    const total = downed.length === 1 ? downed[0] : undefined;
    return total && total.partitive === total.count ? downed.concat(breakdownMembers(view, antecedents, total)) : downed;
  }
  // 4. Otherwise the weapons of the subject phrase; "Of the missiles, ..." only frames the items after its comma.
  const start = subjectStart(view, sentence, k);
  const refs = view.weaponsIn(start, k + 1);
  const items = refs.filter((r) => !(r.mention && frameOf(view, r.mention) && refs.some((o) => o.mention && r.mention && o.mention.tokenStart > r.mention.tokenEnd)));
  const resolved = view.sharedClassCount(resolveAnaphora(view, sentence, items));
  // "All but three of the cruise missiles were downed": the whole told before, less the part the phrase names.
  // ("but" is a clause boundary, so the subject phrase may start after it.)
  const except = allButAt(view, view.word(start - 1) === 'but' ? start - 2 : start);
  if (except === null) return resolved;
  return resolved.map((r) => {
    const whole = r.count ?? earlierCount(view, sentence, r.entity);
    return allBut({ ...r, count: whole }, except);
  });
}

/**
 * The weapons that head a tally line, in text order, or none: a weapon at the start of the line ("Kalibr: 12
 * launched, 9 shot down"), or a coordinated list of them whose counts are joint ("Kh-101 and Kalibr: 20 launched",
 * "Kalibr, Kh-101 and Kh-59: ..."), then at most three words that add no weapon, count or launch ("counted
 * together", "combined"), then a colon.
 */
export function tallyHeads(view: DocView, sentence: Sentence): Mention[] {
  let k = view.firstIndex(sentence);
  if (view.pos(k) === 'PUNCT' || view.pos(k) === 'SYM') k++;
  const heads: Mention[] = [];
  const usable = (m: Mention | undefined): m is Mention => view.isWeapon(m) && !view.isPlatform(m) && !view.isDefenceClass(m);
  for (let head = view.mention(k); usable(head) && head.tokenStart === k; head = view.mention(k)) {
    heads.push(head);
    k = head.tokenEnd;
    const w = view.word(k);
    if (w !== 'and' && w !== ',' && w !== '/' && w !== '&') break;
    const next = view.word(k + 1) === 'and' ? k + 2 : k + 1;
    if (!usable(view.mention(next))) break;
    k = next;
  }
  if (heads.length === 0) return [];
  // "Kh-47M2 Kinzhal missiles:": the same system named twice (a designation and its name).
  for (let again = view.mention(k); again && again.tokenStart === k && (again.entity === heads[heads.length - 1]?.entity || view.isClassNounOfNamed(again)); again = view.mention(k)) k = again.tokenEnd;
  // "strike UAVs (Shahed, Gerbera and other types):": a bracket naming the types of the class.
  if (view.word(k) === '(') {
    let close = k + 1;
    while (close < sentence.tokenEnd && close < k + 12 && view.word(close) !== ')' && !isColon(view.word(close))) close++;
    if (view.word(close) === ')' && isColon(view.word(close + 1))) k = close + 1;
    else if (view.word(close).startsWith(')') && isColon(view.word(close))) k = close; // "):" read as one token
  }
  // The words before the colon: a comma, adverbs and participles that neither count nor launch ("counted together").
  for (let steps = 0; !isColon(view.word(k)); k++, steps++) {
    const pos = view.pos(k);
    const filler = view.word(k) === ',' || pos === 'ADV' || pos === 'ADJ' || (pos === 'VERB' && view.launchAt(k) === 0 && view.at(view.lex.intercept, k) === 0);
    if (steps >= 3 || k >= sentence.tokenEnd || view.mention(k) || view.numberEndingAt(k) || !filler) return [];
  }
  return heads;
}

/** Is the trigger at i a count item of a tally line ("40 launched" after "Shahed drones:"), which the tally rule reads? */
export function tallyItem(view: DocView, sentence: Sentence, i: number): boolean {
  // "24 of them downed": the count stands before "of them".
  const pronoun = view.word(i - 2) === 'of' && view.lex.objectPronouns.has(view.word(i - 1));
  const number = view.numberEndingAt(pronoun ? i - 3 : i - 1);
  const heads = tallyHeads(view, sentence);
  const last = heads[heads.length - 1];
  return number !== null && last !== undefined && number.start > last.tokenEnd;
}

/** Is a weapon phrase a fronted frame "Of the missiles," (the whole that the items after the comma are parts of)? */
function frameOf(view: DocView, m: Mention): boolean {
  let k = m.tokenStart - 1;
  // "Of the ten missiles,": a count between the determiner and the weapon.
  while (k > 0 && (view.pos(k) === 'NUM' || view.lex.numberWords.has(view.word(k)))) k--;
  if (view.word(k) === 'the' || view.word(k) === 'these') k--;
  return view.word(k) === 'of' && view.word(m.tokenEnd) === ',' && view.firstIndex(view.ctx.sentences[m.sentence] as Sentence) === k;
}

/** "31 of the 36" before token `end` (the whole's first token): the part, the whole and where the phrase starts. */
export function ellipticalPartitive(view: DocView, wholeStart: number): { part: number; whole: number | null; start: number } | null {
  let k = wholeStart - 1;
  if (view.word(k) === 'the') k--;
  if (view.word(k) !== 'of') return null;
  const part = view.numberEndingAt(k - 1);
  const whole = view.numberEndingAt(wholeStart);
  if (!part || view.word(k - 1) === 'both') return null;
  // "every one of the 45", "each one of the 12": a distributive takes the whole, not a part of one.
  if (whole && part.value === 1 && view.lex.distributives.has(view.word(part.start - 1))) return { part: whole.value, whole: whole.value, start: part.start - 1 };
  return { part: part.value, whole: whole ? whole.value : null, start: part.start };
}

/** The earlier weapon a bare part refers to: the one whose count is the whole, else the first counted one. */
/**
 * The named members of a whole told by its class and downed whole ("Four missiles were fired - two Kh-101s and two
 * Iskander-Ms - and all four were destroyed", "14 drones: 11 Shaheds, two of no known type and one Orlan-10. Every one
 * of the 14 was destroyed"): the weapons told after the class, when each has a count, all share its head noun and their
 * counts sum to the whole; each downed with its own count. Empty otherwise.
 */
function breakdownMembers(view: DocView, antecedents: WeaponRef[], total: WeaponRef): WeaponRef[] {
  const at = total.mention;
  if (!total.generic || total.count === null || !at) return [];
  const head = view.classHead(total.entity);
  const after = antecedents.filter((a) => a.mention !== null && a.mention.tokenStart > at.tokenStart);
  if (after.length < 2 || after.some((a) => a.count === null || view.classHead(a.entity) !== head)) return [];
  if (after.reduce((sum, a) => sum + (a.count ?? 0), 0) !== total.count) return [];
  return after.filter((a) => !a.generic).map((a) => ({ ...a, partitive: a.count }));
}

export function partOf(antecedents: WeaponRef[], part: number, whole: number | null): WeaponRef[] {
  const first = (whole !== null ? antecedents.find((a) => a.count === whole) : undefined) ?? antecedents.find((a) => a.count !== null) ?? antecedents[0];
  return first ? [{ ...first, partitive: part }] : [];
}

/** Start of the subject phrase ending at token k: after the nearest boundary, reporting verb, relative or verb. */
function subjectStart(view: DocView, sentence: Sentence, k: number): number {
  for (let j = k; j >= sentence.tokenStart; j--) {
    const w = view.word(j);
    if (view.boundaryAt(j) > 0 || view.lex.relativePronouns.has(w)) return j + 1;
    if (view.reportAt(j) > 0 && view.pos(j) === 'VERB') return j + 1;
    if (w === 'and' && view.word(j - 1) === ',') return j + 1;
    // ", with 110 drones shot down": an absolute clause has its own subject.
    if (w === 'with' && view.word(j - 1) === ',') return j + 1;
  }
  return sentence.tokenStart;
}

/** Options of the right-hand scan. */
export interface RightScan {
  /** Weapons found (anaphora resolved). */
  weapons: WeaponRef[];
  /** Places after a target preposition (at/against/on ...). */
  places: Mention[];
  /**
   * The token of a noun that names the attacked state without naming it, after a hostile preposition ("against the
   * country", "at the east of our country": lexicon countryNouns), or -1.
   */
  country: number;
  /** Token where the scan stopped. */
  end: number;
}

/**
 * Scans right of a trigger to the end of its clause, collecting weapon objects (skipping platforms after
 * "from"/"by"/"over"), pronoun objects ("nine of them") and places after a target preposition.
 */
/** True when a country's name (not a demonym) starts at k, after an optional "the". */
function countryAfter(view: DocView, k: number): boolean {
  const m = view.mention(view.word(k) === 'the' ? k + 1 : k);
  return m !== undefined && m.type === 'Country' && m.kind === 'name';
}

/**
 * Does a clause of interception open at `from`: a subject phrase of at most four words, none a weapon (but for air
 * defence), a number or a verb, then an interception verb ("air defence shot down", "the air force downed")?
 */
function interceptionClauseAt(view: DocView, sentence: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(sentence.tokenEnd, from + 5); k++) {
    // (A phrasal verb the tagger may read as a noun: "air defence shot down".)
    const length = view.at(view.lex.intercept, k);
    if (length > 1 || (length > 0 && view.pos(k) === 'VERB')) return k > from;
    const m = view.mention(k);
    if ((view.isWeapon(m) && !(m && view.isDefenceClass(m))) || view.numberEndingAt(k) !== null || view.pos(k) === 'VERB' || view.pos(k) === 'AUX' || view.boundaryAt(k) > 0) return false;
  }
  return false;
}

export function scanRight(view: DocView, sentence: Sentence, from: number, options: { stopAt?: (k: number) => number; asides?: boolean; over?: boolean } = {}): RightScan {
  const weapons: WeaponRef[] = [];
  const places: Mention[] = [];
  const end = sentence.tokenEnd;
  let k = from;
  // "the Russians used: five Oniks ...; three Kh-22 ...": a colon opens a list whose items end in semicolons.
  let list = false;
  let noPlaces = false;
  let country = -1;
  while (k < end && isBlankWord(view.word(k))) k++;
  // "Destroyed or suppressed: 405 drones and ...": a verb coordinated with the trigger before the list's colon.
  if ((view.word(k) === 'or' || view.word(k) === 'and') && view.pos(k + 1) === 'VERB' && view.word(k + 2) === ':') k += 2;
  // "Neutralised, per the same summary: 44 missiles and ...": an attribution between the trigger and its list.
  if (view.word(k) === ',' && view.lex.sourcePrepositions.has(view.word(k + 1))) {
    let colon = k + 2;
    while (colon < end && colon < k + 12 && view.word(colon) !== ':' && view.boundaryAt(colon) === 0 && view.pos(colon) !== 'VERB') colon++;
    if (view.word(colon) === ':' && colonItemAt(view, sentence, colon + 1)) k = colon;
  }
  if (view.word(k) === ':') {
    list = true;
    k++;
  }
  for (; k < end; k++) {
    const w = view.word(k);
    // A dash introduces an apposition ("200 weapons - missiles and drones"): keep going.
    // "used 82 means of air attack: 40 drones and 42 missiles": a counted object phrase, then its breakdown.
    if (w === ':' && !list && colonBreakdown(view, sentence, phraseStart(view, from, k), k)) {
      list = true;
      continue;
    }
    // In a colon's list, "..., but only four of the Iskanders" is one more item.
    if (view.boundaryAt(k) > 0 && w !== '(' && w !== ')' && w !== '-' && !(list && (w === ';' || (w === 'but' && view.word(k - 1) === ',')))) break;
    if (options.stopAt && options.stopAt(k) > 0) break;
    const report = view.reportAt(k);
    if (report > 0 && view.pos(k) === 'VERB') {
      // A parenthetical "he said," does not end the clause.
      if (view.word(k + report) === ',') {
        k += report;
        continue;
      }
      // "..., the force said: all fourteen Kh-101s and four of the Iskanders": the tag's colon opens the breakdown.
      if (view.word(k + report) === ':' && !list && view.word(from - 1) !== ':' && colonItemAt(view, sentence, k + report + 1)) {
        k += report;
        list = true;
        continue;
      }
      break;
    }
    if (w === 'and' && view.word(k - 1) === ',' && view.isActor(view.mention(k + 1))) break;
    // "..., and air defence shot down 22 drones", "..., and the air force downed 40": a coordinated clause of
    // interception, its subject no actor mention, tells its own event.
    if (w === 'and' && view.word(k - 1) === ',' && interceptionClauseAt(view, sentence, k + 1)) break;
    // "downed 101 drones and that all four missiles struck": a second reported clause.
    if (w === 'and' && view.word(k + 1) === 'that' && !view.mention(k + 2) && view.pos(k + 2) !== 'NOUN') break;
    // "fired 145 drones, with 110 shot down": an absolute clause after a comma tells its own event.
    if (w === 'with' && view.word(k - 1) === ',' && weapons.length > 0) break;
    // "..., of which 40 drones were destroyed" is another event; with `asides`, a list of items goes on after it
    // ("30 Kh-101s, of which 25 were shot down, eight Kalibrs, ...").
    if (w === 'which' && weapons.length > 0 && options.asides && view.word(k - 1) === 'of' && asideOpens(view, k - 2)) {
      while (k + 1 < end && view.word(k + 1) !== ',' && view.boundaryAt(k + 1) === 0) k++;
      continue;
    }
    if (w === 'which' && weapons.length > 0) break;
    // A purpose infinitive ("used X to shoot down Y") starts another event.
    if (w === 'to' && view.pos(k) === 'PART' && view.pos(k + 1) === 'VERB') break;
    // Another verb ("drones produced at a plant in ...") ends the phrase that can name the target.
    // A participle that modifies the next noun ("Kh-59 guided missiles", "air-launched") is no verb of its own.
    // So is one right after a preposition or determiner ("from occupied Crimea", "the occupied south").
    const modifier = view.pos(k - 1) === 'ADP' || view.pos(k - 1) === 'DET';
    if (view.pos(k) === 'VERB' && view.word(k - 1) !== '-' && !modifier && !view.mention(k) && view.pos(k + 1) !== 'NOUN' && weapons.length > 0 && view.launchAt(k) === 0 && view.attackAt(k) === 0) noPlaces = true;
    // With `over` (a launch: "sent 149 drones over Ukraine", "across Ukraine"), a country the weapons were sent over or
    // across is attacked too.
    const overCountry = options.over === true && (w === 'over' || w === 'across') && weapons.length > 0 && countryAfter(view, k + 1);
    if (!noPlaces && (w === 'at' || w === 'against' || w === 'on' || w === 'into' || w === 'toward' || w === 'towards' || overCountry) && !view.mention(k)) {
      // "sent 40 drones against the country", "at the east of the country": the state, named by a noun only.
      const noun = view.lex.hostileDirections.has(w) || w === 'into' ? countryNounAt(view, sentence, k + 1) : -1;
      if (noun >= 0) {
        // "at the east of the country, the Dnipropetrovsk region": a place in apposition names the part aimed at.
        const named = view.word(noun + 1) === ',' ? placesRight(view, sentence, noun + 2, 3) : [];
        if (named.length > 0) places.push(...named);
        else if (country < 0) country = noun;
        k = noun;
        continue;
      }
      const found = placesRight(view, sentence, k + 1, 12);
      places.push(...found);
      const last = found[found.length - 1];
      if (last) k = last.tokenEnd - 1;
      continue;
    }
    const m = view.mention(k);
    if (m) {
      if (view.isWeapon(m)) {
        if (!view.isClassNounOfNamed(m) && !view.isPlatform(m) && !(view.isDefenceClass(m) && weapons.length > 0)) {
          weapons.push(view.weaponRef(m));
          for (const id of view.ellipticalClasses(m)) weapons.push({ ...view.weaponRef(m), entity: id, count: null, partitive: null });
        }
      } else if (weapons.length > 0 && (m.type === 'Organisation' || m.type === 'Person') && m.kind === 'name' && view.word(m.tokenEnd) !== "'s") {
        // "..., the air force said: a Kinzhal, two Kh-59s and ...": the speaker of a report tag whose colon opens the
        // breakdown of the weapons before it; the tag is read at its verb below.
        if (!list && reportTagColon(view, sentence, m.tokenEnd)) {
          k = m.tokenEnd - 1;
          continue;
        }
        break; // another actor's clause ("a feat the Pentagon credited to ...")
      }
      k = m.tokenEnd - 1;
      continue;
    }
    if ((w === 'them' || w === 'which') && !view.mention(k)) {
      if (w === 'them') {
        let start = k;
        while (start > from && (view.word(start - 1) === 'of' || view.numberEndingAt(start - 1) || view.word(start - 1) === 'all' || view.word(start - 1) === 'most')) start--;
        weapons.push(...pronounWeapons(view, k, view.previousWeapons(sentence, start)));
      }
    }
  }
  return { weapons: view.sharedClassCount(resolveAnaphora(view, sentence, weapons)), places, country, end: k };
}

/**
 * The token of a country noun (lexicon countryNouns) that a phrase from `from` ends in, or -1: "the country", "our
 * country", "the whole country", "the east of the country", "the rest of our country" (lexicon countryParts), and the
 * same phrase as a possessor ("the country's power grid"). A name or another noun in the phrase makes it none.
 */
export function countryNounAt(view: DocView, sentence: Sentence, from: number): number {
  let k = from;
  const determiner = (j: number): boolean => view.word(j) === 'the' || view.word(j) === 'our' || view.word(j) === 'this';
  if (!determiner(k)) return -1;
  k++;
  // "the east of the country", "the whole of our country".
  if (view.lex.countryParts.has(view.word(k)) && view.word(k + 1) === 'of' && determiner(k + 2)) k += 3;
  // "the whole country", "our entire country".
  else if (view.lex.countryParts.has(view.word(k)) && view.lex.countryNouns.has(view.word(k + 1))) k++;
  if (k >= sentence.tokenEnd || !view.lex.countryNouns.has(view.word(k)) || view.mention(k)) return -1;
  return k;
}

/**
 * Is the object right after a verb (from `from`) a noun phrase whose head is no weapon ("destroyed a school",
 * "destroyed part of a five-storey building")? False for a weapon ("destroyed 20 drones"), a bare number
 * ("destroyed 31 of the 36") or anything else that is no noun phrase.
 */
export function patientIsNoWeapon(view: DocView, sentence: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(sentence.tokenEnd, from + 8); k++) {
    const m = view.mention(k);
    // "31 Russian missiles", "Iranian-made drones": a demonym only modifies the head.
    if (m && m.kind === 'demonym') {
      k = m.tokenEnd - 1;
      continue;
    }
    // "20 Ukraine-launched drones": a name in a hyphenated modifier.
    if (m && view.word(m.tokenEnd) === '-') {
      k = m.tokenEnd + 1;
      continue;
    }
    if (m) return !view.isWeapon(m);
    const pos = view.pos(k);
    // "dozens of drones", "part of a building": a quantity or part noun before "of" is no head.
    if ((pos === 'NOUN' || pos === 'PROPN') && view.word(k + 1) === 'of') continue;
    if (pos === 'NOUN' || pos === 'PROPN') return !view.lex.numberWords.has(view.word(k));
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'ADV' && !view.lex.patientFillers.has(view.word(k))) return false;
  }
  return false;
}

/**
 * Does the relative "of which" before `end` open an aside after a comma (", of which", ", 13 of which", ", all of
 * which", ", most of which")? `end` is the token before "of".
 */
function asideOpens(view: DocView, end: number): boolean {
  let k = end;
  const number = view.numberEndingAt(k);
  if (number) k = number.start - 1;
  else if (view.lex.quantifier.has(view.word(k)) || view.lex.numberWords.has(view.word(k))) k--;
  return view.word(k) === ',';
}

/**
 * Does the colon at `colon` open the breakdown of a counted object phrase ("fired 70 weapons: 55 drones and 15
 * missiles", "eliminated 57 targets: 39 drones, ...")? The phrase from `from` to the colon is a short noun phrase
 * with a number and no verb of its own, and the colon is followed by a counted item or a weapon. `uncounted` drops
 * the number for a phrase headed by an attack noun ("a combined strike on Ukraine: 44 missiles and 20 drones").
 */
export function colonBreakdown(view: DocView, sentence: Sentence, from: number, colon: number, options: { uncounted?: boolean } = {}): boolean {
  if (colon - from > 14) return false;
  let counted = options.uncounted ?? false;
  for (let k = from; k < colon; k++) {
    if (view.boundaryAt(k) > 0 || view.reportAt(k) > 0) return false;
    if (view.numberEndingAt(k) || view.lex.numberWords.has(view.word(k))) counted = true;
    const pos = view.pos(k);
    if ((pos === 'VERB' || pos === 'AUX') && !view.mention(k) && view.word(k - 1) !== '-' && view.pos(k + 1) !== 'NOUN') return false;
  }
  // "...: all six Shaheds and ...": a quantifier may lead the first item.
  return counted && colonItemAt(view, sentence, colon + 1, false);
}

/**
 * Where the counted phrase before a colon at `colon` starts: `from`, or past the last comma when the stretch from
 * `from` is longer than a phrase ("90 drones against the country, together with 12 missiles of three types: ...").
 */
function phraseStart(view: DocView, from: number, colon: number): number {
  if (colon - from <= 14) return from;
  for (let k = colon - 1; k > from; k--) if (view.word(k) === ',') return k + 1;
  return from;
}

/** Is there a report verb at k whose colon opens a list of items ("said: a Kinzhal, two Kh-59s and ...")? */
function reportTagColon(view: DocView, sentence: Sentence, k: number): boolean {
  const report = view.reportAt(k);
  return report > 0 && view.pos(k) === 'VERB' && view.word(k + report) === ':' && colonItemAt(view, sentence, k + report + 1);
}

/**
 * Does a list item start at k (after blanks and a leading quantifier, or with `distributive` an "every"/"each"): a
 * number, a number word or a weapon?
 */
function colonItemAt(view: DocView, sentence: Sentence, k: number, distributive = true): boolean {
  let next = k;
  while (next < sentence.tokenEnd && isBlankWord(view.word(next))) next++;
  if (view.lex.quantifier.has(view.word(next)) || (distributive && view.lex.distributives.has(view.word(next)))) next++;
  // "an Iskander-M ballistic missile, a Kh-59 ...": an article before a named weapon (not a negator: "no Kinzhals").
  else if (view.lex.determiner.has(view.word(next)) && !view.lex.negator.has(view.word(next)) && view.isWeapon(view.mention(next + 1))) next++;
  return view.numberEndingAt(next) !== null || view.lex.numberWords.has(view.word(next)) || view.pos(next) === 'NUM' || view.isWeapon(view.mention(next));
}

/** The colon that opens a breakdown after an attack noun at `i` ("a strike on X overnight: ..."), or -1. */
export function breakdownColon(view: DocView, sentence: Sentence, i: number): number {
  for (let k = i + 1; k < Math.min(sentence.tokenEnd, i + 16); k++) {
    if (view.word(k) === ':') return colonBreakdown(view, sentence, i + 1, k, { uncounted: true }) ? k : -1;
    if (view.boundaryAt(k) > 0) return -1;
  }
  return -1;
}

/** How many sentences back a transcript's speaker label is looked for. */
const LABEL_REACH = 40;

/**
 * The person whose transcript label governs `sentence` ("TSAHKNA: Thank you. ... Killing people is terrorism."): the
 * nearest line at or before it that opens with a name and a colon (a role in parentheses may stand between:
 * "OKSANA BILYK (analyst):"). Paragraphs with no label of their own go on with the last speaker. A label that is no
 * person ("QUESTION (Lepik):", "KEY EVENTS:", "Kharkiv: struck by missiles") ends the search with none.
 */
export function labelSpeaker(view: DocView, sentence: Sentence): Mention | null {
  const { doc, sentences, tokens } = view.ctx;
  for (let s = sentence.index; s >= 0 && s > sentence.index - LABEL_REACH; s--) {
    const open = sentences[s] as Sentence;
    const first = open.tokenStart;
    const previous = tokens[first - 1];
    if (previous) {
      const br = doc.text.indexOf('\n', previous.end);
      if (br < 0 || br >= open.start) continue;
    }
    let k = first;
    const m = view.mention(k);
    // "Name Surname, on behalf of the X Group. - ...": a verbatim record's turn.
    if (m && m.type === 'Person' && turnLabelEnd(tokens, doc.text, m.tokenEnd) > 0) return m;
    // "The Minister for the Armed Forces (James Heappey): ...": a title, then the holder's name in parentheses.
    if (!m && view.word(k) === 'the') {
      let t = k + 1;
      while (t < open.tokenEnd && t < k + 10 && view.word(t) !== '(' && view.word(t) !== ':' && !(view.mention(t)?.type === 'Person')) t++;
      let close = t;
      while (close < open.tokenEnd && close < t + 8 && view.word(close) !== ')') close++;
      if (view.word(t) === '(' && view.word(close + 1) === ':' && view.lex.titleWords.has(view.word(k + 1))) {
        // A label line: its speaker is the holder named in the parentheses, or no one known (not an earlier label).
        const holder = view.mention(t + 1);
        return holder?.type === 'Person' && holder.tokenEnd === close ? holder : null;
      }
    }
    if (m) k = m.tokenEnd;
    else while (k < first + 3 && k < open.tokenEnd && /^[A-Z][A-Z'-]+$/.test(tokens[k]?.text ?? '')) k++;
    if (k === first) continue;
    // Parentheticals after the name: a role, or a parliamentary record's constituency, party and item
    // ("Alicia Kearns (Rutland and Melton) (Con):").
    for (let parens = 0; parens < 4 && view.word(k) === '('; parens++) {
      const close = k + 8;
      while (k < close && k < open.tokenEnd && view.word(k) !== ')') k++;
      k++;
    }
    if (view.word(k) !== ':') continue;
    return m && m.type === 'Person' ? m : null;
  }
  return null;
}

/** Places of a target phrase starting at `from` ("the capital Kyiv", "energy facilities in the Kharkiv ... oblasts"). */
export function placesRight(view: DocView, sentence: Sentence, from: number, limit = 25): Mention[] {
  const out: Mention[] = [];
  let end = Math.min(sentence.tokenEnd, from + limit);
  for (let k = from; k < end; k++) {
    const m = view.mention(k);
    if (m) {
      if (view.isPlace(m) && view.lex.actorNouns.has(view.word(m.tokenEnd))) {
        // "the Kiev regime", "Russian forces": an actor, not a place.
      } else if (m.kind === 'pronoun' && view.reportAt(m.tokenEnd) > 0) {
        // "in six places, it added": the pronoun is who reports, not a place.
        break;
      } else if (view.isPlace(m)) {
        const demonymPlace = m.kind !== 'demonym' || (!view.isOrigin(m) && placeNounAfter(view, m));
        if (demonymPlace) out.push(m);
        // A list goes on as long as it names places: the window reaches a few words past the last one.
        end = Math.min(sentence.tokenEnd, Math.max(end, m.tokenEnd + 10));
      } else if (view.isActor(m) && m.kind !== 'demonym' && m.kind !== 'capital' && view.word(m.tokenEnd) !== "'s") {
        break;
      }
      k = m.tokenEnd - 1;
      continue;
    }
    const w = view.word(k);
    if (view.lex.relativePronouns.has(w) || w === 'where') break; // "the attack on Odesa, which Russia ..."
    // "a building housing the embassies of Albania and Portugal": the states of representations are no places hit.
    if (view.lex.proxyNouns.has(w) && view.word(k + 1) === 'of') break;
    // "the town of Kupiansk in Kharkiv Oblast", "the city in northeastern Ukraine": a larger place only locates.
    if (w === 'in') {
      const outer = locatorAfter(view, sentence, k, out);
      if (outer) {
        // "a barn near Konotop in the Sumy region": the region of a city hit is a place hit too (a state only locates,
        // and so does a region after "the X community", or after "the town of X" named as the attack's own object).
        const inner = out[out.length - 1];
        if (outer.type === 'Region' && inner && inner.tokenEnd === k && !namedTownObject(view, inner)) out.push(outer);
        k = outer.tokenEnd - 1;
        continue;
      }
    }
    // "attacks on our cities" in a quotation: the speaker's state.
    if (w === 'our' && view.lex.placeNouns.has(view.word(k + 1) === 'energy' ? view.word(k + 2) : view.word(k + 1))) {
      const own = speakerState(view, sentence, k);
      if (own) out.push(own);
      continue;
    }
    // "a depot on the outskirts of Z", "a plant at the edge of Z": a locative phrase goes on to its place.
    // ("a grain elevator at Romny", "the terminal at Pivdennyi": "at" right before the place locates the facility too.)
    const placeNext = view.mention(k + 1);
    const atPlace = w === 'at' && view.isPlace(placeNext) && placeNext.kind !== 'demonym' && placeNext.tokenStart === k + 1;
    // ("a warehouse complex on the outskirts of Z": a head the tagger read as an adjective after a noun is the noun;
    // "a grain store on a farm near Z": "on" with an indefinite article locates the facility in a larger one.)
    const facility = (view.pos(k - 1) === 'NOUN' || (view.pos(k - 1) === 'ADJ' && view.pos(k - 2) === 'NOUN' && !view.mention(k - 2))) && !view.mention(k - 1);
    if ((w === 'on' || w === 'at') && k > from && facility && (view.word(k + 1) === 'the' || atPlace || (w === 'on' && view.word(k + 1) === 'a' && view.pos(k + 2) === 'NOUN' && !view.lex.timeAdverbs.has(view.word(k + 2)) && !view.lex.timeSubjects.has(view.word(k + 2))))) continue;
    // "in and around Kyiv": a second preposition of place joined to "in".
    if (w === 'around' && view.word(k - 1) === 'and' && view.word(k - 2) === 'in') continue;
    // "an attack on people in their homes, and Russia alone bears ...": ", and" before a state and its verb opens a
    // new clause (a city there may still be one more place hit: ", and Kyiv came under fire").
    if (w === 'and' && view.word(k - 1) === ',' && clauseOpensAt(view, sentence, k + 1, 'Country')) break;
    if (w === ',' || w === 'and' || w === 'or' || w === 'of' || w === 'in' || w === 'across' || w === 'inside' || w === 'within' || w === 'throughout' || w === 'both' || w === 'the' || w === "'s") continue;
    // "struck a fuel depot near Lutsk", "a substation outside Nizhyn": a facility near a place locates the hit there.
    if (view.lex.nearLocators.has(w) && view.pos(k - 1) === 'NOUN' && !view.mention(k - 1)) continue;
    // "three strikes on Kyiv, two on Kharkiv and others on Sumy": the attack noun left out before a repeated preposition.
    const prior = view.word(k - 1);
    if (out.length > 0 && (prior === ',' || prior === 'and') && isQuantity(view, k) && view.lex.targetPrepositions.has(view.word(k + 1))) {
      k++;
      continue;
    }
    // "in A and B, as well as in C", "across the country, including in D": the list goes on.
    const addition = view.at(view.lex.listAdditions, k);
    if (addition > 0) {
      k += addition - 1;
      continue;
    }
    if (view.boundaryAt(k) > 0) break;
    if (view.lex.attackNoun.has(w) && out.length > 0) break;
    if (view.lex.platformPrepositions.has(w) || w === 'with' || w === 'using' || w === 'for' || w === 'to' || w === 'during') break;
    // "in occupied Melitopol", "the Russian-held town of ...": a participle right before a place modifies it.
    if (view.pos(k) === 'VERB' && w.endsWith('ed') && view.isPlace(view.mention(k + 1))) continue;
    // "an apartment block in Dnipro": a noun the tagger read as a verb, inside a noun phrase before its locative.
    // "a pumping station near Z": an "-ing" modifier between an article and its noun.
    // (After a possessive too: "the company's combined heat and power plant in Z".)
    const modifier = (view.pos(k - 1) === 'DET' || view.pos(k - 1) === 'ADJ' || view.pos(k - 1) === 'NOUN' || view.word(k - 1) === "'s") && !view.lex.beForms.has(view.word(k - 1));
    // ("the company's combined heat and power plant": an "-ed" one after an article, adjective or possessive.)
    const attributive = w.endsWith('ing') || (w.endsWith('ed') && view.pos(k - 1) !== 'NOUN');
    const nounLike = modifier && (view.word(k + 1) === 'in' || (attributive && view.pos(k + 1) === 'NOUN' && !view.mention(k + 1)));
    if (view.pos(k) === 'VERB' && view.word(k - 1) !== '-' && !nounLike) break;
    if (view.pos(k) === 'AUX' || view.pos(k) === 'ADP' || view.pos(k) === 'SCONJ') break;
  }
  return preferSpecificPlaces(view, out);
}

/**
 * Is `inner` named by "the town of X" as the attack's own object ("an attack against the town of X", "struck the
 * village of X")? Such a town's region only locates it. The same phrase inside a locative ("a depot in the town of
 * X", "on the outskirts of the mining town of X", "a farm near the village of X") places the hit in the region too.
 */
function namedTownObject(view: DocView, inner: Mention): boolean {
  if (view.word(inner.tokenStart - 1) !== 'of') return false;
  let s = inner.tokenStart - 2;
  // "the shelling of X": the attack's own object; "the outskirts of X", "the edge of X": a part of it that locates.
  if (!view.lex.placeNouns.has(view.word(s))) return view.lex.attackNoun.has(view.word(s)) || view.pos(s) !== 'NOUN';
  s--;
  for (let n = 0; n < 3 && (view.pos(s) === 'ADJ' || view.pos(s) === 'NOUN') && !view.mention(s); n++) s--;
  if (view.pos(s) === 'DET') s--;
  const before = view.word(s);
  return !(before === 'in' || before === 'of' || view.lex.nearLocators.has(before));
}

/**
 * Does a clause open at `from`: a name (of entity type `type` when given; after an optional "the") followed, past
 * at most two adverbs, by a verb or an auxiliary ("Russia alone bears", "Kharkiv was also hit")?
 */
export function clauseOpensAt(view: DocView, sentence: Sentence, from: number, type?: string): boolean {
  let j = from;
  if (view.word(j) === 'the') j++;
  const m = view.mention(j);
  if (!m || (type !== undefined && m.type !== type)) return false;
  j = m.tokenEnd;
  for (let adverbs = 0; adverbs < 2 && j < sentence.tokenEnd && view.pos(j) === 'ADV'; adverbs++) j++;
  const pos = view.pos(j);
  return j < sentence.tokenEnd && (pos === 'VERB' || pos === 'AUX');
}

/**
 * The place after "in" at k that only locates the place named just before it: a state after one of its cities or
 * regions, or a region after a city (the gazetteer keeps no finer containment), within two words of it
 * ("Okhtyrka community in Sumy Oblast"); or a state or region after a bare place noun ("the city in eastern Ukraine").
 */
function locatorAfter(view: DocView, sentence: Sentence, k: number, out: Mention[]): Mention | null {
  let j = k + 1;
  while (j < sentence.tokenEnd && j < k + 4 && (view.word(j) === 'the' || view.pos(j) === 'ADJ') && !view.mention(j)) j++;
  const outer = view.mention(j);
  if (!view.isPlace(outer) || outer.kind === 'demonym' || outer.type === 'City') return null;
  const inner = out[out.length - 1];
  if (inner && inner.tokenEnd >= k - 2 && inner.tokenEnd <= k) {
    for (let g = inner.tokenEnd; g < k; g++) if (view.pos(g) !== 'NOUN' || view.mention(g)) return null;
    if (outer.type === 'Country') return inner.type !== 'Country' && view.countryOf(inner.entity) === outer.entity ? outer : null;
    return inner.type === 'City' ? outer : null;
  }
  const noun = view.word(k - 1);
  const bare = !view.mention(k - 1) && view.lex.placeNouns.has(noun) && !noun.endsWith('s') && (view.word(k - 2) === 'the' || view.word(k - 2) === 'a');
  return bare && (noun === 'city' || noun === 'town' || noun === 'village') ? outer : null;
}

/** A number or a quantity word standing for a count of something named before: "two", "12", "others", "another". */
export function isQuantity(view: DocView, k: number): boolean {
  const w = view.word(k);
  return view.pos(k) === 'NUM' || view.lex.numberWords.has(w) || view.lex.countPronouns.has(w);
}

/** The state of the speaker of a quotation holding "our" at k, as a place mention spanning "our" (or undefined). */
function speakerState(view: DocView, sentence: Sentence, k: number): Mention | undefined {
  const speaker = quotedSpeaker(view, sentence, k);
  const country = speaker ? view.countryOf(speaker.entity) : null;
  const token = view.tokens[k];
  if (!speaker || !country || !token) return undefined;
  return { ...speaker, entity: country, type: 'Country', kind: 'name', generic: false, start: token.start, end: token.end, tokenStart: k, tokenEnd: k + 1 };
}

/** "Russian territory", "Ukrainian cities": a demonym that names a place, not an actor ("Ukrainian officials"). */
function placeNounAfter(view: DocView, m: Mention): boolean {
  for (let k = m.tokenEnd; k < m.tokenEnd + 3; k++) {
    const w = view.word(k);
    if (view.lex.placeNouns.has(w)) return true;
    // A demonym standing alone names the people ("attacks against Ukrainians").
    if (view.pos(k) !== 'ADJ' && view.pos(k) !== 'NOUN') return k === m.tokenEnd && view.word(m.tokenEnd - 1).endsWith('s');
  }
  return false;
}

/**
 * Drops a state named only as a modifier when a city or region of the same phrase is named ("the Russian city of
 * Belgorod"); a demonym before a plural place noun that closes its phrase names more places of the state ("Kyiv and
 * other Ukrainian cities") and stays.
 */
export function preferSpecificPlaces(view: DocView, places: Mention[]): Mention[] {
  const specific = places.some((p) => p.type === 'City' || p.type === 'Region');
  if (!specific) return places;
  return places.filter((p) => p.type !== 'Country' || (p.kind === 'name' && view.word(p.tokenEnd) !== "'s") || otherPlacesOf(view, p));
}

/** "other Ukrainian cities", "several Russian regions": a demonym before a plural place noun not followed by a list. */
function otherPlacesOf(view: DocView, p: Mention): boolean {
  if (p.kind !== 'demonym') return false;
  let k = p.tokenEnd;
  while (view.pos(k) === 'ADJ' && !view.mention(k)) k++;
  const noun = view.word(k);
  if (!view.lex.placeNouns.has(noun) || !noun.endsWith('s')) return false;
  const next = view.word(k + 1);
  return next !== 'of' && next !== 'such' && next !== 'including' && next !== 'like' && next !== ':' && !view.isPlace(view.mention(k + 1));
}

/** Is there a request word earlier in the sentence ("urged allies to send ...")? */
export function requestBefore(view: DocView, sentence: Sentence, i: number): boolean {
  for (let k = sentence.tokenStart; k < i; k++) if (view.at(view.lex.request, k) > 0 && view.pos(k) === 'VERB') return true;
  return false;
}

/**
 * A delivery verb at i in the complement of a request or a need, verb or noun ("renewed the appeal that partners
 * send ...", "made the request that allies deliver ...", "urged partners to supply ..."): a request word (lexicon
 * classes requestVerb, needExpression) at most eight tokens before i, with "that" between it and i or "to" right before i, and no
 * clause break. What is asked to be sent is not a launch.
 */
export function requestComplementBefore(view: DocView, sentence: Sentence, i: number): boolean {
  let complement = false;
  for (let k = i - 1; k >= Math.max(sentence.tokenStart, i - 8); k--) {
    const w = view.word(k);
    if (w === ';' || w === ':') return false;
    if (w === 'that' || (w === 'to' && k === i - 1)) complement = true;
    else if (complement && (view.at(view.lex.request, k) > 0 || view.lex.needVerbs.has(w))) return true;
  }
  return false;
}

/**
 * The actor that the syntax layer gives as the logical subject of the verb at i, through an apposition ("X, a
 * former engineer who has led the city since 2006, has asked ..."), or null. For a subject that the bounded scan
 * of `agentLeft` cannot reach past a long apposition.
 */
export function syntaxSubject(view: DocView, syntax: SyntaxLayer | null, i: number): Mention | null {
  const g = syntax ? (syntax.vgOf[i] ?? -1) : -1;
  if (!syntax || g < 0) return null;
  const chunk = syntax.logicalSubject(g);
  if (chunk < 0) return null;
  for (const c of [chunk, syntax.np(chunk, NP.appos)]) {
    if (c < 0) continue;
    const m = view.mention(syntax.np(c, NP.head));
    if (view.isActor(m) && m.kind !== 'demonym') return m;
  }
  return null;
}

/** Is a weapon phrase quantified by "all" / "both" ("all six Kalibr missiles")? */
export function allQuantified(view: DocView, m: Mention | null): boolean {
  if (!m) return false;
  for (let k = m.tokenStart - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const w = view.word(k);
    if (w === 'all' || w === 'both') return true;
    if (view.pos(k) !== 'NUM' && view.pos(k) !== 'ADJ' && w !== 'the') return false;
  }
  return false;
}

/** Is a weapon phrase definite ("the two Kalibrs", "none of the missiles")? */
export function definite(view: DocView, m: Mention): boolean {
  for (let k = m.tokenStart - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const w = view.word(k);
    if (w === 'the' || w === 'these' || w === 'those' || w === 'both') return true;
    if (view.pos(k) !== 'NUM' && view.pos(k) !== 'ADJ' && !view.lex.numberWords.has(w)) return false;
  }
  return false;
}

/** Does the sentence end with a colon (a list follows)? */
export function endsWithColon(view: DocView, sentence: Sentence): boolean {
  for (let k = sentence.tokenEnd - 1; k >= sentence.tokenStart; k--) {
    const w = view.word(k);
    if (isBlankWord(w)) continue;
    return w === ':';
  }
  return false;
}

/**
 * "putting the number of drones shot down at 319", "put the tally of missiles launched at 40": the figure a count
 * noun before the weapon is put at, after the trigger that ends before token `end` (and its "by" agent); else null.
 */
export function figurePutAt(view: DocView, ref: WeaponRef, end: number): number | null {
  let after = end;
  const m = ref.mention;
  if (!m || view.word(m.tokenStart - 1) !== 'of' || !view.lex.tallyNouns.has(view.word(m.tokenStart - 2))) return null;
  // "... launched by Russia at 597": past the agent.
  const agent = view.word(after) === 'by' ? view.mention(after + 1) : undefined;
  if (agent && view.isActor(agent)) after = agent.tokenEnd;
  if (view.word(after) !== 'at') return null;
  const number = view.numberEndingAt(after + 1);
  return number && number.start === after + 1 ? number.value : null;
}

/** Is a token a colon, alone or glued to a closing bracket or quote by the tokenizer ("(from Tu-95MS):")? */
export function isColon(word: string): boolean {
  // (Every such token ends with the colon: the test runs only on those.)
  return word.charCodeAt(word.length - 1) === 58 && (word.length === 1 || /^[)"'\]]*:$/.test(word));
}

/**
 * The actor at the head of a syntactic chunk (a resolved pronoun counts), or null; a title whose "of" phrase runs into
 * the name of its holder ("Minister of Energy Herman Halushchenko said") names the holder.
 */
export function chunkActor(view: DocView, syntax: SyntaxLayer, chunk: number): Mention | null {
  if (chunk < 0) return null;
  const head = syntax.np(chunk, NP.head);
  const m = view.mention(head);
  if (view.isActor(m)) return m;
  const end = syntax.np(chunk, NP.end);
  if (!view.lex.titleWords.has(view.word(head)) || view.word(end) !== 'of') return null;
  for (let k = end + 1; k < end + 8; k++) {
    const named = view.mention(k);
    if (named?.type === 'Person' && named.kind === 'name') return named;
    if (view.pos(k) === 'VERB' || view.pos(k) === 'AUX' || view.word(k) === ',' || view.boundaryAt(k) > 0) return null;
  }
  return null;
}

/**
 * The person or organisation that reports the clause a verb after "and" at i is coordinated into ("X said ... and
 * called ..."), or null; with `comma`, only after ", and".
 */
export function reporterOfCoordinated(view: DocView, sentence: Sentence, i: number, comma: boolean): string | null {
  let j = i - 1;
  while (j > sentence.tokenStart && view.pos(j) === 'ADV') j--;
  if (view.word(j) !== 'and' || (comma && view.word(j - 1) !== ',')) return null;
  for (let r = sentence.tokenStart; r < j; r++) {
    if (!(view.reportAt(r) > 0 && view.pos(r) === 'VERB')) continue;
    const agent = agentLeft(view, sentence, r, { stopAtReport: false });
    return agent.actor && (agent.actor.type === 'Person' || agent.actor.type === 'Organisation') ? agent.key : null;
  }
  return null;
}

/**
 * The body whose minutes or resolution the document is: the organisation that heads it (its letterhead, else an
 * organisation named first, within its first three sentences: "SEIMAS OF THE REPUBLIC OF LITHUANIA"); null otherwise.
 */
export function documentBody(view: DocView): string | null {
  const sentences = view.ctx.sentences;
  const third = sentences[Math.min(2, sentences.length - 1)];
  return third ? hostOrganisation(view, third.tokenEnd) : null;
}

/** Is the sentence only the number of a list item ("1.", "2)"), as the sentence splitter leaves it? */
export function itemNumber(view: DocView, sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  const first = view.firstIndex(sentence);
  return sentence.tokenEnd - first === 2 && /^\d{1,2}$/.test(view.word(first)) && (view.word(first + 1) === '.' || view.word(first + 1) === ')');
}
