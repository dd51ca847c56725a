/**
 * The query API and the ready-made SPARQL queries on the real sample corpus (corpus/dev_*.txt built by the real
 * pipeline). Expected answers were checked by hand against the articles and their gold files; where the gold
 * accepts several readings of an actor (the EU or its foreign-policy chief), any of them is accepted.
 * The API and oxigraph must give the same answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.ts';
import { loadGraph, type NewsGraph, type Relation } from '../../src/index.ts';
import { bindParams, resolveQuery } from '../../src/query/ready.ts';
import { LocalSparql, resultTable, type SparqlResult } from '../../src/query/sparql.ts';
import { sampleGraphDir } from './sample-graph.ts';

let g: NewsGraph;
let store: LocalSparql;

const sources = (r: Relation): string[] => [...new Set(r.evidence.map((e) => e.document))].sort();

/** Runs a ready-made query with parameter values. */
function runReady(run: (query: string) => SparqlResult, name: string, values: Record<string, string> = {}): SparqlResult {
  const { file } = resolveQuery(name);
  return run(bindParams(file!.text, file!.params, values));
}

/** The gold readings of the EU as a condemner in dev_03 and dev_04. */
const EU_READINGS = ['European Union', 'European Commission', 'Josep Borrell', 'Ursula von der Leyen'];
/** The gold readings of the requester of Patriot in dev_03 ("air force spokesman Yurii Ihnat" speaking for Ukraine). */
const PATRIOT_REQUESTERS = ['Yurii Ihnat', 'Ukraine', 'Ukrainian Air Force'];

beforeAll(async () => {
  const dir = await sampleGraphDir();
  g = await loadGraph(dir);
  store = LocalSparql.open(dir);
});

afterAll(() => store?.close());

describe('API on the sample corpus', () => {
  it('Russia launched Kinzhal (dev_01: six air-launched Kinzhal missiles)', () => {
    const [r, ...rest] = g.relations({ subject: 'Russia', predicate: 'launched', object: 'Kinzhal' });
    expect(rest).toHaveLength(0);
    expect(sources(r!)).toContain('dev_01');
    const dev01 = r!.evidence.filter((e) => e.document === 'dev_01');
    expect(dev01.some((e) => e.count === 6 && e.published === '2023-05-16')).toBe(true);
  });

  it('the EU condemned Russia (dev_03, dev_04)', () => {
    const byEu = g.relations({ predicate: 'condemned', object: 'Russia' }).filter((r) => EU_READINGS.includes(r.subject.label));
    expect(byEu.length).toBeGreaterThan(0);
    const reported = new Set(byEu.flatMap(sources));
    expect(reported.has('dev_03') || reported.has('dev_04')).toBe(true);
  });

  it('who requested Patriot (dev_03: Yurii Ihnat for Ukraine)', () => {
    const requests = g.relations({ predicate: 'requested', object: 'Patriot' });
    const fromDev03 = requests.filter((r) => sources(r).includes('dev_03'));
    expect(fromDev03.length).toBeGreaterThan(0);
    for (const r of fromDev03) expect(PATRIOT_REQUESTERS).toContain(r.subject.label);
  });

  it.each([
    ['Zelensky', 'Volodymyr Zelenskyy'],
    ['zelenskiy', 'Volodymyr Zelenskyy'],
    ['Kiev', 'Kyiv'],
    ['EU', 'European Union'],
    ['Russian Federation', 'Russia'],
    ['Moscow', 'Moscow'], // the city's own label beats the capital-for-state alias of Russia
    ['kinzhal', 'Kinzhal'],
  ])('entity(%j) is %s', (name, label) => {
    expect(g.entity(name).label).toBe(label);
  });

  it('suggests Kinzhal for a misspelling', () => {
    expect(() => g.entity('Kinzal')).toThrow(NotFoundError);
    try {
      g.entity('Kinzal');
    } catch (error) {
      expect((error as NotFoundError).suggestions).toContain('Kinzhal');
    }
  });

  it('neighbors: Russia is among those that launched Kinzhal', () => {
    const launchers = g.neighbors('Kinzhal', { direction: 'in', predicate: 'launched' }).map((n) => n.entity.label);
    expect(launchers).toContain('Russia');
  });

  it('timeline: Kinzhal starts on 2023-05-16 (dev_01)', () => {
    const entries = g.timeline('Kinzhal');
    expect(entries[0]!.date).toBe('2023-05-16');
    expect(entries[0]!.documents).toContain('dev_01');
    const dates = entries.map((e) => e.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it('shortestPath: an EU condemner reaches Kinzhal through Russia', () => {
    const condemner = g.relations({ predicate: 'condemned', object: 'Russia' }).find((r) => EU_READINGS.includes(r.subject.label))!;
    const path = g.shortestPath(condemner.subject.label, 'Kinzhal');
    expect(path?.entities.map((e) => e.label)).toEqual([condemner.subject.label, 'Russia', 'Kinzhal']);
  });

  it('aggregate by weapon counts each event once, with its reconciled figure (the dev_01 Kinzhal salvo: 6)', () => {
    const kinzhal = g.aggregate({ by: 'weapon', subject: 'Russia' }).find((r) => r.label === 'Kinzhal')!;
    const lines = g.events({ attacker: 'Russia', weapon: 'Kinzhal' }).filter((r) => r.weapon?.label === 'Kinzhal');
    expect(kinzhal.count).toBe(lines.reduce((sum, r) => sum + (r.launched ?? 0), 0));
    expect(kinzhal.events).toBe(new Set(lines.map((r) => r.event)).size);
    expect(lines.find((r) => r.date === '2023-05-16')?.launched).toBe(6);
  });

  it('aggregate by place puts Kyiv among the struck cities', () => {
    expect(g.aggregate({ by: 'place' }).map((r) => r.label)).toContain('Kyiv');
  });

  it("events: the night of 16 May 2023 over Kyiv, with the Air Force's six Kinzhals all downed", () => {
    const rows = g.events({ place: 'Kyiv', from: '2023-05-16', to: '2023-05-16', weapon: 'Kinzhal' });
    expect(rows.map((r) => [r.attacker?.label, r.launched, r.intercepted])).toEqual([['Russia', 6, 6]]);
  });
});

describe('oxigraph gives the API answers', () => {
  const local = (q: string): SparqlResult => store.query(q);

  it('condemnations = relations({ predicate: condemned })', () => {
    const rows = resultTable(runReady(local, 'condemnations')).rows.map((r) => `${r[0]}|${r[1]}|${r[2]}`).sort();
    const api = g.relations({ predicate: 'condemned' }).map((r) => `${r.subject.label}|${r.object.label}|${r.documents}`).sort();
    expect(rows).toEqual(api);
  });

  it('requests = relations({ predicate: requested }) with their addressees', () => {
    const rows = resultTable(runReady(local, 'requests')).rows.map((r) => `${r[1]}|${r[0]}|${r[2] ?? ''}`);
    const api = g.relations({ predicate: 'requested' }).flatMap((r) => {
      const addressees = [...new Set(r.evidence.flatMap((e) => (e.addressee?.length ? e.addressee.map((a) => g.entity(a).label) : [''])))];
      return addressees.map((a) => `${r.subject.label}|${r.object.label}|${a}`);
    });
    expect(new Set(rows)).toEqual(new Set(api));
  });

  it('edge-sources for Russia launched Kinzhal = the relation evidence', () => {
    const docs = resultTable(runReady(local, 'edge-sources', { subject: 'Russia', predicate: 'launched', object: 'Kinzhal' })).rows.map((r) => r[0]);
    const api = sources(g.relations({ subject: 'Russia', predicate: 'launched', object: 'Kinzhal' })[0]!);
    expect([...new Set(docs)].sort()).toEqual(api);
  });

  it('weapons-by-city = aggregate by weapon of each city (the events that targeted it)', () => {
    const rows = resultTable(runReady(local, 'weapons-by-city')).rows;
    const kyivKinzhal = rows.find((r) => r[0] === 'Kyiv' && r[1] === 'Kinzhal');
    expect(String(kyivKinzhal![4]).split(' ')).toContain('2023-05-16');
    const places = g.aggregate({ by: 'place' });
    const cities = [...new Set(rows.map((r) => r[0] as string))];
    const api = cities.flatMap((city) => {
      const id = places.find((p) => p.label === city)!.key;
      return g.aggregate({ by: 'weapon', object: id }).map((r) => `${city}|${r.label}|${r.count}|${r.events}`);
    });
    expect(rows.map((r) => `${r[0]}|${r[1]}|${r[2]}|${r[3]}`).sort()).toEqual(api.sort());
  });
});
