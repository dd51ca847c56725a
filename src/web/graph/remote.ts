/**
 * What the panels of a summary graph (./summary.ts) fetch from `newsgraph serve`'s JSON API when they open: a
 * relation's evidence (/api/relations), article titles, dates and links (/api/documents) and an event's reports
 * (/api/event). Paths are relative to the page, as /graph.json is. Answers are kept per page, so a panel opened
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

/** The evidence of the relation edge subject -predicate-> object (entity keys). */
export async function fetchEvidence(subject: string, predicate: string, object: string): Promise<EvidenceRecord[]> {
  const query = new URLSearchParams({ subject, predicate, object });
  const [relation] = await getJson<Array<{ evidence: EvidenceRecord[] }>>(`api/relations?${query}`);
  return relation?.evidence ?? [];
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
