/** The search in the browser history: starting a search adds one entry (so Back leaves it), changes replace that entry. */
import { isActive, type SearchState, writeSearch } from '../lib/search-state.ts';

let pushed = false;

function onSearchEntry(): boolean {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null && 'search' in state;
}

/** Treats the current entry as the search's own: the page was opened with a search in its URL. */
export function adoptSearchEntry(): void {
  history.replaceState({ search: true }, '');
}

/** Puts `state` in the address bar: a new entry when a search starts, the same entry while it changes. */
export function syncSearchUrl(state: SearchState): void {
  const url = writeSearch(new URL(location.href), state);
  if (url.href === location.href) return;
  if (!isActive(state)) history.replaceState(null, '', url);
  else if (onSearchEntry()) history.replaceState(history.state, '', url);
  else {
    history.pushState({ search: true }, '', url);
    pushed = true;
  }
}

/** Steps back over the entry this page added for its search, so Escape and Back end a search alike. */
export function leaveSearchEntry(): void {
  if (!pushed || !onSearchEntry()) return;
  pushed = false;
  history.back();
}
