// Unit tests for what the My list page does with the state: reorder, remove, save a shared list, share links, progress.
import { describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/lib/my-list.ts';
import {
  banksOf,
  move,
  parseShared,
  progress,
  remove,
  saveAll,
  shareQuery,
  splitKnown,
  unknownReport,
} from '../../src/lib/my-list.ts';
import type { StudyState } from '../../src/lib/study-list.ts';

const state = (saved: string[], done: string[] = []): StudyState => ({ version: 1, saved, done });

describe('move and remove', () => {
  test.each([
    ['b', -1, ['b', 'a', 'c']],
    ['b', 1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 1, ['a', 'b', 'c']],
    ['a', 5, ['b', 'c', 'a']],
    ['zzz', -1, ['a', 'b', 'c']],
  ] as const)('move %s by %i → %j', (slug, offset, expected) => {
    expect(move(state(['a', 'b', 'c']), slug, offset).saved).toEqual(expected);
  });

  test('remove takes the slug out of saved and keeps its done mark', () => {
    expect(remove(state(['a', 'b'], ['a']), 'a')).toEqual(state(['b'], ['a']));
    expect(remove(state(['a']), 'zzz')).toEqual(state(['a']));
  });
});

describe('saveAll', () => {
  test('appends only what is not saved yet, in order, and counts it', () => {
    expect(saveAll(state(['b']), ['a', 'b', 'c', 'a'])).toEqual({ state: state(['b', 'a', 'c']), added: 2 });
    expect(saveAll(state(['a']), ['a']).added).toBe(0);
  });
});

describe('sharing', () => {
  test('a shared query is the slugs joined by commas, and reads back the same', () => {
    const query = shareQuery(['a-b', 'c']);
    expect(query).toBe('?questions=a-b,c');
    expect(parseShared(query)).toEqual(['a-b', 'c']);
  });

  test.each([
    ['', undefined],
    ['?other=1', undefined],
    ['?questions=', []],
    ['?questions=a,,b,%20c%20,a', ['a', 'b', 'c']],
    ['?questions=a%2Cb', ['a', 'b']],
    ['?questions=%3Cb%3E,a', ['<b>', 'a']],
  ])('parseShared(%j) → %j', (search, expected) => {
    expect(parseShared(search)).toEqual(expected);
  });

  test('a link longer than any bank is cut at 200 entries', () => {
    const many = Array.from({ length: 500 }, (_, index) => `q${index}`);
    expect(parseShared(shareQuery(many))).toHaveLength(200);
  });

  test('splitKnown keeps order and does not trust inherited keys', () => {
    const catalog: Catalog = { a: { number: 1, title: 'A', difficulty: 'easy', url: '/questions/a/' } };
    expect(splitKnown(['zzz', 'a', 'constructor'], catalog)).toEqual({ known: ['a'], unknown: ['zzz', 'constructor'] });
  });

  test.each([
    [['foo-bar'], '1 question in this link no longer exists: foo-bar'],
    [['a', 'b'], '2 questions in this link no longer exist: a, b'],
  ])('unknownReport(%j)', (unknown, sentence) => {
    expect(unknownReport(unknown)).toBe(sentence);
  });
});

describe('progress', () => {
  const entry = (difficulty: string) => ({ number: 1, title: 't', difficulty, url: '/' });
  const catalog: Catalog = { a: entry('hard'), b: entry('hard'), c: entry('easy'), d: entry('unrated') };
  const levels = [
    { id: 'easy', label: 'Easy' },
    { id: 'medium', label: 'Medium' },
    { id: 'hard', label: 'Hard' },
    { id: 'unrated', label: 'Unrated' },
  ];

  test('counts done among every question of each level the bank has, in scale order', () => {
    expect(progress(catalog, ['b', 'gone', 'd'], levels)).toEqual([
      { id: 'easy', label: 'Easy', done: 0, total: 1 },
      { id: 'hard', label: 'Hard', done: 1, total: 2 },
      { id: 'unrated', label: 'Unrated', done: 1, total: 1 },
    ]);
  });

  test('on a site of several banks, counts done per bank, in catalog order; a question without difficulty has no level', () => {
    const inBank = (bank: string, difficulty: string) => ({ ...entry(difficulty), bank });
    const banks: Catalog = { a: inBank('SQL', ''), b: inBank('SQL', ''), c: inBank('Web', 'easy') };
    expect(banksOf(banks)).toEqual([
      { id: 'SQL', label: 'SQL' },
      { id: 'Web', label: 'Web' },
    ]);
    expect(progress(banks, ['a', 'c'], banksOf(banks), 'bank')).toEqual([
      { id: 'SQL', label: 'SQL', done: 1, total: 2 },
      { id: 'Web', label: 'Web', done: 1, total: 1 },
    ]);
    expect(progress(banks, ['a', 'c'], levels)).toEqual([{ id: 'easy', label: 'Easy', done: 1, total: 1 }]);
  });

  test('a catalog of one bank names no bank', () => {
    expect(banksOf(catalog)).toEqual([]);
  });
});
