// Unit tests for session summaries (per rating, per topic, misses) and the due counts per bank and topic.
import { describe, expect, test } from 'vitest';
import type { PracticeEntry } from '../../src/lib/practice-set.ts';
import { dueCounts, summarize } from '../../src/lib/practice-summary.ts';
import { review } from '../../src/lib/schedule.ts';

const entry = (slug: string, topics: string[], bank = 'node'): PracticeEntry => ({
  slug,
  number: 1,
  title: slug,
  bank,
  difficulty: 'easy',
  topics,
  url: `/questions/${slug}/`,
});
const ENTRIES = [entry('a', ['streams']), entry('b', ['streams', 'http']), entry('c', ['http']), entry('d', ['http'], 'py')];

describe('summarize', () => {
  test('counts ratings and skips overall and per topic; misses are the partly and missed ones, in order', () => {
    const byslug = new Map(ENTRIES.map((item) => [item.slug, item]));
    const result = summarize(['c', 'a', 'b'], { a: 'knew', b: 'missed', c: 'partly' }, byslug);
    expect(result.total).toEqual({ knew: 1, partly: 1, missed: 1, skipped: 0 });
    expect(result.topics).toEqual([
      { topic: 'http', tally: { knew: 0, partly: 1, missed: 1, skipped: 0 } },
      { topic: 'streams', tally: { knew: 1, partly: 0, missed: 1, skipped: 0 } },
    ]);
    expect(result.misses).toEqual(['c', 'b']);
    expect(summarize(['a'], {}, byslug).total.skipped).toBe(1);
  });
});

describe('dueCounts', () => {
  test('only questions whose review is due count, per bank and topic', () => {
    const now = new Date('2026-03-01T09:00:00Z');
    const later = new Date('2026-03-09T09:00:00Z');
    const cards = { a: review(undefined, 'missed', now), b: review(undefined, 'knew', now), d: review(undefined, 'missed', now) };
    expect(dueCounts(ENTRIES, cards, now)).toEqual([]);
    expect(dueCounts(ENTRIES, cards, later)).toEqual([
      {
        bank: 'node',
        due: 2,
        topics: [
          { topic: 'streams', due: 2 },
          { topic: 'http', due: 1 },
        ],
      },
      { bank: 'py', due: 1, topics: [{ topic: 'http', due: 1 }] },
    ]);
  });
});
