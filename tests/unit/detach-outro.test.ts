// Unit tests for the detach-outro pass: document text after a question's closing `---` moves to the home page.
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { detachOutro } from '../../src/normalize/detach-outro.ts';
import { bankOf, draftFrom } from '../support/draft.ts';

const run = (markdown: string) => {
  const { bank, context } = draftFrom(markdown);
  const before = structuredClone(bank);
  const out = detachOutro(bank, context);
  expect(bank).toEqual(before);
  return {
    intro: out.intro.map((block) => plainText(block)),
    questions: out.questions.map((q) => ({ text: q.blocks.map((block) => [block.type, plainText(block)]), endLine: q.endLine })),
    report: context.report.filter((entry) => entry.pass === 'detach-outro'),
  };
};

describe('detach-outro', () => {
  test('plain paragraphs after the closing --- move to the intro, with a fix at the first', () => {
    const markdown = [
      '# Bank', //                                  1
      '',
      'Welcome.', //                                3
      '',
      '### Q1: What is Node?', //                   5
      '',
      'A runtime.', //                              7
      '',
      '---', //                                     9
      '',
      'This comprehensive guide covers Node.js.', // 11
      '',
      'Good luck!', //                             13
      '',
      '### Q2: What is npm?', //                   15
      '',
      'A package manager.', //                     17
    ].join('\n');
    const { intro, questions, report } = run(markdown);
    expect(intro).toEqual(['Welcome.', 'This comprehensive guide covers Node.js.', 'Good luck!']);
    expect(questions).toEqual([
      {
        text: [
          ['paragraph', 'A runtime.'],
          ['thematicBreak', ''],
        ],
        endLine: 9,
      },
      { text: [['paragraph', 'A package manager.']], endLine: 17 },
    ]);
    expect(report).toEqual([
      {
        pass: 'detach-outro',
        severity: 'fix',
        line: 11,
        message:
          '"This comprehensive guide covers Node.js...." follows the closing --- of Q1: it is document text and moves to the home page',
      },
    ]);
  });

  test('the preview in the message is cut at 60 characters', () => {
    const long = 'x'.repeat(80);
    const { report } = run(bankOf(`Answer.\n\n---\n\n${long}`));
    expect(report[0]?.message).toContain(`"${'x'.repeat(60)}..."`);
  });

  test.each([
    ['a bold-alone paragraph after ---', 'Answer.\n\n---\n\n**Key Takeaways:**'],
    ['a paragraph followed by a list after ---', 'Answer.\n\n---\n\nSee also:\n\n- more'],
    ['a question that is only --- and a paragraph', '---\n\nIs this an answer?'],
    ['paragraphs not preceded by ---', 'Answer.\n\nMore answer.\n\nEven more.'],
    ['--- at the very end', 'Answer.\n\n---'],
    ['a code block after ---', 'Answer.\n\n---\n\n```\ncode\n```'],
  ])('stays: %s', (_, body) => {
    const markdown = bankOf(body);
    const { intro, questions, report } = run(markdown);
    const { bank } = draftFrom(markdown);
    expect(intro).toEqual([]);
    expect(questions[0]?.text).toEqual(bank.questions[0]?.blocks.map((block) => [block.type, plainText(block)]));
    expect(questions[0]?.text.length).toBeGreaterThan(0);
    expect(report).toEqual([]);
  });
});
