/** The study list's stored state: saved and done question slugs, read tolerantly from storage, toggled by pure functions. */

import { SLUG_PATTERN } from './slug.ts';

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

/** A state with nothing saved or done. */
export function emptyState(): StudyState {
  return { version: 1, saved: [], done: [] };
}

/** True for a string shaped like a question slug. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value);
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
