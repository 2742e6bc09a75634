/** Browser side of search: loads Pagefind's bundle on first use and returns plain results. */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

let engine: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
  engine ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return engine;
}

/** One search result as the header shows it. */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
}

/** The first results for a query; excerpts are plain text (Pagefind's markup parsed, never inserted as HTML). */
export async function runSearch(query: string, limit = 8): Promise<SearchHit[]> {
  if (query.trim() === '') return [];
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query);
  const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  return data.map((item) => ({
    url: item.url,
    title: item.meta.title ?? item.url,
    excerpt: new DOMParser().parseFromString(item.excerpt, 'text/html').body.textContent ?? '',
  }));
}
