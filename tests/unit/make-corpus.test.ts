// The bench corpus generator: deterministic, N times the real bank's questions and code, distinct titles, clean to normalize.
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { loadOverrides } from '../../src/normalize/overrides.ts';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { normalize } from '../../src/normalize/pipeline.ts';
import { fileStemOf } from '../../src/normalize/sources.ts';
import { makeCorpus, modelQuestions, REAL_SOURCE, variantTitle } from '../bench/make-corpus.ts';

const model = modelQuestions();

function codeLanguages(markdown: string): Record<string, number> {
  const counts: Record<string, number> = {};
  visit(parseMarkdown(markdown), 'code', (node: Code) => {
    counts[node.lang ?? ''] = (counts[node.lang ?? ''] ?? 0) + 1;
  });
  return counts;
}

describe('modelQuestions: the real bank, repaired', () => {
  test('20 questions, each with one difficulty line and an answer', () => {
    expect(model.questions).toHaveLength(20);
    for (const question of model.questions) {
      expect(question.answer.match(/^\*\*Difficulty: \w+\*\*$/gm), question.title).toHaveLength(1);
      expect(question.answer.length, question.title).toBeGreaterThan(1000);
    }
  });

  test('Q3 holds the event loop answer the source filed under Q4; Q11 gets its difficulty from the overrides', () => {
    const [q3, q4] = [model.questions[2], model.questions[3]];
    expect(q3?.answer).toContain('The Event Loop is the heart of Node.js');
    expect(q4?.answer).not.toContain('The Event Loop is the heart of Node.js');
    expect(model.questions[10]?.answer).toMatch(/^\*\*Difficulty: Advanced\*\*/);
  });
});

describe('makeCorpus', () => {
  test('is deterministic', () => {
    expect(makeCorpus(2, model)).toBe(makeCorpus(2, model));
  });

  test('at 2×: twice the code blocks of the real bank, language by language', () => {
    expect(codeLanguages(makeCorpus(2, model))).toEqual({ javascript: 212, yaml: 18, dockerfile: 6, php: 2, nginx: 2, hcl: 2 });
  });

  // Parsing 20 MB takes minutes, so the 50× count goes through the answers, each 50 times in the corpus.
  test('at 50×: 1,000 questions and 6,050 code blocks', () => {
    const corpus = makeCorpus(50, model);
    expect(corpus.match(/^### Q\d+: /gm)).toHaveLength(1000);
    const perBank = model.questions.reduce(
      (total, question) => total + Object.values(codeLanguages(question.answer)).reduce((a, b) => a + b, 0),
      0,
    );
    expect(perBank).toBe(121);
    for (const question of model.questions) expect(corpus.split(`\n${question.answer}\n`).length - 1, question.title).toBe(50);
  });

  test('keeps the source structure: bold-alone sections, ## sections, a table of contents', () => {
    const corpus = makeCorpus(3, model);
    expect(corpus).toMatch(/^## Table of Contents$/m);
    expect(corpus.match(/^- \[Q\d+: /gm)).toHaveLength(60);
    expect(corpus.match(/^## Node\.js Fundamentals$/gm)).toHaveLength(3);
    expect(corpus).toMatch(/^\*\*Key Features:\*\*$/m);
  });

  test('every title is distinct, at 50×', () => {
    const titles = [...makeCorpus(50, model).matchAll(/^### Q\d+: (.+)$/gm)].map((match) => match[1]);
    expect(new Set(titles).size).toBe(1000);
  });

  test.each([
    ['What is Node.js?', 0, 'What is Node.js?'],
    ['What is Node.js?', 1, 'What is Node.js for a payments API?'],
    ['Explain the event loop', 2, 'Explain the event loop for a chat service'],
    ['What is Node.js?', 13, 'What is Node.js for a payments API, variant 2?'],
  ])('variantTitle(%s, %i) is "%s"', (title, copy, expected) => {
    expect(variantTitle(title, copy)).toBe(expected);
  });

  test('at 3× the normalizer finds no error and no warning, and gives distinct slugs', () => {
    const corpus = makeCorpus(3, model);
    const result = normalize(
      [{ file: REAL_SOURCE, id: fileStemOf(REAL_SOURCE), bytes: new TextEncoder().encode(corpus) }],
      loadOverrides('content/overrides.yaml'),
    );
    expect(result.report.filter((entry) => entry.severity === 'error')).toEqual([]);
    expect(result.questions).toHaveLength(60);
    expect(new Set(result.questions.map((question) => question.record.slug)).size).toBe(60);
    const warnings = result.report.filter((entry) => entry.severity === 'warning');
    expect(warnings.map((entry) => entry.message)).toEqual([]);
  }, 120_000);
});
