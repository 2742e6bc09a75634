// Unit tests for the search box's pause after a key: quick typists keep quick results, slow ones get one search a word.
import { describe, expect, test } from 'vitest';
import { LONGEST_PAUSE_MS, pauseAfter, SHORTEST_PAUSE_MS, typingPace } from '../../src/lib/typing-pause.ts';

describe('pauseAfter', () => {
  test('the first key, or a quick typist, gets the shortest pause', () => {
    expect(pauseAfter([])).toBe(SHORTEST_PAUSE_MS);
    expect(pauseAfter([60, 80, 100])).toBe(SHORTEST_PAUSE_MS);
  });

  test('the pause outlasts the slowest recent gap, so the next key at that pace comes before any search', () => {
    for (const gap of [150, 250, 400, 600]) {
      expect(pauseAfter([gap, gap, gap])).toBeGreaterThan(gap);
    }
    expect(pauseAfter([100, 300, 120])).toBeGreaterThan(300);
  });

  test('only the last three gaps count, and a gap of a second or more is a pause, not a pace', () => {
    expect(pauseAfter([600, 100, 100, 100])).toBe(SHORTEST_PAUSE_MS);
    expect(pauseAfter([100, 5000])).toBe(SHORTEST_PAUSE_MS);
  });

  test('no typist waits longer than the longest pause', () => {
    expect(pauseAfter([900, 950, 990])).toBe(LONGEST_PAUSE_MS);
  });
});

describe('typingPace', () => {
  function keysAt(times: number[]): number[] {
    let now = 0;
    const pace = typingPace(() => now);
    return times.map((time) => {
      now = time;
      return pace.key();
    });
  }

  test('keys 400 ms apart: after the first key, each pause is longer than the next gap', () => {
    const pauses = keysAt([0, 400, 800, 1200, 1600]);
    expect(pauses[0]).toBe(SHORTEST_PAUSE_MS);
    for (const pause of pauses.slice(1)) expect(pause).toBeGreaterThan(400);
  });

  test('a typist who stopped for a while and went on quickly is quick again', () => {
    expect(keysAt([0, 400, 800, 5000, 5100, 5200, 5300, 5400]).at(-1)).toBe(SHORTEST_PAUSE_MS);
  });
});
