/**
 * The official record for `newsgraph reconcile`: the Ukrainian Air Force's daily tallies of the weapons Russia
 * launched at Ukraine and how many were destroyed, as digitised by Petro Ivaniuk (missile_attacks_daily.csv of his
 * "Massive Missile Attacks on Ukraine" dataset: one row per weapon model per attack). This module reads that CSV into
 * typed rows, dates each row by the morning its attack ended (the date of `time_end`, as the event model dates an
 * overnight attack) and maps the table's model names to gazetteer weapon ids through ontology/official-tallies.json
 * and the gazetteer's aliases. Node only (reads files).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { loadGazetteer, type Gazetteer } from '../domain/gazetteer/index.ts';
import { InputError } from '../errors.ts';
import { parseWith } from '../util/schema.ts';

/** The mapping file of the official table (facts: model names, main command, weapons counted as missiles). */
export const OFFICIAL_MAPPING_FILE: string = fileURLToPath(new URL('../../ontology/official-tallies.json', import.meta.url));

const MAPPING_SCHEMA = z.strictObject({
  description: z.string(),
  /** The side whose attacks the table records (gazetteer id). */
  attacker: z.string().min(1),
  /** Prefixes of the `source` column that mark the Air Force's main command (its national morning report). */
  mainSources: z.array(z.string().min(1)),
  /** Model names (or parts, or alternatives) the gazetteer's aliases do not resolve -> gazetteer weapon ids. */
  models: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
  /** Extra classes a weapon counts under in the table (S-300 fired at ground targets counts as a missile). */
  countedAs: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
});

/** How the official table is read (ontology/official-tallies.json). */
export type OfficialMapping = z.output<typeof MAPPING_SCHEMA>;

/** Reads and validates a mapping file (default: the project's); weapon ids are checked against the gazetteer. */
export function loadOfficialMapping(file: string = OFFICIAL_MAPPING_FILE, gazetteer: Gazetteer = loadGazetteer()): OfficialMapping {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(file, `cannot read the mapping of the official table (${(error as Error).message}); expected a JSON object`);
  }
  const mapping = parseWith(MAPPING_SCHEMA, data, file, 'the mapping of the official table');
  const ids = [mapping.attacker, ...Object.values(mapping.models).flat(), ...Object.keys(mapping.countedAs), ...Object.values(mapping.countedAs).flat()];
  for (const id of ids) {
    if (!gazetteer.get(id)) throw new InputError(file, `"${id}" is no gazetteer id; expected ids of ontology/gazetteer/`);
  }
  return mapping;
}

/** One row of the official table: one weapon model (or a group of models) of one attack. */
export interface OfficialRow {
  /** Line of the CSV file the row starts on (1 is the header). */
  line: number;
  /** `time_start` and `time_end` as written (YYYY-MM-DD, optionally with HH:MM). */
  start: string;
  end: string;
  /** The attack's date: the day it ended (an overnight attack is dated by its morning). */
  date: string;
  /** The model name as the table writes it ("X-101/X-555 and Kalibr"). */
  model: string;
  /**
   * The model's parts (split at " and "), each a list of the gazetteer ids it may be (alternatives split at "/");
   * empty when some part names no known weapon.
   */
  parts: string[][];
  launched: number | null;
  destroyed: number | null;
  /** The `source` column (the Air Force command's post); '' when the table has no such column. */
  source: string;
  /** True when the row comes from the Air Force's main command (see `mainSources`), or when there is no source. */
  main: boolean;
}

/** The official table read from a CSV file. */
export interface OfficialTable {
  file: string;
  rows: OfficialRow[];
  /** Model names that map to no gazetteer weapon, with their number of rows (their rows count for no weapon). */
  unmapped: Map<string, number>;
  /** Earliest and latest attack date of the table; null when it has no rows. */
  first: string | null;
  last: string | null;
}

/** Columns the reconciliation needs. `source` is optional (without it every row counts as the main command's). */
export const REQUIRED_COLUMNS = ['time_start', 'time_end', 'model', 'launched', 'destroyed'] as const;

const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/;
const NUMBER = /^\d+(?:\.0+)?$/;
const EXPECTED = 'the daily tallies CSV of the Air Force (missile_attacks_daily.csv, with columns time_start, time_end, model, launched, destroyed)';

/** The day of a `time_start` / `time_end` value, or null when it is no date. */
function dayOf(value: string): string | null {
  const m = TIME.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

/** Maps model names to gazetteer ids: the mapping file first, else the gazetteer's weapon aliases. */
export class ModelResolver {
  private readonly memo = new Map<string, string[]>();
  constructor(
    private readonly mapping: OfficialMapping,
    private readonly gazetteer: Gazetteer,
  ) {}

  /** The parts of a model name, each with the ids it may be; [] when some part is unknown. */
  parts(model: string): string[][] {
    const whole = this.ids(model);
    if (whole.length) return [whole];
    const parts: string[][] = [];
    for (const part of model.split(/\s+and\s+/)) {
      const ids = this.part(part.trim());
      if (!ids.length) return [];
      parts.push(ids);
    }
    return parts;
  }

  /** One part: the mapping or an alias of the whole part, else each alternative ("X-101/X-555"). */
  private part(part: string): string[] {
    const whole = this.ids(part);
    if (whole.length || !part.includes('/')) return whole;
    const out: string[] = [];
    for (const alternative of part.split('/')) {
      const ids = this.ids(alternative.trim());
      if (!ids.length) return [];
      for (const id of ids) if (!out.includes(id)) out.push(id);
    }
    return out;
  }

  /** The ids of one name: from the mapping, else the weapon entries the name is an alias of. */
  private ids(name: string): string[] {
    let ids = this.memo.get(name);
    if (ids === undefined) {
      ids = this.mapping.models[name] ?? this.gazetteer.lookupSurface(name).filter((e) => e.type === 'WeaponSystem').map((e) => e.id);
      this.memo.set(name, ids);
    }
    return ids;
  }
}

/** A cell of the named column (trimmed; '' when absent). */
function cell(record: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (record[index] ?? '').trim();
}

/**
 * Parses the text of the official CSV. Throws InputError (`<file>: <problem>; expected ...`) when it is empty, not
 * CSV, lacks a required column, or a row holds a bad date or count.
 */
export function parseOfficialTable(text: string, file: string, mapping: OfficialMapping, gazetteer: Gazetteer = loadGazetteer()): OfficialTable {
  // 1. CSV records with the line each starts on.
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    throw new InputError(file, `not a readable CSV file (${(error as Error).message}); expected ${EXPECTED}`);
  }
  const header = records[0]?.record.map((name) => name.trim());
  if (!header) throw new InputError(file, `empty file; expected ${EXPECTED}`);
  // 2. The columns.
  const column = new Map(header.map((name, i) => [name, i]));
  const missing = REQUIRED_COLUMNS.filter((name) => !column.has(name));
  if (missing.length) throw new InputError(file, `no column ${missing.join(', ')}; expected ${EXPECTED}`);
  const at = (name: string): number | undefined => column.get(name);
  // 3. The rows, checked and mapped.
  const resolver = new ModelResolver(mapping, gazetteer);
  const rows: OfficialRow[] = [];
  const unmapped = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  for (const { info, record } of records.slice(1)) {
    const line = info.lines;
    const start = cell(record, at('time_start'));
    const end = cell(record, at('time_end'));
    const model = cell(record, at('model'));
    const date = dayOf(end) ?? (end === '' ? dayOf(start) : null);
    if (date === null) throw new InputError(file, `line ${line}: time_end "${end}" is not a date; expected YYYY-MM-DD or YYYY-MM-DD HH:MM`);
    if (start !== '' && dayOf(start) === null) throw new InputError(file, `line ${line}: time_start "${start}" is not a date; expected YYYY-MM-DD or YYYY-MM-DD HH:MM`);
    if (model === '') throw new InputError(file, `line ${line}: empty model; expected a weapon model name`);
    const count = (name: string): number | null => {
      const value = cell(record, at(name));
      if (value === '') return null;
      if (!NUMBER.test(value)) throw new InputError(file, `line ${line}: ${name} "${value}" is not a count; expected a whole number or nothing`);
      return Number(value);
    };
    const source = cell(record, at('source'));
    const parts = resolver.parts(model);
    if (!parts.length) unmapped.set(model, (unmapped.get(model) ?? 0) + 1);
    rows.push({
      line,
      start,
      end,
      date,
      model,
      parts,
      launched: count('launched'),
      destroyed: count('destroyed'),
      source,
      main: at('source') === undefined || mapping.mainSources.some((prefix) => source.startsWith(prefix)),
    });
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return { file, rows, unmapped, first, last };
}

/** Reads the official CSV at `file` (see `parseOfficialTable`); InputError when it is missing or unreadable. */
export function readOfficialTable(file: string, mapping: OfficialMapping = loadOfficialMapping(), gazetteer: Gazetteer = loadGazetteer()): OfficialTable {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw new InputError(file, `not a file; expected ${EXPECTED}`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, `${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`}; expected ${EXPECTED}`);
  }
  return parseOfficialTable(text, file, mapping, gazetteer);
}
