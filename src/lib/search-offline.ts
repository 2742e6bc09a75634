/** Search offline: only the results whose page is saved on this device, and the status line that says so. */
import { pageAddress, savedPages } from './saved-pages.ts';
import { type FilterCounts, type PagefindData, type PagefindResult, runSearch } from './search-client.ts';
import { isActive, NO_SEARCH, type SearchState } from './search-state.ts';

/** The results a reader can open offline, in their order, and how many others need a connection. */
export interface SavedResults {
  saved: PagefindResult[];
  unsaved: number;
}

/** Offline, a search's saved results, and the counts beside the filters: of the saved questions the words alone match. */
export interface OfflineSearch extends SavedResults {
  counts: FilterCounts;
}

/**
 * Keeps the results whose page `isSaved`, their text already loaded (offline it comes from the device, so every
 * result's text is read to learn its page). A text that fails to load is of a page not saved either.
 */
export async function keepSaved(results: readonly PagefindResult[], isSaved: (url: string) => boolean): Promise<SavedResults> {
  const texts = await Promise.allSettled(results.map((result) => result.data()));
  const saved: PagefindResult[] = [];
  texts.forEach((text, index) => {
    const result = results[index];
    if (result && text.status === 'fulfilled' && isSaved(text.value.url)) saved.push(loaded(result.id, text.value));
  });
  return { saved, unsaved: results.length - saved.length };
}

function loaded(id: string, data: PagefindData): PagefindResult {
  return { id, data: () => Promise.resolve(data) };
}

/** How many of `results` carry each filter value (their texts are loaded already). */
export async function countFilters(results: readonly PagefindResult[]): Promise<FilterCounts> {
  const counts: FilterCounts = {};
  for (const result of results) {
    for (const [name, values] of Object.entries((await result.data()).filters)) {
      const byValue = counts[name] ?? {};
      for (const value of values ?? []) byValue[value] = (byValue[value] ?? 0) + 1;
      counts[name] = byValue;
    }
  }
  return counts;
}

/**
 * What search shows offline for `state` (its `results`, when already run): the saved ones, and counts of the saved
 * questions the words alone match, as online they are of all. What is saved is read once; without a filter, the words
 * alone are the results already, so no second search is run.
 */
export async function offlineSearch(state: SearchState, results?: readonly PagefindResult[]): Promise<OfflineSearch> {
  const pages = await savedPages();
  const isSaved = (url: string) => pages.has(pageAddress(url, location.href));
  const found = await keepSaved(results ?? (await runSearch(state)).results, isSaved);
  const hasFilter = isActive({ ...state, query: '' });
  const wordsAlone = hasFilter
    ? (await keepSaved((await runSearch({ ...NO_SEARCH, query: state.query })).results, isSaved)).saved
    : found.saved;
  return { ...found, counts: await countFilters(wordsAlone) };
}

const questions = (count: number) => `${count} question${count === 1 ? '' : 's'}`;

/** The status line of a search: how many questions match; offline, how many are saved here and how many are not. */
export function searchSummary(state: SearchState, shown: number, needConnection?: number): string {
  const words = state.query.trim() ? ` for “${state.query.trim()}”` : '';
  if (shown + (needConnection ?? 0) === 0) return `No questions match${words}.`;
  const order = state.sort === 'number' && words ? ', by number' : '';
  if (needConnection === undefined) return `${questions(shown)}${words}${order}.`;
  if (needConnection === 0) return `Offline: ${questions(shown)}${words}${order}, all saved on this device.`;
  const rest = `${needConnection === 1 ? 'needs' : 'need'} a connection`;
  if (shown === 0) return `Offline: no question${words} is saved on this device; ${questions(needConnection)} ${rest}.`;
  return `Offline: ${questions(shown)}${words}${order} saved on this device; ${needConnection} more ${rest}.`;
}
