/** The questions a search's words match, by slug: Pagefind loads only for a set that names search words. */
import { loadHits, runSearch } from '../lib/search-client.ts';

const QUESTION_URL = /\/questions\/([a-z0-9-]+)\//;

export async function searchMatches(words: string): Promise<Set<string>> {
  const { results } = await runSearch({ query: words, difficulty: [], topic: '', bank: '', sort: 'relevance' });
  const hits = await loadHits(results);
  return new Set(hits.flatMap((hit) => QUESTION_URL.exec(hit.url)?.[1] ?? []));
}
