// Unit tests for the per-build question index: lookups, neighbours, topic counts and the bounded sidebar window.
import { describe, expect, test } from 'vitest';
import { indexQuestions } from '../../src/lib/question-index.ts';

const topics = [
  { id: 'streams', name: 'Streams' },
  { id: 'security', name: 'Security' },
  { id: 'unused', name: 'Unused' },
];
const question = (slug: string, ...topicIds: string[]) => ({ data: { slug, topics: topicIds } });
const questions = [
  question('a', 'streams'),
  question('b', 'security'),
  question('c', 'streams', 'security'),
  ...Array.from({ length: 40 }, (_, index) => question(`s${index}`, 'streams')),
];
const index = indexQuestions(questions, topics);
const slugs = (list: ReadonlyArray<{ data: { slug: string } }>) => list.map((entry) => entry.data.slug);

describe('indexQuestions', () => {
  test('finds questions by slug, and nothing for an unknown slug', () => {
    expect(index.bySlug('c')).toBe(questions[2]);
    expect(index.bySlug('nope')).toBeUndefined();
  });

  test('neighbours follow reading order and stop at the ends', () => {
    expect(index.neighbours('b')).toEqual({ previous: questions[0], next: questions[2] });
    expect(index.neighbours('a').previous).toBeUndefined();
    expect(index.neighbours('s39').next).toBeUndefined();
    expect(index.neighbours('nope')).toEqual({ previous: undefined, next: undefined });
  });

  test('a question with two topics is in both; counts follow the topic order, empty topics included', () => {
    expect(slugs(index.inTopic('security'))).toEqual(['b', 'c']);
    expect(index.topicCounts.map(({ id, count }) => [id, count])).toEqual([
      ['streams', 42],
      ['security', 2],
      ['unused', 0],
    ]);
  });

  test('a small topic is shown whole', () => {
    expect(index.topicWindow('security', 'b', 15)).toEqual({ shown: [questions[1], questions[2]], before: 0, after: 0 });
  });

  test('a big topic shows a window of fixed size around the current question', () => {
    const middle = index.topicWindow('streams', 's20', 15);
    expect(middle.shown).toHaveLength(15);
    expect(slugs(middle.shown)).toContain('s20');
    expect(middle.before + middle.shown.length + middle.after).toBe(42);
    expect(slugs(middle.shown).indexOf('s20')).toBe(7);
  });

  test('the window stays full at either end of the topic', () => {
    const first = index.topicWindow('streams', 'a', 15);
    expect([first.before, first.after, first.shown[0]?.data.slug]).toEqual([0, 27, 'a']);
    const last = index.topicWindow('streams', 's39', 15);
    expect([last.before, last.after, last.shown.at(-1)?.data.slug]).toEqual([27, 0, 's39']);
  });
});
