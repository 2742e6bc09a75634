/** Pagefind excerpts as plain text runs, and the section of a page that best answers a search. */

/** A stretch of excerpt text, marked when it is a search hit. */
export interface ExcerptRun {
  text: string;
  marked: boolean;
}

// Pagefind escapes only `<` and `>` in page text before adding its own <mark> tags, so any literal
// <mark> is Pagefind's and these two entities are the only ones to undo.
const MARK = /(<mark>|<\/mark>)/;
const decode = (text: string): string => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/** Splits Pagefind's excerpt markup into text runs; the text is never parsed as HTML. */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of excerpt.split(MARK)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      continue;
    }
    if (part === '') continue;
    const last = runs.at(-1);
    if (last && last.marked === marked) last.text += decode(part);
    else runs.push({ text: decode(part), marked });
  }
  return runs;
}

/** Runs without a leading, unmarked `prefix` (an excerpt that only repeats the title shown above it). */
export function dropLeading(runs: readonly ExcerptRun[], prefix: string): ExcerptRun[] {
  const [first, ...rest] = runs;
  if (!first || first.marked || !first.text.startsWith(prefix)) return [...runs];
  const text = first.text.slice(prefix.length).trimStart();
  return text ? [{ text, marked: false }, ...rest] : rest;
}

/** The parts of a Pagefind sub-result this site reads. */
export interface SectionMatch {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string } | undefined;
  weighted_locations?: Array<{ balanced_score: number }> | undefined;
}

function score(section: SectionMatch): number {
  return (section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
}

/** The section with the strongest hits (headings weigh more); the earlier one on a tie. */
export function bestSection<T extends SectionMatch>(sections: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const section of sections) if (!best || score(section) > score(best)) best = section;
  return best;
}
