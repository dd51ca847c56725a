/**
 * Step 04: weapons by their class nouns.
 *   - A class noun phrase ("cruise missiles", "drones", "air defence systems", "fighter aircraft") that no named
 *     system owns becomes a generic WeaponSystem mention named by the singular class ("cruise missile").
 *   - A capitalised name or a designation code right before a class noun ("Vilkha missiles", "RM-70 Vampire
 *     rockets", "Hawk systems") or any code like "Su-35" is a named WeaponSystem even when the gazetteer lacks it.
 */
import { defineStep, type ExtractContext } from '../context.ts';
import type { Mention, Token } from '../layers.ts';
import { isCapitalised, pushMention, recognisedName, sortMentions } from '../mentions.ts';
import { genericClassKey } from '../../domain/names.ts';
import { mixedWaveAt, wordsOf } from '../words.ts';

const WEAPON_CODE = /^[A-Z][A-Za-z]{0,4}-\d+[A-Za-z0-9]*$/;

/** `WEAPON_CODE.test(text)`, with the regex run only on texts that open with A-Z and hold a hyphen. */
function isWeaponCode(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90 && text.includes('-') && WEAPON_CODE.test(text);
}

/** Entity key of a generic class label: the gazetteer's generic entry when there is one, else `generic:<slug>`. */
export function genericKey(context: ExtractContext, label: string): string {
  const entry = context.gazetteer.genericClass(label);
  if (entry) return entry.id;
  const key = genericClassKey(label);
  if (!context.entityInfo.has(key)) context.entityInfo.set(key, { label, type: 'WeaponSystem', generic: true });
  return key;
}


/** Finds the weapon mentions that hang on class nouns. */
export function findWeaponClasses(context: ExtractContext): void {
  const lex = context.lexicon;
  const tokens = context.tokens;
  // 0. A class phrase the gazetteer matched that a named system owns ("Iskander ballistic missiles") is no generic mention.
  const endingAt = new Map<number, Mention>();
  for (const m of context.mentions) if (!endingAt.has(m.tokenEnd)) endingAt.set(m.tokenEnd, m);
  context.mentions = context.mentions.filter((m) => {
    if (m.kind !== 'generic') return true;
    if (lex.notAirWarClasses.has(m.entity)) return false;
    let k = m.tokenStart - 1;
    while (k >= 0 && (lex.weaponModifiers.has((tokens[k] as Token).normal) || (tokens[k] as Token).normal === '-')) k--;
    if (k < 0 || (tokens[k] as Token).sentence !== m.sentence) return true;
    const before = endingAt.get(k + 1);
    // ("KAB glide bombs": a class written as a capitalised code before a class noun of its own kind is the name the
    // noun heads, one weapon.)
    if (before && before.type === 'WeaponSystem' && before.generic && before.tokenEnd === before.tokenStart + 1 && isCapitalised(tokens[before.tokenStart] as Token) && (tokens[before.tokenStart] as Token).text === (tokens[before.tokenStart] as Token).text.toUpperCase()) {
      return context.gazetteer.get(before.entity)?.class !== context.gazetteer.get(m.entity)?.class;
    }
    if (before) return before.type !== 'WeaponSystem' || before.generic;
    const candidate = tokens[k] as Token;
    return !(isWeaponCode(candidate.text) || (isCapitalised(candidate) && candidate.pos === 'PROPN' && !lex.neverNames.has(candidate.normal) && k > (context.sentences[m.sentence]?.tokenStart ?? 0)));
  });
  context.mentions.forEach((m, index) => (m.id = index));
  const owner = new Int32Array(tokens.length).fill(-1);
  const ownerOf = (t: number): number => owner[t] ?? -1;
  context.mentions.forEach((m, index) => {
    for (let t = m.tokenStart; t < m.tokenEnd; t++) owner[t] = index;
  });
  const added: Mention[] = [];
  // 1. Designation codes anywhere ("Su-35", "Kh-59") that the gazetteer missed.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (ownerOf(i) >= 0 || !isWeaponCode(token.text)) continue;
    // "26-Jan-2023", "Dec-2024": a date, not a designation (the prefix is a word that never names: a month).
    if (lex.neverNames.has(token.text.slice(0, token.text.indexOf('-')).toLowerCase())) continue;
    let end = i + 1;
    const next = tokens[end];
    if (next && next.sentence === token.sentence && isCapitalised(next) && next.pos === 'PROPN' && ownerOf(end) < 0 && !lex.neverNames.has(next.normal)) end++;
    const label = context.doc.text.slice(token.start, (tokens[end - 1] as Token).end);
    const key = recognisedName(context, 'WeaponSystem', label);
    for (let t = i; t < end; t++) owner[t] = 1_000_000;
    added.push(pushMention(context, i, end, { type: 'WeaponSystem', kind: 'name', entity: key, generic: false }));
  }
  // 2. Class noun phrases.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (ownerOf(i) >= 0) continue;
    let head = lex.weaponHeads.get(token.normal);
    let end = i + 1;
    let start = i;
    // "air defence(s)/defense(s) [systems|units]", "anti-aircraft guns", "surface-to-air missile systems".
    const previous = tokens[i - 1];
    if ((token.normal === 'defence' || token.normal === 'defences' || token.normal === 'defense' || token.normal === 'defenses') && previous && previous.normal === 'air' && ownerOf(i - 1) < 0) {
      head = 'air defense system';
      start = i - 1;
      const next = tokens[i + 1];
      if (next && (lex.systemNouns.has(next.normal) || next.normal === 'unit' || next.normal === 'forces') && ownerOf(i + 1) < 0) end = i + 2;
    } else if (token.normal === 'air-defence' || token.normal === 'air-defense') {
      head = 'air defense system';
      const next = tokens[i + 1];
      if (next && (lex.systemNouns.has(next.normal) || next.normal === 'unit') && ownerOf(i + 1) < 0) end = i + 2;
    } else if ((token.normal === 'guns' || token.normal === 'gun') && previous && previous.normal === 'anti-aircraft') {
      head = 'air defense system';
      start = i - 1;
    } else if (head === 'missile' && previous && previous.normal === 'surface-to-air') {
      head = 'air defense system';
      start = i - 1;
      const next = tokens[i + 1];
      if (next && lex.systemNouns.has(next.normal)) end = i + 2;
    } else if (token.normal === 'vehicles' && previous && previous.normal === 'aerial' && tokens[i - 2]?.normal === 'unmanned') {
      head = 'drone';
      start = i - 2;
    } else if (head === 'missile' && tokens[i + 1] && (tokens[i + 1] as Token).normal.startsWith('system')) {
      head = 'missile system';
      end = i + 2;
    }
    if (!head) continue;
    // "aircraft-type drones": the class is the last noun.
    const next = tokens[end];
    if (next && next.normal === '-' && tokens[end + 1]?.normal === 'type') continue;
    if (next && lex.weaponHeads.has(next.normal) && next.start - token.end <= 1) continue;
    // 2a. Does a name own the phrase? Walk back over modifiers.
    let k = start - 1;
    while (k >= 0 && (tokens[k] as Token).sentence === token.sentence && ownerOf(k) < 0 && (lex.weaponModifiers.has((tokens[k] as Token).normal) || (tokens[k] as Token).normal === '-')) k--;
    if (k >= 0 && ownerOf(k) >= 0 && (tokens[k] as Token).sentence === token.sentence) {
      const m = ownerOf(k) === 1_000_000 ? undefined : context.mentions[ownerOf(k)];
      if (!m || m.type === 'WeaponSystem') continue;
    }
    // 2b. An unknown capitalised name right before: a named system ("Vilkha missiles").
    if (k >= 0 && ownerOf(k) < 0 && (tokens[k] as Token).sentence === token.sentence) {
      const candidate = tokens[k] as Token;
      if (isCapitalised(candidate) && candidate.pos === 'PROPN' && !lex.neverNames.has(candidate.normal) && head !== 'air defense system') {
        let first = k;
        while (first - 1 >= 0 && ownerOf(first - 1) < 0 && isCapitalised(tokens[first - 1]) && (tokens[first - 1] as Token).pos === 'PROPN' && k - first < 2 && (tokens[first - 1] as Token).sentence === token.sentence) first--;
        {
          const label = context.doc.text.slice((tokens[first] as Token).start, candidate.end);
          const key = recognisedName(context, 'WeaponSystem', label);
          for (let t = first; t <= k; t++) owner[t] = 1_000_000;
          added.push(pushMention(context, first, k + 1, { type: 'WeaponSystem', kind: 'name', entity: key, generic: false }));
          continue;
        }
      }
    }
    // 2c. The generic class, named with its modifier when the class has one.
    let label = head;
    const modifier = tokens[start - 1];
    const allowed = lex.classModifiers.get(head);
    if (modifier && allowed?.has(modifier.normal) && ownerOf(start - 1) < 0) {
      start--;
      if (!lex.foldedModifiers.has(modifier.normal)) label = `${modifier.normal} ${head}`;
    } else if (modifier && modifier.normal === 'range' && tokens[start - 2]?.normal === '-' && tokens[start - 3]?.normal === 'long' && head === 'missile') {
      start -= 3;
      label = 'long-range missile';
    }
    if (head === 'jet' && label === 'jet') continue;
    if (head === 'bomber' && label === 'bomber') label = 'bomber';
    for (let t = start; t < end; t++) owner[t] = 1_000_000;
    added.push(pushMention(context, start, end, { type: 'WeaponSystem', kind: 'generic', entity: genericKey(context, label), generic: true }));
  }
  // 3. Names before system nouns: "Hawk systems", "Aspide battery".
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!lex.systemNouns.has(token.normal) || ownerOf(i) >= 0) continue;
    const candidate = tokens[i - 1] as Token;
    if (ownerOf(i - 1) >= 0 || !isCapitalised(candidate) || candidate.pos !== 'PROPN' || lex.neverNames.has(candidate.normal)) continue;
    if (candidate.sentence !== token.sentence || i - 1 === context.sentences[token.sentence]?.tokenStart) continue;
    const label = candidate.text;
    const key = recognisedName(context, 'WeaponSystem', label);
    owner[i - 1] = 1_000_000;
    added.push(pushMention(context, i - 1, i, { type: 'WeaponSystem', kind: 'name', entity: key, generic: false }));
  }
  if (added.length) sortMentions(context);
  typedClasses(context);
}

/**
 * "183 one-way attack drones of the Shahed type": a class noun phrase followed by "of the <named system> type" (lexicon
 * typeNouns) names that system; the class mention takes the system's entity, so its count goes to the system, and the
 * name inside the "of" phrase is no weapon of its own.
 */
function typedClasses(context: ExtractContext): void {
  const { tokens, lexicon: lex } = context;
  const words = wordsOf(tokens);
  const byStart = new Map<number, Mention>();
  for (const m of context.mentions) if (m.type === 'WeaponSystem') byStart.set(m.tokenStart, m);
  const dropped = new Set<Mention>();
  for (const m of context.mentions) {
    if (m.type !== 'WeaponSystem' || !m.generic || tokens[m.tokenEnd]?.normal !== 'of') continue;
    const at = tokens[m.tokenEnd + 1]?.normal === 'the' ? m.tokenEnd + 2 : m.tokenEnd + 1;
    const named = byStart.get(at);
    if (!named || named.generic) continue;
    // ("Shahed type" may be one gazetteer alias.)
    const typeEnd = lex.typeNouns.has(tokens[named.tokenEnd]?.normal ?? '') ? named.tokenEnd + 1 : lex.typeNouns.has(tokens[named.tokenEnd - 1]?.normal ?? '') ? named.tokenEnd : -1;
    if (typeEnd < 0) continue;
    // "120 drones of the Shahed type, together with decoys": the class counts the whole mixed wave, the type is one
    // weapon of it (both stay).
    if (mixedWaveAt(words, typeEnd, lex.waveJoiners, lex.typeNouns, (k) => { const f = byStart.get(k); return f?.generic === true && lex.waveFillers.has(f.entity); })) continue;
    m.entity = named.entity;
    m.generic = false;
    m.kind = 'name';
    dropped.add(named);
  }
  if (dropped.size) context.mentions = context.mentions.filter((m) => !dropped.has(m));
}

/** The step object of the pipeline. */
export const genericStep = defineStep('04-generic', findWeaponClasses);
