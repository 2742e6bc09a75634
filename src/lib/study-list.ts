/** The study list: saved and done question slugs, read tolerantly from storage and changed by pure functions. */

/** The one localStorage key; a new shape gets a new key, so an old reader never misreads it. */
export const STUDY_KEY = 'interview-bank:study:v1';

/** What the browser keeps: slugs of saved questions in the reader's order, and of questions marked done. */
export interface StudyState {
  version: 1;
  saved: string[];
  done: string[];
}

/** The two lists a toggle can change. */
export type StudyListName = 'saved' | 'done';

/** What the list page knows of a question, from the JSON embedded in that page. */
export interface CatalogEntry {
  number: number;
  title: string;
  difficulty: string;
  url: string;
}

/** Slug → question, for every question of the bank. */
export type Catalog = Record<string, CatalogEntry>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A shared link longer than any real bank is cut here rather than rendered without end.
const MAX_SHARED = 200;

/** A state with nothing saved or done. */
export function emptyState(): StudyState {
  return { version: 1, saved: [], done: [] };
}

/** True for a string shaped like a question slug. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value);
}

function slugs(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter(isSlug))] : [];
}

/** The state stored as `raw`; bad JSON, another version or a wrong shape give an empty state, bad entries are dropped. */
export function parseState(raw: string | null): StudyState {
  let data: unknown;
  try {
    data = JSON.parse(raw ?? '');
  } catch {
    return emptyState();
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) return emptyState();
  const { saved, done } = data as Record<string, unknown>;
  return { version: 1, saved: slugs(saved), done: slugs(done) };
}

/** Reads the state through `read`; storage that throws (blocked, private mode) reads as empty. */
export function readState(read: () => string | null): StudyState {
  try {
    return parseState(read());
  } catch {
    return emptyState();
  }
}

/** Writes the state through `write`; false when storage refused it (full or blocked). */
export function writeState(write: (value: string) => void, state: StudyState): boolean {
  try {
    write(JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

/** Adds `slug` to the end of a list, or takes it out if it is there. */
export function toggle(state: StudyState, list: StudyListName, slug: string): StudyState {
  const current = state[list];
  const next = current.includes(slug) ? current.filter((entry) => entry !== slug) : [...current, slug];
  return { ...state, [list]: next };
}

/** Moves a saved slug `offset` places (negative is up), stopping at either end. */
export function move(state: StudyState, slug: string, offset: number): StudyState {
  const from = state.saved.indexOf(slug);
  if (from === -1) return state;
  const to = Math.min(Math.max(from + offset, 0), state.saved.length - 1);
  const saved = state.saved.filter((entry) => entry !== slug);
  saved.splice(to, 0, slug);
  return { ...state, saved };
}

/** Takes a slug out of the saved list; its done mark stays. */
export function remove(state: StudyState, slug: string): StudyState {
  return { ...state, saved: state.saved.filter((entry) => entry !== slug) };
}

/** Appends the slugs not saved yet, in their order; `added` counts them. */
export function saveAll(state: StudyState, incoming: string[]): { state: StudyState; added: number } {
  const fresh = [...new Set(incoming)].filter((slug) => !state.saved.includes(slug));
  return { state: { ...state, saved: [...state.saved, ...fresh] }, added: fresh.length };
}

/** The query string of a shared list: `?q=slug1,slug2` (slugs need no escaping). */
export function shareQuery(saved: string[]): string {
  return `?q=${saved.join(',')}`;
}

/** The entries of a shared link's `q`, trimmed, without blanks or repeats; undefined when there is no `q`. */
export function parseShared(search: string): string[] | undefined {
  const q = new URLSearchParams(search).get('q');
  if (q === null) return undefined;
  const entries = q.split(',').map((entry) => entry.trim());
  return [...new Set(entries.filter((entry) => entry !== ''))].slice(0, MAX_SHARED);
}

/** Splits slugs into those the bank has and those it does not, keeping their order. */
export function splitKnown(entries: string[], catalog: Catalog): { known: string[]; unknown: string[] } {
  const has = (slug: string) => Object.hasOwn(catalog, slug);
  return { known: entries.filter(has), unknown: entries.filter((slug) => !has(slug)) };
}

/** The sentence that reports slugs a shared link names but the bank no longer has. */
export function unknownReport(unknown: string[]): string {
  const one = unknown.length === 1;
  return `${unknown.length} question${one ? '' : 's'} in this link no longer exist${one ? 's' : ''}: ${unknown.join(', ')}`;
}

/** Done and total per level, for each level the bank has questions of, in the order of `levels`. */
export function progress(
  catalog: Catalog,
  done: string[],
  levels: ReadonlyArray<{ id: string; label: string }>,
): Array<{ id: string; label: string; done: number; total: number }> {
  const entries = Object.entries(catalog);
  return levels
    .map(({ id, label }) => {
      const slugsOfLevel = entries.filter(([, entry]) => entry.difficulty === id).map(([slug]) => slug);
      return { id, label, done: slugsOfLevel.filter((slug) => done.includes(slug)).length, total: slugsOfLevel.length };
    })
    .filter((level) => level.total > 0);
}
