// Unit tests for the read-difficulty pass: label word → level, label removed, overrides and unrated fallback.
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { assignSlugs } from '../../src/normalize/assign-slugs.ts';
import { readDifficulty } from '../../src/normalize/read-difficulty.ts';
import { bankOf, draftFrom, testBankOverrides } from '../support/draft.ts';

/** Runs assign-slugs then read-difficulty, as the pipeline does. */
function read(markdown: string, overridesYaml?: string) {
  const overrides = overridesYaml === undefined ? undefined : testBankOverrides(overridesYaml);
  const { bank, context } = draftFrom(markdown, overrides);
  const slugged = assignSlugs(bank, context);
  context.report.length = 0;
  const before = structuredClone(slugged);
  const result = readDifficulty(slugged, context);
  expect(slugged).toEqual(before);
  return { question: result.questions[0], questions: result.questions, report: context.report };
}

const readAll = read;

describe('readDifficulty', () => {
  test.each([
    ['Easy', 'easy'],
    ['medium', 'medium'],
    ['HARD', 'hard'],
    ['Advanced', 'advanced'],
    ['Expert', 'expert'],
  ])('**Difficulty: %s** → %s, the word kept as the label', (word, level) => {
    const { question, report } = read(bankOf(`**Difficulty: ${word}**\n\nThe answer.`));
    expect(question?.difficulty).toBe(level);
    expect(question?.difficultyLabel).toBe(word);
    expect(report).toEqual([]);
  });

  test('the **Difficulty:** Hard form is read too', () => {
    const { question } = read(bankOf('**Difficulty:** Hard\n\nThe answer.'));
    expect(question?.difficulty).toBe('hard');
    expect(question?.difficultyLabel).toBe('Hard');
  });

  test('the label block is removed from the answer', () => {
    const { question } = read(bankOf('**Difficulty: Easy**\n\nThe answer.\n\nMore.'));
    expect(question?.blocks.map((block) => plainText(block))).toEqual(['The answer.', 'More.']);
  });

  test('an unknown word is an error at the label line that points to the overrides', () => {
    const { report } = read(bankOf('The intro.\n\n**Difficulty: Tricky**\n\nThe answer.'));
    expect(report).toEqual([
      {
        pass: 'read-difficulty',
        severity: 'error',
        line: 6,
        message:
          'unknown difficulty "Tricky": use one of Easy, Medium, Hard, Advanced, Expert, or map the word under banks.test.difficultyWords in content/overrides.yaml',
      },
    ]);
  });

  test('a missing label takes the overrides difficulty, with a fix and a null label', () => {
    const { question, report } = read(bankOf('The answer.'), 'questions:\n  question-1:\n    difficulty: advanced\n');
    expect(question?.difficulty).toBe('advanced');
    expect(question?.difficultyLabel).toBeNull();
    expect(report).toEqual([
      {
        pass: 'read-difficulty',
        severity: 'fix',
        line: 3,
        message: 'Q1 has no difficulty label: "advanced" comes from overrides.yaml',
      },
    ]);
  });

  test('a missing label without an override, in a bank that has labels, is unrated with a warning naming the overrides key', () => {
    const { questions, report } = readAll(bankOf('The answer.', '**Difficulty: Easy**\n\nAnother.'));
    expect(questions[0]?.difficulty).toBe('unrated');
    expect(questions[0]?.difficultyLabel).toBeNull();
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ pass: 'read-difficulty', severity: 'warning', line: 3 });
    expect(report[0]?.message).toContain('questions.question-1.difficulty in content/overrides.yaml');
  });

  test('difficultyWords in the overrides map extra words', () => {
    const { question, report } = read(bankOf('**Difficulty: Intermediate**'), 'difficultyWords:\n  intermediate: medium\n');
    expect(question?.difficulty).toBe('medium');
    expect(question?.difficultyLabel).toBe('Intermediate');
    expect(report.map((entry) => entry.message)).toEqual(['difficulty labels mapped onto the scale: Intermediate → medium']);
  });
});

describe('difficulty in the forms banks write it', () => {
  test.each([
    ['Level: Senior', 'hard', 'Senior'],
    ['**Difficulty:** Beginner', 'easy', 'Beginner'],
    ['⭐⭐⭐', 'hard', '⭐⭐⭐'],
    ['Difficulty: ⭐', 'easy', '⭐'],
    ['**Difficulty: 🚀**', 'advanced', '🚀'],
  ])('%j → %s, the label kept and the line taken off the answer', (line, level, label) => {
    const { question } = read(bankOf(`${line}\n\nThe answer.`));
    expect([question?.difficulty, question?.difficultyLabel]).toEqual([level, label]);
    expect(question?.blocks.map((block) => plainText(block))).toEqual(['The answer.']);
  });

  test('a "Level:" line whose word is no level is answer text, not a label', () => {
    const { question } = read(bankOf('Level: the ground floor.\n\nThe answer.'));
    expect(question?.difficulty).toBe('unrated');
    expect(question?.blocks).toHaveLength(2);
  });
});
