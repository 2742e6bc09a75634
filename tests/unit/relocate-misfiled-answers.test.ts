// Unit tests for the relocate-misfiled-answers pass: a second answer inside a question moves to the empty question it belongs to.
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { relocateMisfiledAnswers } from '../../src/normalize/relocate-misfiled-answers.ts';
import { draftFrom } from '../support/draft.ts';

const run = (markdown: string) => {
  const { bank, context } = draftFrom(markdown);
  const before = structuredClone(bank);
  const out = relocateMisfiledAnswers(bank, context);
  expect(bank).toEqual(before);
  const questions = out.questions.map((q) => ({
    n: q.number,
    text: q.blocks.map((block) => plainText(block)),
    endLine: q.endLine,
  }));
  return { questions, report: context.report.filter((entry) => entry.pass === 'relocate-misfiled-answers') };
};

/** Blocks separated by blank lines: the k-th block is at line 2k - 1. */
const blocks = (...texts: string[]) => texts.join('\n\n');
const EASY = '**Difficulty: Easy**';
const MEDIUM = '**Difficulty: Medium**';
const HARD = '**Difficulty: Hard**';

describe('relocate-misfiled-answers', () => {
  test('the source case: Q1 has no body, Q2 holds its own answer and then Q1s', () => {
    const markdown = [
      '# Bank', //                          1
      '',
      '### Q1: What is the event loop?', // 3
      '',
      '### Q2: What are streams?', //       5
      MEDIUM, //                            6
      '',
      'Streams are A.', //                  8
      '',
      HARD, //                             10
      '',
      'The event loop is B.', //           12
      '',
      '- and a list', //                   14
    ].join('\n');
    const { questions, report } = run(markdown);
    expect(questions).toEqual([
      { n: 1, text: ['Difficulty: Hard', 'The event loop is B.', 'and a list'], endLine: 14 },
      { n: 2, text: ['Difficulty: Medium', 'Streams are A.'], endLine: 8 },
    ]);
    expect(report).toEqual([
      {
        pass: 'relocate-misfiled-answers',
        severity: 'fix',
        line: 10,
        message:
          'the answer at lines 10-14 sits inside Q2 "What are streams?"; it moves to Q1 "What is the event loop?", which had no answer',
      },
    ]);
  });

  test('no empty question to own a second label: a warning and nothing moves', () => {
    const { questions, report } = run(blocks('# Bank', '### Q1: One?', 'One.', '### Q2: Two?', EASY, 'A.', HARD, 'B.'));
    expect(questions.map((q) => q.text)).toEqual([['One.'], ['Difficulty: Easy', 'A.', 'Difficulty: Hard', 'B.']]);
    expect(report).toEqual([
      {
        pass: 'relocate-misfiled-answers',
        severity: 'warning',
        line: 13,
        message: 'Q2 has a second difficulty label here and no empty question to own it',
      },
    ]);
  });

  test('a later empty question does not take an earlier answer', () => {
    const { questions, report } = run(blocks('# Bank', '### Q1: One?', EASY, 'A.', HARD, 'B.', '### Q2: Two?'));
    expect(questions.map((q) => q.text)).toEqual([['Difficulty: Easy', 'A.', 'Difficulty: Hard', 'B.'], []]);
    expect(report.map((entry) => [entry.severity, entry.line])).toEqual([
      ['warning', 9],
      ['warning', 13],
    ]);
  });

  test.each([
    ['no body at all', []],
    ['only a separator', ['---']],
  ])('an empty question nothing fills (%s): warning "has no answer"', (_, body) => {
    const { questions, report } = run(blocks('# Bank', '### Q1: One?', EASY, 'A.', '### Q2: Two?', ...body));
    expect(questions.map((q) => q.text)).toEqual([['Difficulty: Easy', 'A.'], body.map(() => '')]);
    expect(report).toEqual([
      { pass: 'relocate-misfiled-answers', severity: 'warning', line: 9, message: 'Q2 "Two?" has no answer' },
    ]);
  });

  test('the nearest earlier empty question wins; the farther one is warned', () => {
    const { questions, report } = run(blocks('# Bank', '### Q1: One?', '### Q2: Two?', '### Q3: Three?', EASY, 'C.', HARD, 'B.'));
    expect(questions.map((q) => q.text)).toEqual([[], ['Difficulty: Hard', 'B.'], ['Difficulty: Easy', 'C.']]);
    expect(report).toEqual([
      {
        pass: 'relocate-misfiled-answers',
        severity: 'fix',
        line: 13,
        message: 'the answer at lines 13-15 sits inside Q3 "Three?"; it moves to Q2 "Two?", which had no answer',
      },
      { pass: 'relocate-misfiled-answers', severity: 'warning', line: 3, message: 'Q1 "One?" has no answer' },
    ]);
  });

  test('three labels in one question fill the two empty questions before it, the last answer the nearest', () => {
    const markdown = blocks('# Bank', '### Q1: One?', '### Q2: Two?', '### Q3: Three?', EASY, 'C.', MEDIUM, 'A.', HARD, 'B.');
    const { questions, report } = run(markdown);
    expect(questions).toEqual([
      { n: 1, text: ['Difficulty: Medium', 'A.'], endLine: 15 },
      { n: 2, text: ['Difficulty: Hard', 'B.'], endLine: 19 },
      { n: 3, text: ['Difficulty: Easy', 'C.'], endLine: 11 },
    ]);
    expect(report.map((entry) => [entry.severity, entry.line])).toEqual([
      ['fix', 17],
      ['fix', 13],
    ]);
  });
});
