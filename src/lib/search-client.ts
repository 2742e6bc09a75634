/** Browser side of search: Pagefind's JS API, loaded on first use, and its results as the list shows them. */
import { bestSection, dropLeading, type ExcerptRun, excerptRuns, type SectionMatch } from './excerpt.ts';
import { HIGHLIGHT_PARAM, pagefindQuery, type SearchState } from './search-state.ts';
import { sitePath } from './urls.ts';

/** Counts per filter value, e.g. `{ difficulty: { hard: 3 }, topic: { streams: 2 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A result's text and metadata, as `data()` loads it. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SectionMatch[];
}

/** One ranked match; its text (a fragment file) loads only when `data()` is called. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options: ReturnType<typeof pagefindQuery>['options'],
  ): Promise<{ results: PagefindResult[]; totalFilters: FilterCounts }>;
}

let engine: Promise<Pagefind> | undefined;

async function start(): Promise<Pagefind> {
  const url = sitePath('pagefind/pagefind.js');
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // The worker would add 12 KB gzip to the first search; twenty answers search in milliseconds on the main thread.
  await pagefind.options({ noWorker: true, highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, excerptEllipsis: '…' });
  // Loading the filters once makes every search return counts per filter value.
  await pagefind.filters();
  return pagefind;
}

/** Loads Pagefind once (a failed load is retried on the next call). */
export function loadPagefind(): Promise<Pagefind> {
  engine ??= start().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

/** Every question per filter value, before any search. */
export async function totalCounts(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}

/** The ranked matches of a search, and how many matches the words alone have per filter value. */
export async function runSearch(state: SearchState): Promise<{ results: PagefindResult[]; counts: FilterCounts }> {
  const pagefind = await loadPagefind();
  const { term, options } = pagefindQuery(state);
  const { results, totalFilters } = await pagefind.search(term, options);
  // Without words, Pagefind's totals are zero; the counts for "no words" are all the questions.
  return { results, counts: term === null ? await pagefind.filters() : totalFilters };
}

/** One result as the list shows it: the question, and the section that matched best. */
export interface SearchHit {
  url: string;
  title: string;
  number: string;
  difficulty: string;
  /** The bank's id, on a site of several banks; else empty. */
  bank: string;
  section: string | undefined;
  excerpt: ExcerptRun[];
}

/** Loads the text of `results` and picks, for each, the section to link to. */
export function loadHits(results: readonly PagefindResult[]): Promise<SearchHit[]> {
  return Promise.all(
    results.map(async (result) => {
      const data = await result.data();
      const section = bestSection(data.sub_results);
      const title = data.meta.title ?? data.url;
      return {
        url: section?.url ?? data.url,
        title,
        number: data.meta.number ?? '',
        difficulty: data.filters.difficulty?.[0] ?? '',
        bank: data.filters.bank?.[0] ?? '',
        section: section?.anchor ? section.title : undefined,
        excerpt: dropLeading(excerptRuns(section?.excerpt || data.excerpt), title),
      };
    }),
  );
}
