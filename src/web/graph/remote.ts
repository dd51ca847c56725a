/**
 * What the panels of a summary graph (./summary.ts) fetch from `newsgraph serve`'s JSON API when they open: a
 * relation's evidence one page at a time with its articles' titles, dates and links (/api/evidence), article titles
 * by id (/api/documents) and an event's reports (/api/event). Paths are relative to the page, as /graph.json is. Answers are kept per page, so a panel opened
 * twice asks once.
 */
import type { EventAttributes, EvidenceRecord } from './types.ts';

/** One article as /api/documents gives it. */
export interface RemoteDocument {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  byline: string | null;
}

/** Document ids per /api/documents request (the server takes at most 200; 100 keeps each URL short). */
export const DOCUMENTS_PER_REQUEST = 100;

const kept = new Map<string, Promise<unknown>>();

/** GETs a JSON answer of the API once per page; an error names the route and the HTTP status (and the server's message). */
function getJson<T>(path: string): Promise<T> {
  let answer = kept.get(path) as Promise<T> | undefined;
  if (!answer) {
    answer = fetch(path).then(async (response) => {
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        throw new Error(`${path.split('?')[0]}: HTTP ${response.status}${body?.error ? ` (${body.error})` : ''}`);
      }
      return (await response.json()) as T;
    });
    answer.catch(() => kept.delete(path));
    kept.set(path, answer);
  }
  return answer;
}

/** Sentences the edge panel asks for at a time (the server takes at most 500). */
export const EVIDENCE_PER_PAGE = 50;

/** One outlet among a relation's sources, as /api/evidence gives it. */
export interface RemoteOutlet {
  outlet: string;
  documents: number;
  counts: number[];
}

/** One page of a relation's evidence, as /api/evidence gives it (see `NewsGraph.evidence`). */
export interface EvidencePageAnswer {
  documents: number;
  total: number;
  offset: number;
  limit: number;
  outlets: RemoteOutlet[];
  records: EvidenceRecord[];
  articles: RemoteDocument[];
}

/**
 * The page of the evidence of relation edge subject -predicate-> object (entity keys) that starts at sentence
 * `offset`, oldest first, with the relation's outlets and the page's articles.
 */
export function fetchEvidencePage(subject: string, predicate: string, object: string, offset: number): Promise<EvidencePageAnswer> {
  const query = new URLSearchParams({ subject, predicate, object, offset: String(offset), limit: String(EVIDENCE_PER_PAGE) });
  return getJson<EvidencePageAnswer>(`api/evidence?${query}`);
}

/** Title, date and link of each document id (ids the server does not know are left out), in batches. */
export async function fetchDocuments(ids: Iterable<string>): Promise<Map<string, RemoteDocument>> {
  const unique = [...new Set(ids)].filter((id) => id !== '').sort();
  const batches: string[][] = [];
  for (let start = 0; start < unique.length; start += DOCUMENTS_PER_REQUEST) batches.push(unique.slice(start, start + DOCUMENTS_PER_REQUEST));
  const answers = await Promise.all(batches.map((batch) => getJson<RemoteDocument[]>(`api/documents?${new URLSearchParams(batch.map((id) => ['id', id]))}`)));
  return new Map(answers.flat().map((document) => [document.id, document]));
}

/** An event node with every report. */
export function fetchEvent(key: string): Promise<EventAttributes> {
  return getJson<EventAttributes>(`api/event?${new URLSearchParams({ key })}`);
}
