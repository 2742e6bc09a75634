// Unit tests for excerpts: Pagefind's <mark> markup becomes text runs, never HTML; the best section is picked.
import { describe, expect, test } from 'vitest';
import { bestSection, dropLeading, excerptRuns, type SectionMatch } from '../../src/lib/excerpt.ts';

describe('excerptRuns', () => {
  test.each([
    ['plain text', [{ text: 'plain text', marked: false }]],
    [
      'the <mark>event</mark> <mark>loop</mark> runs',
      [
        { text: 'the ', marked: false },
        { text: 'event', marked: true },
        { text: ' ', marked: false },
        { text: 'loop', marked: true },
        { text: ' runs', marked: false },
      ],
    ],
    ['<mark>a</mark><mark>b</mark>', [{ text: 'ab', marked: true }]],
    ['', []],
  ])('%j', (excerpt, expected) => {
    expect(excerptRuns(excerpt)).toEqual(expected);
  });

  test('page text that looks like HTML stays text (Pagefind escapes it as &lt; &gt;)', () => {
    const runs = excerptRuns('x &lt;img src=x onerror=alert(1)&gt; <mark>&lt;script&gt;</mark>');
    expect(runs).toEqual([
      { text: 'x <img src=x onerror=alert(1)> ', marked: false },
      { text: '<script>', marked: true },
    ]);
  });

  test('other entities are left as written', () => {
    expect(excerptRuns('a &amp;&amp; b')).toEqual([{ text: 'a &amp;&amp; b', marked: false }]);
  });
});

describe('dropLeading', () => {
  test('an excerpt that opens with the title loses it', () => {
    expect(dropLeading([{ text: 'What is X? X is a thing …', marked: false }], 'What is X?')).toEqual([
      { text: 'X is a thing …', marked: false },
    ]);
  });

  test('a marked opening stays: the title is where the words matched', () => {
    const runs = [
      { text: 'What', marked: true },
      { text: ' is X?', marked: false },
    ];
    expect(dropLeading(runs, 'What is X?')).toEqual(runs);
  });

  test('an excerpt that is only the title becomes the rest', () => {
    expect(
      dropLeading(
        [
          { text: 'What is X?', marked: false },
          { text: 'x', marked: true },
        ],
        'What is X?',
      ),
    ).toEqual([{ text: 'x', marked: true }]);
  });
});

describe('bestSection', () => {
  const section = (title: string, scores: number[], anchor = true): SectionMatch => ({
    title,
    url: `/q/#${title}`,
    excerpt: '',
    anchor: anchor ? { id: title } : undefined,
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });

  test('the section whose hits score highest', () => {
    expect(bestSection([section('intro', [1], false), section('setup', [2, 3]), section('tips', [4])])?.title).toBe('setup');
  });

  test('the earlier section on a tie', () => {
    expect(bestSection([section('a', [2]), section('b', [2])])?.title).toBe('a');
  });

  test('none without sections', () => {
    expect(bestSection([])).toBeUndefined();
  });
});
