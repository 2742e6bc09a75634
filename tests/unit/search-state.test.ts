// Unit tests for search state: URL parameters in and out, and the Pagefind query a state becomes.
import { describe, expect, test } from 'vitest';
import { isActive, NO_SEARCH, pagefindQuery, readSearch, type SearchState, writeSearch } from '../../src/lib/search-state.ts';

const state = (partial: Partial<SearchState>): SearchState => ({ ...NO_SEARCH, ...partial });

describe('readSearch', () => {
  test.each([
    ['?q=event+loop&difficulty=hard&topic=streams', state({ query: 'event loop', difficulty: ['hard'], topic: 'streams' })],
    ['?q=jwt&difficulty=hard&difficulty=expert&difficulty=hard', state({ query: 'jwt', difficulty: ['hard', 'expert'] })],
    ['?q=&difficulty=expert', state({ difficulty: ['expert'] })],
    ['?q=x&sort=number', state({ query: 'x', sort: 'number' })],
    ['?q=cache&bank=sql-basics', state({ query: 'cache', bank: 'sql-basics' })],
    ['?q=x&sort=sideways&difficulty=', state({ query: 'x' })],
  ])('%s', (search, expected) => {
    expect(readSearch(new URLSearchParams(search))).toEqual(expected);
  });

  test('difficulty and topic without q are the home filters, not a search', () => {
    expect(readSearch(new URLSearchParams('?difficulty=hard&topic=streams'))).toBeUndefined();
  });
});

describe('writeSearch', () => {
  test('sets the search, keeping other parameters and the hash', () => {
    const url = writeSearch(
      new URL('https://x.test/sub/questions/a/?ref=mail#setup'),
      state({ query: 'event loop', difficulty: ['hard'], topic: 'streams', sort: 'number' }),
    );
    expect(url.href).toBe(
      'https://x.test/sub/questions/a/?ref=mail&q=event+loop&difficulty=hard&topic=streams&sort=number#setup',
    );
  });

  test('an empty search removes every search parameter', () => {
    const url = writeSearch(new URL('https://x.test/?q=a&difficulty=hard&topic=t&bank=b&sort=number&keep=1'), NO_SEARCH);
    expect(url.search).toBe('?keep=1');
  });

  test('round-trips through readSearch', () => {
    const original = state({ query: 'cluster fork', difficulty: ['advanced', 'expert'], topic: 'performance', bank: 'node' });
    expect(readSearch(writeSearch(new URL('https://x.test/'), original).searchParams)).toEqual(original);
  });
});

describe('pagefindQuery', () => {
  test('words only: Pagefind ranking, no filters', () => {
    expect(pagefindQuery(state({ query: '  jwt ' }))).toEqual({ term: 'jwt', options: { filters: {}, sort: {} } });
  });

  test('levels are alternatives, the topic is required, sort by number on request', () => {
    expect(pagefindQuery(state({ query: 'x', difficulty: ['hard', 'expert'], topic: 'streams', sort: 'number' }))).toEqual({
      term: 'x',
      options: { filters: { difficulty: { any: ['hard', 'expert'] }, topic: 'streams' }, sort: { number: 'asc' } },
    });
  });

  test('a bank is required like a topic', () => {
    expect(pagefindQuery(state({ query: 'cache', bank: 'sql-basics' })).options.filters).toEqual({ bank: 'sql-basics' });
  });

  test('filters without words list questions by number', () => {
    expect(pagefindQuery(state({ difficulty: ['expert'] }))).toEqual({
      term: null,
      options: { filters: { difficulty: { any: ['expert'] } }, sort: { number: 'asc' } },
    });
  });
});

test.each([
  [NO_SEARCH, false],
  [state({ query: '   ' }), false],
  [state({ sort: 'number' }), false],
  [state({ query: 'a' }), true],
  [state({ difficulty: ['easy'] }), true],
  [state({ topic: 'streams' }), true],
  [state({ bank: 'sql-basics' }), true],
])('isActive(%j) is %s', (input, expected) => {
  expect(isActive(input)).toBe(expected);
});
