// Unit tests for difficulty tags on titles: taken off before the slug is made, and mapped by read-difficulty.
import { describe, expect, test } from 'vitest';
import { titleLabel } from '../../src/normalize/difficulty-forms.ts';
import { emptyOverrides } from '../../src/normalize/overrides.ts';
import { normalize } from '../../src/normalize/pipeline.ts';

describe('titleLabel', () => {
  test.each([
    ['[Easy] What is a tarn?', 'Easy', 'What is a tarn?'],
    ['What is a tarn? (Hard)', 'Hard', 'What is a tarn?'],
    ['What is a tarn? ⭐⭐', '⭐⭐', 'What is a tarn?'],
    ['👶 What is a tarn?', '👶', 'What is a tarn?'],
  ])('%j → %j + %j', (title, label, bare) => {
    expect(titleLabel(title)).toEqual({ label, title: bare });
  });

  test.each(['What is [Node.js]?', 'Explain map() (the method)', '[Easy]'])('%j has no difficulty tag', (title) => {
    expect(titleLabel(title)).toBeUndefined();
  });
});

test('through the pipeline: the slug has no tag, the level is mapped and the mapping reported', () => {
  const markdown = '# Hills\n\n## 1. What is a tarn? [Junior]\n\nA lake.\n\n## 2. What is a fell? [Senior]\n\nA hill.\n';
  const result = normalize([{ file: 'hills.md', id: 'hills', bytes: new TextEncoder().encode(markdown) }], emptyOverrides());
  expect(result.questions.map((q) => [q.record.slug, q.record.difficulty, q.record.difficultyLabel])).toEqual([
    ['what-is-a-tarn', 'easy', 'Junior'],
    ['what-is-a-fell', 'hard', 'Senior'],
  ]);
  expect(result.report.filter((entry) => entry.pass === 'read-difficulty').map((entry) => entry.message)).toEqual([
    'difficulty labels mapped onto the scale: Junior → easy, Senior → hard',
  ]);
});
