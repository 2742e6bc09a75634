// Unit tests for search offline: only results whose page is saved are kept, a text that fails to load counts as not
// saved, and the status line gives both counts.
import { describe, expect, test } from 'vitest';
import { pageAddress } from '../../src/lib/saved-pages.ts';
import type { PagefindData, PagefindResult } from '../../src/lib/search-client.ts';
import { countFilters, keepSaved, searchSummary } from '../../src/lib/search-offline.ts';
import { NO_SEARCH, type SearchState } from '../../src/lib/search-state.ts';

const state = (partial: Partial<SearchState>): SearchState => ({ ...NO_SEARCH, ...partial });

/** A result whose text is the page at `url`, or fails to load when `url` is undefined; counts its loads. */
function result(id: string, url: string | undefined): PagefindResult & { loads: number } {
  const fake = {
    id,
    loads: 0,
    data(): Promise<PagefindData> {
      fake.loads++;
      if (url === undefined) return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve({ url, excerpt: '', meta: { title: id }, filters: {}, sub_results: [] });
    },
  };
  return fake;
}

describe('keepSaved', () => {
  const saved = new Set(['/questions/a/', '/questions/c/']);
  const isSaved = (url: string) => saved.has(url);

  test('keeps the saved results in their order and counts the others', async () => {
    const results = [result('c', '/questions/c/'), result('b', '/questions/b/'), result('a', '/questions/a/')];
    const kept = await keepSaved(results, isSaved);
    expect(kept.saved.map((hit) => hit.id)).toEqual(['c', 'a']);
    expect(kept.unsaved).toBe(1);
  });

  test('a text that fails to load is a page not saved, not an error', async () => {
    const results = [result('a', '/questions/a/'), result('lost', undefined)];
    const kept = await keepSaved(results, isSaved);
    expect(kept.saved.map((hit) => hit.id)).toEqual(['a']);
    expect(kept.unsaved).toBe(1);
  });

  test('a kept result hands over the text already loaded instead of loading it again', async () => {
    const first = result('a', '/questions/a/');
    const [kept] = (await keepSaved([first], isSaved)).saved;
    expect((await kept?.data())?.url).toBe('/questions/a/');
    expect(first.loads).toBe(1);
  });
});

describe('pageAddress', () => {
  test.each([
    ['/sub/questions/a/?highlight=streams#pipe', 'http://h/sub/questions/a/'],
    ['/questions/a/#s', 'http://h/questions/a/'],
    ['http://h/questions/a/', 'http://h/questions/a/'],
  ])('%s', (url, expected) => {
    expect(pageAddress(url, 'http://h/sub/topics/x/')).toBe(expected);
  });
});

describe('searchSummary', () => {
  const streams = state({ query: ' streams ' });
  test.each([
    ['online', streams, 12, undefined, '12 questions for “streams”.'],
    ['online, by number', state({ query: 'x', sort: 'number' }), 1, undefined, '1 question for “x”, by number.'],
    ['nothing matches', streams, 0, 0, 'No questions match for “streams”.'],
    ['offline, some saved', streams, 3, 5, 'Offline: 3 questions for “streams” saved on this device; 5 more need a connection.'],
    ['offline, one each', streams, 1, 1, 'Offline: 1 question for “streams” saved on this device; 1 more needs a connection.'],
    ['offline, all saved', streams, 2, 0, 'Offline: 2 questions for “streams”, all saved on this device.'],
    [
      'offline, none saved',
      streams,
      0,
      4,
      'Offline: no question for “streams” is saved on this device; 4 questions need a connection.',
    ],
    [
      'offline, filters alone',
      state({ topic: 'streams' }),
      2,
      3,
      'Offline: 2 questions saved on this device; 3 more need a connection.',
    ],
  ])('%s', (_name, search, shown, needConnection, expected) => {
    expect(searchSummary(search, shown, needConnection)).toBe(expected);
  });
});

describe('countFilters', () => {
  const tagged = (id: string, filters: PagefindData['filters']): PagefindResult => ({
    id,
    data: () => Promise.resolve({ url: `/questions/${id}/`, excerpt: '', meta: { title: id }, filters, sub_results: [] }),
  });

  test('counts each filter value over the results, a result with two values once for each', async () => {
    const counts = await countFilters([
      tagged('a', { difficulty: ['hard'], topic: ['streams', 'events'] }),
      tagged('b', { difficulty: ['hard'], topic: ['streams'] }),
      tagged('c', { difficulty: ['easy'] }),
    ]);
    expect(counts).toEqual({ difficulty: { hard: 2, easy: 1 }, topic: { streams: 2, events: 1 } });
  });

  test('no results count nothing', async () => {
    expect(await countFilters([])).toEqual({});
  });
});
