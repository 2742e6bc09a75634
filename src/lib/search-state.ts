/** A search as URL parameters (`?q=event+loop&difficulty=hard&topic=streams&bank=b&sort=number`) and as Pagefind options. */

/** Result order: Pagefind's ranking, or by question number. */
export type SearchSort = 'relevance' | 'number';

/** One search: the words typed, the difficulty levels (any of them), topic and bank chosen, and the order. */
export interface SearchState {
  query: string;
  difficulty: string[];
  topic: string;
  /** A bank id; empty for every bank (a site of one bank offers no choice). */
  bank: string;
  sort: SearchSort;
}

/** The URL parameter that carries the searched words to a result page, where they are highlighted. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The URL parameters a search owns; every other parameter and the hash are left alone. */
export const SEARCH_PARAMS = ['q', 'difficulty', 'topic', 'bank', 'sort'] as const;

/** An empty search. */
export const NO_SEARCH: SearchState = { query: '', difficulty: [], topic: '', bank: '', sort: 'relevance' };

/** True when the state asks for anything: words or a filter. */
export function isActive(state: SearchState): boolean {
  return state.query.trim() !== '' || state.difficulty.length > 0 || state.topic !== '' || state.bank !== '';
}

/** The search a URL opens, or undefined when it carries no `q` (difficulty and topic alone belong to the home filters). */
export function readSearch(params: URLSearchParams): SearchState | undefined {
  if (!params.has('q')) return undefined;
  return {
    query: params.get('q') ?? '',
    difficulty: [...new Set(params.getAll('difficulty').filter((value) => value !== ''))],
    topic: params.get('topic') ?? '',
    bank: params.get('bank') ?? '',
    sort: params.get('sort') === 'number' ? 'number' : 'relevance',
  };
}

/** A copy of `url` carrying `state` (or no search at all), other parameters and the hash untouched. */
export function writeSearch(url: URL, state: SearchState | undefined): URL {
  const next = new URL(url);
  for (const name of SEARCH_PARAMS) next.searchParams.delete(name);
  if (state && isActive(state)) {
    next.searchParams.set('q', state.query);
    for (const level of state.difficulty) next.searchParams.append('difficulty', level);
    if (state.topic) next.searchParams.set('topic', state.topic);
    if (state.bank) next.searchParams.set('bank', state.bank);
    if (state.sort === 'number') next.searchParams.set('sort', 'number');
  }
  return next;
}

/** Pagefind filter object: any of the chosen levels, the topic and the bank. */
export type PagefindFilters = { difficulty?: { any: string[] }; topic?: string; bank?: string };

/** Pagefind's search term and options; a search by filters alone lists questions by number. */
export function pagefindQuery(state: SearchState): {
  term: string | null;
  options: { filters: PagefindFilters; sort: { number?: 'asc' } };
} {
  const term = state.query.trim() || null;
  const filters: PagefindFilters = {};
  if (state.difficulty.length > 0) filters.difficulty = { any: [...state.difficulty] };
  if (state.topic) filters.topic = state.topic;
  if (state.bank) filters.bank = state.bank;
  const byNumber = state.sort === 'number' || term === null;
  return { term, options: { filters, sort: byNumber ? { number: 'asc' } : {} } };
}
