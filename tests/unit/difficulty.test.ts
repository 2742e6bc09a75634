// Unit tests for the ordered difficulty scale: source words → levels, and the sort rank.
import { describe, expect, test } from 'vitest';
import type { Difficulty } from '../../src/lib/difficulty.ts';
import {
  DIFFICULTY_LEVELS,
  difficultyMix,
  difficultyRank,
  difficultyWord,
  LEVELS_AND_UNRATED,
  levelForWord,
  ratesDifficulty,
  UNRATED,
} from '../../src/lib/difficulty.ts';

describe('levelForWord', () => {
  test.each([
    ['Easy', 'easy'],
    ['MEDIUM', 'medium'],
    ['hard', 'hard'],
    [' Advanced ', 'advanced'],
    ['eXpErT', 'expert'],
  ])('%j → %s', (word, level) => {
    expect(levelForWord(word)).toBe(level);
  });

  test('the five levels come easiest first', () => {
    expect(DIFFICULTY_LEVELS.map((level) => level.id)).toEqual(['easy', 'medium', 'hard', 'advanced', 'expert']);
  });

  test('extra words from the overrides map, in any case', () => {
    expect(levelForWord('Intermediate', { intermediate: 'medium' })).toBe('medium');
    expect(levelForWord('BEGINNER', { beginner: 'easy' })).toBe('easy');
  });

  test.each(['Tricky', '', 'Intermediate', 'hardest'])('unknown word %j → undefined', (word) => {
    expect(levelForWord(word)).toBeUndefined();
  });
});

describe('difficultyRank', () => {
  test('ranks strictly increase along the scale and unrated sorts last', () => {
    const scale: Difficulty[] = [...DIFFICULTY_LEVELS.map((level) => level.id), UNRATED];
    const ranks = scale.map((difficulty) => difficultyRank(difficulty));
    expect(ranks).toEqual([1, 2, 3, 4, 5, 6]);
    for (let index = 1; index < ranks.length; index++) expect(ranks[index]).toBeGreaterThan(ranks[index - 1] ?? Infinity);
  });

  test('sorting by rank puts unrated after expert', () => {
    const sorted = (['unrated', 'expert', 'easy', 'hard'] as const).slice().sort((a, b) => difficultyRank(a) - difficultyRank(b));
    expect(sorted).toEqual(['easy', 'hard', 'expert', 'unrated']);
  });
});

describe('LEVELS_AND_UNRATED and difficultyWord', () => {
  test('the five levels in order, then Unrated', () => {
    expect(LEVELS_AND_UNRATED.map((level) => level.label)).toEqual(['Easy', 'Medium', 'Hard', 'Advanced', 'Expert', 'Unrated']);
  });

  test.each([
    ['hard', 'Hard', 'Hard'],
    ['advanced', null, 'Advanced'],
    ['unrated', null, 'Unrated'],
    ['expert', 'Tricky', 'Tricky'],
  ] as const)('%s with label %s shows %s', (difficulty, label, word) => {
    expect(difficultyWord(difficulty, label)).toBe(word);
  });
});

describe('difficultyMix', () => {
  test('counts each level in scale order, unrated last, leaving out levels without questions', () => {
    expect(difficultyMix(['hard', 'easy', 'unrated', 'hard'])).toEqual([
      { id: 'easy', label: 'Easy', count: 1 },
      { id: 'hard', label: 'Hard', count: 2 },
      { id: 'unrated', label: 'Unrated', count: 1 },
    ]);
  });
});

describe('ratesDifficulty', () => {
  test('a bank rates difficulty when any question has a level', () => {
    expect(ratesDifficulty({}, ['unrated', 'medium'])).toBe(true);
  });

  test('a bank whose every question is unrated has no difficulty', () => {
    expect(ratesDifficulty({}, ['unrated', 'unrated'])).toBe(false);
  });

  test('a bank marked noDifficulty has none, whatever its questions say', () => {
    expect(ratesDifficulty({ noDifficulty: true }, ['easy'])).toBe(false);
  });
});
