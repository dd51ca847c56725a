/**
 * A year of news, made up: a seeded generator of articles about a simulated air war, for the scale benches. Each day
 * has one to three attack waves (an attacker, targets weighted towards the big cities, weapon lines with counts,
 * interceptions) and reactions (condemnations, requests for air defence); each article reports one of them in its
 * own wording, so several articles report one night (as wires and local papers do) and their numbers sometimes
 * differ. Entities come from the gazetteer (cities, regions, people, organisations, weapons) plus local officials
 * and reporters whose names are drawn from syllable lists, so new people keep appearing as they do in real news;
 * verbs come from the relation lexicon (ontology/lexicon/relations.json). Articles come out in publication order, so
 * the first N articles of a corpus are its first days: a 10,000-article corpus is the first five weeks of the same
 * 100,000-article year.
 * [Reference] the sentences are written for this generator; no article text from elsewhere is used.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom, type BenchArticle } from './corpus.ts';
import { type PhraseSet, defaultLexicon } from '../src/extract/lexicon.ts';

/** Options of `generateNews`. */
export interface NewsOptions {
  /** Number of articles. */
  size: number;
  /** PRNG seed: the same seed gives the same corpus. */
  seed: number;
  /** First publication day, YYYY-MM-DD. */
  start: string;
  /** Articles per day (about 300 reports a day is a year of 100,000). */
  perDay: number;
  /** First article number (to continue a corpus: an update batch is the next days' news). */
  offset: number;
}

/** Defaults of `NewsOptions`. */
export const DEFAULT_NEWS_OPTIONS: NewsOptions = { size: 10_000, seed: 20240321, start: '2024-01-01', perDay: 274, offset: 0 };

/** One generated article, with its publication date. */
export interface NewsArticle extends BenchArticle {
  published: string;
}

interface GazetteerEntry {
  id: string;
  name: string;
  country?: string;
  generic?: boolean;
  roles?: string[];
}

const ROOT = resolve(import.meta.dirname, '..');
const MS_PER_DAY = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Weapons each side fires, with the noun a report puts after the name (facts about the systems). */
const ATTACK_WEAPONS: Record<string, [string, string][]> = {
  russia: [
    ['Shahed-136', 'drones'],
    ['Gerbera', 'decoy drones'],
    ['Kh-101', 'cruise missiles'],
    ['Kalibr', 'cruise missiles'],
    ['Kh-22', 'missiles'],
    ['Kh-59', 'guided missiles'],
    ['Kinzhal', 'hypersonic missiles'],
    ['Iskander-M', 'ballistic missiles'],
    ['KN-23', 'ballistic missiles'],
    ['S-300', 'missiles'],
    ['Lancet', 'drones'],
    ['Shahed-131', 'drones'],
    ['Shahed-238', 'jet drones'],
    ['Molniya', 'drones'],
    ['Kh-555', 'cruise missiles'],
    ['Kh-55', 'cruise missiles'],
    ['Kh-32', 'missiles'],
    ['Kh-69', 'cruise missiles'],
    ['Kh-31', 'missiles'],
    ['Kh-35', 'anti-ship missiles'],
    ['3M22 Zircon', 'hypersonic missiles'],
    ['P-800 Oniks', 'anti-ship missiles'],
    ['Iskander', 'ballistic missiles'],
  ],
  ukraine: [
    ['Lyutyi', 'drones'],
    ['Beaver', 'drones'],
    ['FP-1', 'drones'],
    ['Storm Shadow', 'missiles'],
    ['ATACMS', 'missiles'],
    ['Neptune', 'missiles'],
    ['Palianytsia', 'missile-drones'],
    ['Peklo', 'missile-drones'],
    ['Ruta', 'missiles'],
    ['Flamingo', 'cruise missiles'],
    ['Sea Baby', 'naval drones'],
    ['Magura V5', 'naval drones'],
    ['Bayraktar TB2', 'drones'],
  ],
};
/** Forces of each side that reports name as the ones firing (organisations of the gazetteer). */
const ATTACK_FORCES: Record<'russia' | 'ukraine', string[]> = {
  russia: ['Russian Armed Forces', 'Russian Aerospace Forces', 'Black Sea Fleet', 'Russian Navy', 'Caspian Flotilla', 'Northern Fleet', 'Strategic Rocket Forces', 'Russian Ground Forces'],
  ukraine: ['Armed Forces of Ukraine', 'Unmanned Systems Forces', 'Ukrainian Navy', 'Security Service of Ukraine', 'Main Directorate of Intelligence', 'Special Operations Forces of Ukraine'],
};
/** Who reports the interceptions on each side (organisations of the gazetteer). */
const DEFENCE_FORCES: Record<'russia' | 'ukraine', string[]> = {
  ukraine: ['Ukrainian Air Force', 'Air Command East', 'Air Command West', 'Air Command South', 'Air Command Center', 'National Guard of Ukraine'],
  russia: ['Russian Ministry of Defence', 'Russian Aerospace Forces'],
};
const GENERIC_LINES: [string, string][] = [
  ['drones', 'drone'],
  ['cruise missiles', 'cruise missile'],
  ['ballistic missiles', 'ballistic missile'],
  ['guided aerial bombs', 'guided aerial bomb'],
];
const AIR_DEFENCE = ['Patriot', 'IRIS-T', 'NASAMS', 'SAMP/T', 'Gepard', 'Skynex', 'MIM-23 Hawk'];
const FIRST_NAMES = ['Oleksandr', 'Andrii', 'Serhii', 'Mykola', 'Ivan', 'Vitalii', 'Yurii', 'Dmytro', 'Oleh', 'Roman', 'Taras', 'Bohdan', 'Olena', 'Iryna', 'Natalia', 'Oksana', 'Tetiana', 'Yuliia', 'Halyna', 'Svitlana', 'Pavlo', 'Vadym', 'Maksym', 'Artem', 'Liudmyla', 'Viktoria', 'Hanna', 'Denys', 'Volodymyr', 'Kateryna'];
const SURNAME_STEMS = ['Kovalen', 'Bondar', 'Tkach', 'Kravch', 'Shevch', 'Melnych', 'Lysen', 'Hnat', 'Savch', 'Moroz', 'Polish', 'Rudn', 'Humen', 'Dorosh', 'Yaremch', 'Kuzmen', 'Levch', 'Marchen', 'Ostap', 'Prokop', 'Sydor', 'Fedor', 'Kharch', 'Zinch', 'Babi', 'Vasylen', 'Hrytsen', 'Demch', 'Ihnaten', 'Klymen'];
const SURNAME_ENDINGS = ['ko', 'uk', 'enko', 'yshyn', 'iak', 'ovych', 'ych', 'ets'];
const REPORTER_STEMS = ['Hart', 'Lind', 'Marsh', 'Pell', 'Rowan', 'Stead', 'Thorn', 'Wick', 'Ashby', 'Brand', 'Carver', 'Dunn'];
const OFFICIAL_TITLES = ['Mayor', 'Governor', 'regional governor', 'head of the regional military administration', 'city council secretary', 'deputy mayor'];

/** The generator's world, read once from the gazetteer and the lexicon. */
interface World {
  cities: Record<'ukraine' | 'russia', string[]>;
  regions: Record<'ukraine' | 'russia', string[]>;
  weapons: Record<'ukraine' | 'russia', [string, string][]>;
  forces: Record<'ukraine' | 'russia', string[]>;
  defenders: Record<'ukraine' | 'russia', string[]>;
  airDefence: string[];
  condemners: string[];
  requesters: string[];
  addressees: string[];
  verbs: { launch: string[]; intercept: string[]; attack: string[]; condemn: string[]; request: string[] };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as T;
}

/** Past-tense forms that a report would use, kept when the project's lexicon knows them (its word classes). */
function pastForms(list: PhraseSet, name: string, keep: readonly string[]): string[] {
  const forms = keep.filter((form) => {
    const words = form.split(' ');
    return list.match(words, 0) === words.length;
  });
  if (forms.length === 0) throw new Error(`bench news: none of ${keep.join(', ')} in the lexicon's ${name} list; expected them in ontology/lexicon/classes.json`);
  return forms;
}

let cachedWorld: World | null = null;

function loadWorld(): World {
  if (cachedWorld) return cachedWorld;
  const cities = readJson<GazetteerEntry[]>('ontology/gazetteer/cities.json');
  const regions = readJson<GazetteerEntry[]>('ontology/gazetteer/regions.json');
  const weapons = new Set(readJson<GazetteerEntry[]>('ontology/gazetteer/weapons.json').map((w) => w.name));
  const people = readJson<GazetteerEntry[]>('ontology/gazetteer/people.json');
  const organisations = readJson<GazetteerEntry[]>('ontology/gazetteer/organisations.json');
  const countries = readJson<GazetteerEntry[]>('ontology/gazetteer/countries.json');
  const lexicon = defaultLexicon();
  const of = (list: GazetteerEntry[], country: string): string[] => list.filter((e) => e.country === country).map((e) => e.name);
  const organisationNames = new Set(organisations.map((o) => o.name));
  const organisationsOf = (names: string[]): string[] => names.filter((name) => organisationNames.has(name));
  const known = (lines: [string, string][]): [string, string][] => lines.filter(([name]) => weapons.has(name));
  // Reactions come from Western and international figures; requests from Ukrainian officials.
  const westernCountries = new Set(['united-states', 'united-kingdom', 'germany', 'france', 'poland', 'italy', 'canada', 'netherlands', 'sweden', 'lithuania', 'latvia', 'estonia', 'czech-republic', 'finland', 'denmark', 'norway', 'japan', 'spain']);
  const condemners = [
    ...people.filter((p) => p.country !== undefined && westernCountries.has(p.country)).map((p) => p.name),
    ...organisations.filter((o) => o.country === undefined).map((o) => o.name).slice(0, 40),
    ...countries.filter((c) => westernCountries.has(c.id)).map((c) => c.name),
  ];
  cachedWorld = {
    cities: { ukraine: of(cities, 'ukraine'), russia: of(cities, 'russia') },
    regions: { ukraine: of(regions, 'ukraine'), russia: of(regions, 'russia') },
    weapons: { russia: known(ATTACK_WEAPONS.russia as [string, string][]), ukraine: known(ATTACK_WEAPONS.ukraine as [string, string][]) },
    forces: { russia: organisationsOf(ATTACK_FORCES.russia), ukraine: organisationsOf(ATTACK_FORCES.ukraine) },
    defenders: { russia: organisationsOf(DEFENCE_FORCES.russia), ukraine: organisationsOf(DEFENCE_FORCES.ukraine) },
    airDefence: AIR_DEFENCE.filter((name) => weapons.has(name)),
    condemners,
    requesters: people.filter((p) => p.country === 'ukraine').map((p) => p.name),
    addressees: [...countries.filter((c) => westernCountries.has(c.id)).map((c) => c.name), 'NATO', 'European Union'],
    verbs: {
      launch: pastForms(lexicon.launch, 'launch', ['launched', 'fired', 'used', 'unleashed']),
      intercept: pastForms(lexicon.intercept, 'intercept', ['shot down', 'downed', 'destroyed', 'intercepted', 'brought down']),
      attack: pastForms(lexicon.attackVerb, 'attackVerb', ['struck', 'hit', 'attacked', 'targeted', 'shelled']),
      condemn: pastForms(lexicon.condemn, 'condemn', ['condemned', 'denounced', 'deplored']),
      request: pastForms(lexicon.request, 'request', ['asked', 'urged', 'called for', 'appealed']),
    },
  };
  return cachedWorld;
}

/** One weapon line of a wave. */
interface Line {
  name: string;
  noun: string;
  launched: number;
  intercepted: number;
}

/** One attack wave of a day. */
interface Wave {
  attacker: 'russia' | 'ukraine';
  /** Who the reports name as firing: the country, or one of its forces. */
  actor: string;
  /** Who reports the interceptions. */
  defender: string;
  targets: string[];
  region: string;
  lines: Line[];
  injured: number;
  official: string;
  title: string;
}

/** Helpers over the PRNG. */
class Dice {
  constructor(readonly random: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }
  /** Zipf-like: index i with weight 1/(i+1), so the first (largest) cities are reported most. */
  zipf<T>(items: readonly T[]): T {
    const n = items.length;
    const harmonic = Math.log(n) + 0.5772;
    let target = this.random() * harmonic;
    for (let i = 0; i < n; i++) {
      target -= 1 / (i + 1);
      if (target <= 0) return items[i] as T;
    }
    return items[n - 1] as T;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
}

function personName(dice: Dice): string {
  return `${dice.pick(FIRST_NAMES)} ${dice.pick(SURNAME_STEMS)}${dice.pick(SURNAME_ENDINGS)}`;
}

/** The waves of one day, from a PRNG seeded by the day (the same day always has the same news). */
function wavesOf(world: World, seed: number, day: number): Wave[] {
  const dice = new Dice(seededRandom(seed * 7919 + day));
  const waves: Wave[] = [];
  const count = dice.int(1, 3);
  for (let w = 0; w < count; w++) {
    const attacker = dice.chance(0.82) ? 'russia' : 'ukraine';
    const defender = attacker === 'russia' ? 'ukraine' : 'russia';
    const targets = [...new Set(Array.from({ length: dice.int(1, 3) }, () => dice.zipf(world.cities[defender])))];
    const lines: Line[] = [];
    for (let l = dice.int(1, 3); l > 0; l--) {
      const [name, noun] = dice.chance(0.75) ? dice.pick(world.weapons[attacker]) : (([plural, singular]) => [singular, plural])(dice.pick(GENERIC_LINES));
      if (lines.some((line) => line.name === name)) continue;
      const launched = noun.includes('drone') ? dice.int(8, 160) : dice.int(1, 40);
      lines.push({ name, noun, launched, intercepted: Math.max(0, launched - dice.int(0, Math.ceil(launched / 3))) });
    }
    waves.push({
      attacker,
      actor: dice.chance(0.45) ? countryName(attacker) : `the ${dice.pick(world.forces[attacker])}`,
      defender: dice.pick(world.defenders[defender]),
      targets,
      region: dice.zipf(world.regions[defender]),
      lines,
      injured: dice.int(0, 30),
      official: personName(dice),
      title: dice.pick(OFFICIAL_TITLES),
    });
  }
  return waves;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small numbers in words now and then, as reporters write them. */
function amount(dice: Dice, n: number): string {
  return n <= 10 && dice.chance(0.4) ? (NUMBER_WORDS[n] as string) : String(n);
}

function longDate(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

function countryName(side: 'russia' | 'ukraine'): string {
  return side === 'russia' ? 'Russia' : 'Ukraine';
}

/** A weapon line as a phrase: "34 Shahed-136 drones", "five cruise missiles". */
function linePhrase(dice: Dice, line: Line, count: number): string {
  const generic = GENERIC_LINES.some(([, singular]) => singular === line.name);
  return generic ? `${amount(dice, count)} ${line.noun}` : `${amount(dice, count)} ${line.name} ${line.noun}`;
}

/** The body of an article about a wave, in one of several wordings. */
function attackReport(world: World, dice: Dice, wave: Wave, date: Date): string[] {
  // The article names the wave's actor (a country or one of its forces), or sometimes just the country.
  const attacker = dice.chance(0.8) ? wave.actor : countryName(wave.attacker);
  const defender = countryName(wave.attacker === 'russia' ? 'ukraine' : 'russia');
  const weekday = WEEKDAYS[date.getUTCDay()] as string;
  const verb = dice.pick(world.verbs.launch);
  // Reports of one night sometimes differ on the numbers: a later update, a rounded figure.
  const drift = (n: number): number => (dice.chance(0.15) ? Math.max(1, n + dice.int(-3, 3)) : n);
  const lines = wave.lines.map((line) => ({ ...line, launched: drift(line.launched) }));
  const phrases = lines.map((line) => linePhrase(dice, line, line.launched));
  const list = phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}` : (phrases[0] as string);
  const target = wave.targets[0] as string;
  const paragraphs: string[] = [];
  switch (dice.int(0, 2)) {
    case 0:
      paragraphs.push(`${attacker} ${verb} ${list} at ${target} overnight, the ${defender === 'Ukraine' ? 'Ukrainian Air Force' : 'Russian Defence Ministry'} said on ${weekday}.`);
      break;
    case 1:
      paragraphs.push(`Overnight into ${weekday}, ${attacker} ${verb} ${list} against ${wave.region}, officials said.`);
      break;
    default:
      paragraphs.push(`${attacker} ${dice.pick(world.verbs.attack)} ${target} with ${list} on ${weekday}, according to local authorities.`);
  }
  for (const line of lines) {
    if (dice.chance(0.6)) {
      const downed = Math.min(line.launched, line.intercepted);
      const what = line.name === 'drone' || line.noun === 'drones' ? 'drones' : line.noun;
      if (dice.chance(0.5)) paragraphs.push(`The ${wave.defender} ${dice.pick(world.verbs.intercept)} ${amount(dice, downed)} ${line.name} ${what}, it said.`);
      else paragraphs.push(`Air defence units ${dice.pick(world.verbs.intercept)} ${amount(dice, downed)} of the ${what}, the military said.`);
    }
  }
  for (const other of wave.targets.slice(1)) {
    paragraphs.push(`${attacker} also ${dice.pick(world.verbs.attack)} ${other}, where ${amount(dice, dice.int(2, 12))} buildings were damaged.`);
  }
  if (wave.injured > 0) {
    paragraphs.push(`${amount(dice, wave.injured)} people were injured in ${target}, ${wave.title} ${wave.official} said.`);
  }
  paragraphs.push(`Rescue teams worked through the morning in ${wave.region} to clear debris and restore power to homes.`);
  return paragraphs;
}

/** A reaction article: a condemnation and often a request for air defence. */
function reactionReport(world: World, dice: Dice, wave: Wave): string[] {
  const attacker = dice.chance(0.6) ? countryName(wave.attacker) : wave.actor;
  const target = wave.targets[0] as string;
  // Local officials speak up as often as foreign leaders: each wave brings its own.
  const official = `${wave.title} ${wave.official}`;
  const condemner = dice.chance(0.3) ? official : dice.pick(world.condemners);
  const paragraphs = [`${condemner} ${dice.pick(world.verbs.condemn)} ${attacker} for the strike on ${target}, calling it an attack on civilians.`];
  if (wave.attacker === 'russia' && dice.chance(0.7)) {
    const requester = dice.chance(0.4) ? official : dice.pick(world.requesters);
    const system = dice.pick(world.airDefence);
    const addressee = dice.pick(world.addressees);
    const verb = dice.pick(world.verbs.request);
    if (verb === 'called for') paragraphs.push(`${requester} called for more ${system} systems from ${addressee} after the attack.`);
    else if (verb === 'appealed') paragraphs.push(`${requester} appealed to ${addressee} for additional ${system} systems.`);
    else paragraphs.push(`${requester} ${verb} ${addressee} to send more ${system} air defence systems.`);
  }
  paragraphs.push(`Diplomats said the subject would come up at meetings later in the week.`);
  return paragraphs;
}

/**
 * Generates `size` articles from article number `offset` on, in publication order.
 * 1. day of each article; 2. the day's waves; 3. the article's kind (attack report or reaction) and wording.
 */
export function* generateNews(options: Partial<NewsOptions> = {}): Generator<NewsArticle> {
  const o = { ...DEFAULT_NEWS_OPTIONS, ...options };
  const world = loadWorld();
  const start = Date.parse(`${o.start}T00:00:00Z`);
  let day = -1;
  let waves: Wave[] = [];
  for (let n = o.offset; n < o.offset + o.size; n++) {
    // 1. The day.
    const articleDay = Math.floor(n / o.perDay);
    if (articleDay !== day) {
      day = articleDay;
      // 2. Its waves.
      waves = wavesOf(world, o.seed, day);
    }
    // 3. The article.
    const dice = new Dice(seededRandom(o.seed ^ Math.imul(n + 1, 2654435761)));
    const date = new Date(start + day * MS_PER_DAY);
    const published = date.toISOString().slice(0, 10);
    const wave = dice.pick(waves);
    const reaction = dice.chance(0.25);
    const body = reaction ? reactionReport(world, dice, wave) : attackReport(world, dice, wave, date);
    const headline = reaction
      ? `Allies react to the strike on ${wave.targets[0]}`
      : `${countryName(wave.attacker)} strikes ${wave.targets.join(' and ')} in ${dice.pick(['overnight attack', 'new wave of attacks', 'massive attack', 'night raid'])}`;
    const reporter = `${dice.pick(FIRST_NAMES)} ${dice.pick(REPORTER_STEMS)}${dice.pick(['', 'son', 'er', 'ley'])}`;
    // Sentences start with a capital ("the Black Sea Fleet ...", "deputy mayor ...").
    const paragraphs = body.map((paragraph) => paragraph.charAt(0).toUpperCase() + paragraph.slice(1));
    const text = `${headline}\n\nby ${reporter}   ${longDate(date)}\n\n${paragraphs.join('\n\n')}\n`;
    yield { id: `news-${String(n).padStart(6, '0')}`, sourceId: reaction ? 'reaction' : 'attack', text, published };
  }
}
