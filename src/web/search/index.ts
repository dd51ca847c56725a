/**
 * Search over node labels and aliases with MiniSearch (prefix and fuzzy matching), and the autocomplete box that
 * offers the hits. Hits are rendered with textContent only.
 */
import MiniSearch from 'minisearch';
import type { KnowledgeGraph } from '../graph/types.ts';
import { typeColor, typeLabel } from '../appearance/index.ts';

/** One search hit. */
export interface SearchHit {
  key: string;
  label: string;
  type: string;
}

interface IndexedNode {
  id: string;
  label: string;
  aliases: string;
  type: string;
}

/** A search index over one graph. */
export interface NodeSearch {
  search(query: string, limit?: number): SearchHit[];
}

/** Indexes the labels and aliases of every node. */
export function createNodeSearch(graph: KnowledgeGraph): NodeSearch {
  const index = new MiniSearch<IndexedNode>({
    fields: ['label', 'aliases'],
    storeFields: ['label', 'type'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { label: 2 } },
  });
  const documents: IndexedNode[] = [];
  graph.forEachNode((key, attributes) => {
    // Events are found through the event list and the place panels, not by name.
    if (attributes.kind === 'event') return;
    const aliases = attributes.kind === 'entity' ? attributes.aliases.join(' ') : (attributes.title ?? '');
    documents.push({ id: key, label: attributes.label, aliases, type: attributes.type });
  });
  index.addAll(documents);
  return {
    search(query: string, limit = 8): SearchHit[] {
      const trimmed = query.trim();
      if (!trimmed) return [];
      const exact = trimmed.toLowerCase();
      return index
        .search(trimmed)
        .map((result) => ({ key: String(result.id), label: String(result.label), type: String(result.type), score: result.score }))
        // an exact label match always comes first
        .sort((a, b) => Number(b.label.toLowerCase() === exact) - Number(a.label.toLowerCase() === exact) || b.score - a.score)
        .slice(0, limit)
        .map(({ key, label, type }) => ({ key, label, type }));
    },
  };
}

/**
 * Wires the autocomplete box: typing lists hits, arrows move, Enter or a click picks; `onPick` receives the key.
 * Returns a function that swaps the index (when another graph is opened).
 */
export function bindSearchBox(input: HTMLInputElement, list: HTMLUListElement, onPick: (key: string) => void): (search: NodeSearch) => void {
  let search: NodeSearch | null = null;
  let hits: SearchHit[] = [];
  let active = 0;
  // 1. Render the hit list
  const render = (): void => {
    list.replaceChildren();
    hits.forEach((hit, index) => {
      const item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.dataset.key = hit.key;
      if (index === active) item.classList.add('active');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = typeColor(hit.type);
      const label = document.createElement('span');
      label.textContent = hit.label;
      const type = document.createElement('small');
      type.textContent = typeLabel(hit.type);
      item.append(swatch, label, type);
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(index);
      });
      list.append(item);
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  const pick = (index: number): void => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.label;
    hits = [];
    render();
    onPick(hit.key);
  };
  // 2. Events
  input.addEventListener('input', () => {
    hits = search ? search.search(input.value) : [];
    active = 0;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!hits.length && search) hits = search.search(input.value);
      pick(active);
    } else if (event.key === 'Escape') {
      hits = [];
      render();
      input.blur();
    }
  });
  input.addEventListener('blur', () => {
    hits = [];
    render();
  });
  return (next) => {
    search = next;
    hits = [];
    render();
  };
}
