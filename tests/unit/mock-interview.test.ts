// Unit tests for the mock interview: its URL (mix, time, repair of bad values), picking by mix, the proposed mix, the Markdown summary.
import { describe, expect, test } from 'vitest';
import {
  clock,
  defaultMix,
  levelCounts,
  type MockResult,
  mockMarkdown,
  pickByMix,
  readMinutes,
  readMix,
} from '../../src/lib/mock-interview.ts';
import { NO_SET, type PracticeEntry, readSet, setOrder, setQuery } from '../../src/lib/practice-set.ts';

const entry = (slug: string, difficulty: string): PracticeEntry => ({
  slug,
  number: 1,
  title: slug,
  bank: 'node',
  difficulty,
  topics: ['streams'],
  url: `/questions/${slug}/`,
});
const LEVELS = ['easy', 'easy', 'easy', 'medium', 'medium', 'hard', 'hard', 'hard', 'hard', 'unrated'];
const CATALOG = LEVELS.map((level, index) => entry(`q${index}`, level));
const NO_CONTEXT = { saved: [] };

describe('a mock set in the URL', () => {
  test('mode, mix and time survive the round trip in a fixed order; the mix fixes the size', () => {
    const set = readSet(new URLSearchParams('?seed=team1&time=5&mix=hard-1,easy-2&mode=mock&topic=streams'));
    expect(set).toEqual({
      ...NO_SET,
      topic: 'streams',
      mock: true,
      mix: [
        { level: 'easy', count: 2 },
        { level: 'hard', count: 1 },
      ],
      size: 3,
      time: 5,
      seed: 'team1',
    });
    expect(setQuery(set)).toBe('?topic=streams&mode=mock&mix=easy-2,hard-1&time=5&seed=team1');
    expect(readSet(new URLSearchParams(setQuery(set)))).toEqual(set);
  });

  test('bad parts of a mix are dropped: unknown levels, zero or negative counts, repeats, junk', () => {
    expect(readMix('easy-2,nope-3,hard-0,medium--1,easy-5,<b>,hard-x,expert-1', 500)).toEqual([
      { level: 'easy', count: 2 },
      { level: 'expert', count: 1 },
    ]);
    expect(readMix('hard-9999', 500)).toEqual([{ level: 'hard', count: 500 }]);
    expect(readMix(null, 500)).toEqual([]);
  });

  test('a time is whole minutes from 1 to 60; anything else is not chosen (0)', () => {
    expect(['5', '60', '1'].map(readMinutes)).toEqual([5, 60, 1]);
    expect(['0', '61', '-2', '2.5', 'abc', '', null].map(readMinutes)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  test('mix and time without mode=mock are dropped; a bad time leaves a mock without one, to be chosen', () => {
    expect(readSet(new URLSearchParams('?mix=easy-2&time=5&size=4'))).toEqual({ ...NO_SET, size: 4 });
    const repaired = readSet(new URLSearchParams('?mode=mock&time=forever&mix=easy-x&size=3'));
    expect(repaired).toEqual({ ...NO_SET, mock: true, size: 3 });
    expect(setQuery(repaired)).toBe('?size=3&mode=mock');
    expect(readSet(new URLSearchParams('?mode=exam')).mock).toBe(false);
  });
});

describe('picking by mix', () => {
  test('each level gives its count, in the seeded order, and levels outside the mix give none', () => {
    const set = { ...NO_SET, mock: true, seed: 'abc', mix: readMix('easy-2,hard-3', 500), size: 5 };
    const order = setOrder(CATALOG, set, NO_CONTEXT);
    const levelOf = (slug: string) => CATALOG.find((item) => item.slug === slug)?.difficulty;
    expect(order.map(levelOf).sort()).toEqual(['easy', 'easy', 'hard', 'hard', 'hard']);
    const shuffled = setOrder(CATALOG, { ...NO_SET, seed: 'abc' }, NO_CONTEXT);
    expect(order, 'the seeded order, filtered').toEqual(shuffled.filter((slug) => order.includes(slug)));
    expect(setOrder(CATALOG, set, NO_CONTEXT), 'the same URL, the same interview').toEqual(order);
  });

  test('a level with fewer questions than asked gives what it has', () => {
    expect(pickByMix(CATALOG, [{ level: 'medium', count: 5 }]).map((item) => item.slug)).toEqual(['q3', 'q4']);
  });
});

describe('the proposed mix', () => {
  test('levels present in the set, in level order, with their counts', () => {
    expect(levelCounts([...CATALOG].reverse())).toEqual([
      { level: 'easy', count: 3 },
      { level: 'medium', count: 2 },
      { level: 'hard', count: 4 },
      { level: 'unrated', count: 1 },
    ]);
  });

  test('spreads the total in proportion, largest remainders first, never beyond what a level has', () => {
    const available = levelCounts(CATALOG);
    const counts = (total: number) => defaultMix(available, total).map((part) => part.count);
    expect(counts(5)).toEqual([2, 1, 2, 0]);
    expect(counts(10)).toEqual([3, 2, 4, 1]);
    expect(counts(50), 'capped at the set').toEqual([3, 2, 4, 1]);
    expect(counts(0)).toEqual([0, 0, 0, 0]);
    for (const total of [1, 2, 3, 7, 9]) expect(counts(total).reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('the Markdown summary', () => {
  const results: MockResult[] = [
    {
      title: 'What is `process.nextTick` *really*?',
      url: 'https://example.org/questions/next-tick/',
      spentMs: 95_400,
      reveal: 'early',
      rating: 'Partly',
      notes: 'Microtask queue\n\nruns before promises',
    },
    { title: 'Streams', url: 'https://example.org/questions/streams/', spentMs: 300_000, reveal: 'time', notes: '  ' },
    { title: 'Skipped one', url: 'https://example.org/questions/skipped/', spentMs: 4_000, notes: '' },
  ];
  const markdown = mockMarkdown(
    { label: 'Mock interview · Topic: Streams', url: 'https://example.org/practice/?mode=mock', limitMs: 300_000 },
    results,
  );

  test('names the set and its address, then each question with its link, result and notes', () => {
    expect(markdown).toBe(
      [
        '# Mock interview',
        '',
        'Mock interview · Topic: Streams',
        '<https://example.org/practice/?mode=mock>',
        '',
        '## 1. [What is \\`process.nextTick\\` \\*really\\*?](<https://example.org/questions/next-tick/>)',
        '',
        '1:35 of 5:00, answer revealed early, rated Partly',
        '',
        'Notes:',
        '',
        '> Microtask queue',
        '>',
        '> runs before promises',
        '',
        '## 2. [Streams](<https://example.org/questions/streams/>)',
        '',
        '5:00 of 5:00, answer shown when time was up, not rated',
        '',
        '## 3. [Skipped one](<https://example.org/questions/skipped/>)',
        '',
        '0:04 of 5:00, answer not revealed, not rated',
        '',
      ].join('\n'),
    );
  });

  test('clock shows minutes and seconds, rounded down, never negative', () => {
    expect([0, 999, 61_000, 600_000, -5].map(clock)).toEqual(['0:00', '0:00', '1:01', '10:00', '0:00']);
  });
});
