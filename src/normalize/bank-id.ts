/** A bank's id (its URL segment and record key): the slug of its file name, or of its title when the name says nothing. */
import { slugify } from './assign-slugs.ts';

/** File names that name the folder's document, not the bank: `README.md`, `index.md`. */
const GENERIC_NAMES = /^(readme|index|questions|interview-questions)$/i;

/**
 * `React Interview Questions.md` → `react-interview-questions`; `README.md` → the slug of its `# Title`; ids already
 * taken (another bank's) get `-2`, `-3`. Returns the id and, when it differs from the file name, why.
 */
export function bankId(fileName: string, title: string, taken: Set<string>): { id: string; why?: string } {
  const fromName = GENERIC_NAMES.test(fileName) ? '' : slugify(fileName);
  const base = fromName || slugify(title) || 'bank';
  let id = base;
  for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
  taken.add(id);
  if (id === fileName) return { id };
  const source = fromName ? `its file name "${fileName}"` : `its title "${title}" (the file name "${fileName}" names no bank)`;
  const clash = id === base ? '' : `; "${base}" was taken by another bank`;
  return { id, why: `the bank's id is "${id}", from ${source}${clash}` };
}
