/**
 * The JSON API of `newsgraph serve`: each route reads its parameters from the query string, calls the same
 * `NewsGraph` method the library offers, and answers with its result as JSON (so the API and the library always
 * agree). Errors: 400 for bad parameters, 404 with the closest names for an unknown entity.
 */
import { UsageError } from '../errors.ts';
import type { NewsGraph } from '../query/news-graph.ts';
import type { AggregateBy, Direction } from '../query/types.ts';
import type { EventKind, Predicate } from '../domain/index.ts';
import { HttpError } from './http.ts';

/** One API route: the query-string parameters it reads and what it returns. */
interface Route {
  params: readonly string[];
  run(graph: NewsGraph, params: URLSearchParams): unknown;
}

function required(params: URLSearchParams, name: string, route: string): string {
  const value = params.get(name);
  if (value === null || value.trim() === '') throw new UsageError(`${route}: missing parameter "${name}"`);
  return value;
}

const optional = (params: URLSearchParams, name: string): string | undefined => params.get(name) ?? undefined;

function wholeNumber(params: URLSearchParams, name: string, route: string): number | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${route}: bad ${name} "${value}"; expected a whole number`);
  return Number(value);
}

/** Routes under /api/, by name. */
export const API_ROUTES: Record<string, Route> = {
  entity: {
    params: ['name'],
    run: (g, p) => g.entity(required(p, 'name', '/api/entity')),
  },
  relations: {
    params: ['subject', 'predicate', 'object', 'from', 'to', 'minSources'],
    run: (g, p) =>
      g.relations({
        subject: optional(p, 'subject'),
        predicate: optional(p, 'predicate') as Predicate | undefined,
        object: optional(p, 'object'),
        from: optional(p, 'from'),
        to: optional(p, 'to'),
        minSources: wholeNumber(p, 'minSources', '/api/relations'),
      }),
  },
  neighbors: {
    params: ['name', 'direction', 'predicate'],
    run: (g, p) =>
      g.neighbors(required(p, 'name', '/api/neighbors'), {
        direction: optional(p, 'direction') as Direction | undefined,
        predicate: optional(p, 'predicate') as Predicate | undefined,
      }),
  },
  timeline: {
    params: ['name'],
    run: (g, p) => g.timeline(required(p, 'name', '/api/timeline')),
  },
  path: {
    params: ['from', 'to'],
    run: (g, p) => g.shortestPath(required(p, 'from', '/api/path'), required(p, 'to', '/api/path')),
  },
  aggregate: {
    params: ['by', 'predicate', 'subject', 'object', 'from', 'to', 'generic'],
    run: (g, p) => {
      const generic = optional(p, 'generic');
      if (generic !== undefined && generic !== 'true' && generic !== 'false') throw new UsageError(`/api/aggregate: bad generic "${generic}"; expected true or false`);
      return g.aggregate({
        by: required(p, 'by', '/api/aggregate') as AggregateBy,
        predicate: optional(p, 'predicate') as Predicate | 'any' | undefined,
        subject: optional(p, 'subject'),
        object: optional(p, 'object'),
        from: optional(p, 'from'),
        to: optional(p, 'to'),
        generic: generic === undefined ? undefined : generic === 'true',
      });
    },
  },
  search: {
    params: ['q', 'limit'],
    run: (g, p) => g.search(required(p, 'q', '/api/search'), wholeNumber(p, 'limit', '/api/search') ?? 10),
  },
  documents: {
    params: ['id'],
    run: (g, p) => {
      const ids = p.getAll('id');
      if (ids.length === 0) throw new UsageError('/api/documents: missing parameter "id"; expected one or more id=<document id>');
      return g.documents(ids);
    },
  },
  evidence: {
    params: ['subject', 'predicate', 'object', 'offset', 'limit'],
    run: (g, p) =>
      g.evidence(required(p, 'subject', '/api/evidence'), required(p, 'predicate', '/api/evidence') as Predicate, required(p, 'object', '/api/evidence'), {
        offset: wholeNumber(p, 'offset', '/api/evidence'),
        limit: wholeNumber(p, 'limit', '/api/evidence'),
      }),
  },
  event: {
    params: ['key'],
    run: (g, p) => g.event(required(p, 'key', '/api/event')),
  },
  events: {
    params: ['from', 'to', 'attacker', 'weapon', 'place', 'claimedBy', 'kind'],
    run: (g, p) =>
      g.events({
        from: optional(p, 'from'),
        to: optional(p, 'to'),
        attacker: optional(p, 'attacker'),
        weapon: optional(p, 'weapon'),
        place: optional(p, 'place'),
        claimedBy: optional(p, 'claimedBy'),
        kind: optional(p, 'kind') as EventKind | undefined,
      }),
  },
};

/** Runs API route `name` with `params`; HttpError 404 for an unknown route, UsageError for an unknown parameter. */
export function runApi(graph: NewsGraph, name: string, params: URLSearchParams): unknown {
  const route = API_ROUTES[name];
  if (!route || !Object.hasOwn(API_ROUTES, name)) {
    throw new HttpError(404, `/api/${name}: no such route; expected one of ${Object.keys(API_ROUTES).map((r) => `/api/${r}`).join(', ')}`);
  }
  for (const key of params.keys()) {
    if (!route.params.includes(key)) throw new UsageError(`/api/${name}: unknown parameter "${key}"; expected ${route.params.join(', ') || 'none'}`);
  }
  return route.run(graph, params);
}
