// Unit tests for practice sets: URL round trip, filters, seeded order that repeats for the same seed, size.
import { describe, expect, test } from 'vitest';
import {
  NO_SET,
  newSeed,
  type PracticeEntry,
  readSet,
  setMembers,
  setOrder,
  setQuery,
  shuffle,
} from '../../src/lib/practice-set.ts';

const entry = (slug: string, difficulty: string, topics: string[], bank = 'node'): PracticeEntry => ({
  slug,
  number: 1,
  title: slug,
  bank,
  difficulty,
  topics,
  url: `/questions/${slug}/`,
});
const CATALOG = [
  entry('a', 'easy', ['streams']),
  entry('b', 'hard', ['streams', 'http']),
  entry('c', 'hard', ['http']),
  entry('d', 'medium', ['http']),
  entry('e', 'easy', ['streams'], 'python'),
];
const NO_CONTEXT = { saved: [] };

describe('readSet and setQuery', () => {
  test('a set survives the URL round trip, with its parameters in a fixed order', () => {
    const query = '?seed=abc123&size=3&difficulty=hard&difficulty=easy&topic=streams&bank=node&search=event+loop';
    const set = readSet(new URLSearchParams(query));
    expect(set).toEqual({
      ...NO_SET,
      bank: 'node',
      topic: 'streams',
      difficulty: ['hard', 'easy'],
      search: 'event loop',
      size: 3,
      seed: 'abc123',
    });
    expect(setQuery(set)).toBe('?bank=node&topic=streams&difficulty=hard&difficulty=easy&search=event+loop&size=3&seed=abc123');
    expect(readSet(new URLSearchParams(setQuery(set)))).toEqual(set);
  });

  test('explicit questions keep their commas readable', () => {
    const set = { ...NO_SET, questions: ['a', 'b'], seed: 'x' };
    expect(setQuery(set)).toBe('?questions=a,b&seed=x');
  });

  test('malformed values are dropped, not trusted', () => {
    const set = readSet(new URLSearchParams('?bank=../x&topic=<b>&size=-4&seed=%3Cscript%3E&questions=ok,Not Ok,ok&list=yes'));
    expect(set).toEqual({ ...NO_SET, questions: ['ok'] });
  });

  test('a huge size is capped', () => {
    expect(readSet(new URLSearchParams('?size=99999999')).size).toBe(500);
  });
});

describe('setMembers', () => {
  test('filters by bank, topic and any of the difficulty levels', () => {
    const set = { ...NO_SET, bank: 'node', topic: 'streams', difficulty: ['easy', 'hard'] };
    expect(setMembers(CATALOG, set, NO_CONTEXT).map((item) => item.slug)).toEqual(['a', 'b']);
  });

  test('the study list, the due questions and a search narrow the set to what they name', () => {
    const set = { ...NO_SET, list: true };
    expect(setMembers(CATALOG, set, { saved: ['d', 'b'] }).map((item) => item.slug)).toEqual(['b', 'd']);
    expect(setMembers(CATALOG, NO_SET, { saved: [], matches: new Set(['c']) }).map((item) => item.slug)).toEqual(['c']);
    const due = { ...NO_SET, due: true, topic: 'http' };
    expect(setMembers(CATALOG, due, { saved: [], due: new Set(['a', 'c']) }).map((item) => item.slug)).toEqual(['c']);
    expect(readSet(new URLSearchParams(setQuery(due)))).toEqual(due);
  });
});

describe('seeded order', () => {
  test('the same seed gives the same order; another seed another order', () => {
    const items = Array.from({ length: 30 }, (_, index) => index);
    expect(shuffle(items, 'abc')).toEqual(shuffle(items, 'abc'));
    expect(shuffle(items, 'abc')).not.toEqual(shuffle(items, 'abd'));
    expect([...shuffle(items, 'abc')].sort((x, y) => x - y)).toEqual(items);
  });

  test('no seed keeps catalog order; size cuts the shuffled order', () => {
    expect(setOrder(CATALOG, NO_SET, NO_CONTEXT)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const full = setOrder(CATALOG, { ...NO_SET, seed: 's1' }, NO_CONTEXT);
    expect(setOrder(CATALOG, { ...NO_SET, seed: 's1', size: 2 }, NO_CONTEXT)).toEqual(full.slice(0, 2));
  });

  test('a new seed is six lower-case characters that readSet accepts', () => {
    const seed = newSeed(() => 0.5);
    expect(seed).toMatch(/^[a-z0-9]{6}$/);
    expect(readSet(new URLSearchParams(`?seed=${seed}`)).seed).toBe(seed);
  });
});
