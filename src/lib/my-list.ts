/** What the My list page does with the study state: reorder, remove, save a shared list, share links, progress. */
import type { StudyState } from './study-list.ts';
import { questionPath } from './urls.ts';

/** What the list page knows of a question, from the JSON embedded in that page. */
export interface CatalogEntry {
  number: number;
  title: string;
  /** Empty for a question of a bank without difficulty. */
  difficulty: string;
  url: string;
  /** The bank's title, on a site of several banks. */
  bank?: string;
}

/** Slug → question, for every question of the bank. */
export type Catalog = Record<string, CatalogEntry>;

/** The catalog pages embed for the list's scripts, from the build's questions. */
export function catalogOf(
  questions: ReadonlyArray<{ data: { slug: string; number: number; title: string; difficulty: string } }>,
): Catalog {
  return Object.fromEntries(
    questions.map(({ data }) => [
      data.slug,
      { number: data.number, title: data.title, difficulty: data.difficulty, url: questionPath(data.slug) },
    ]),
  );
}

// A shared link longer than any real bank is cut here rather than rendered without end.
const MAX_SHARED = 200;

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

// Not `q`: that parameter opens search on every page, so a shared list would also start a search.
const SHARE_PARAM = 'questions';

/** The query string of a shared list: `?questions=slug1,slug2` (slugs need no escaping). */
export function shareQuery(saved: string[]): string {
  return `?${SHARE_PARAM}=${saved.join(',')}`;
}

/** The entries of a shared link's `questions`, trimmed, without blanks or repeats; undefined when it has none. */
export function parseShared(search: string): string[] | undefined {
  const q = new URLSearchParams(search).get(SHARE_PARAM);
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

/** The banks the catalog names, in catalog order, as progress groups; none on a site of one bank. */
export function banksOf(catalog: Catalog): Array<{ id: string; label: string }> {
  return [...new Set(Object.values(catalog).flatMap((entry) => entry.bank ?? []))].map((title) => ({ id: title, label: title }));
}

/**
 * Done and total per group, for each group with questions, in the order of `groups`: levels by difficulty (the
 * default), or banks by title.
 */
export function progress(
  catalog: Catalog,
  done: string[],
  groups: ReadonlyArray<{ id: string; label: string }>,
  by: 'difficulty' | 'bank' = 'difficulty',
): Array<{ id: string; label: string; done: number; total: number }> {
  const entries = Object.entries(catalog);
  return groups
    .map(({ id, label }) => {
      const slugsOfGroup = entries.filter(([, entry]) => entry[by] === id).map(([slug]) => slug);
      return { id, label, done: slugsOfGroup.filter((slug) => done.includes(slug)).length, total: slugsOfGroup.length };
    })
    .filter((level) => level.total > 0);
}
