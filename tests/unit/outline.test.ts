// Unit tests for the outline pass: title, table of contents, sections and `Qn:` questions read from the tree.
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { draftFrom } from '../support/draft.ts';

const BANK = [
  '# Node Bank', //  1
  '',
  'Intro text.', //  3
  '',
  '## Table of Contents', //  5
  '- [Q1: What is Node?](#q1-what-is-node)',
  '- [Q2: What is npm?](#q2-what-is-npm)',
  '',
  '## Basics', //  9
  '',
  '### Q1: What is Node?', // 11
  '**Difficulty: Easy**',
  '',
  'A runtime.',
  '',
  '```sh',
  '# not a heading',
  '## Not a section',
  '### Q9: Not a question',
  '```',
  '',
  '## Advanced', // 22
  '',
  '### Q2. What is npm?', // 24
  '',
  'A package manager.',
  '',
].join('\n');

describe('outline of a well-formed bank', () => {
  const { bank, context } = draftFrom(BANK);

  test('title, id and file', () => {
    expect([bank.title, bank.id, bank.file]).toEqual(['Node Bank', 'test', 'test.md']);
  });

  test('table of contents entries with number, text, anchor and line', () => {
    expect(bank.toc).toEqual([
      { number: 1, text: 'Q1: What is Node?', anchor: '#q1-what-is-node', line: 6 },
      { number: 2, text: 'Q2: What is npm?', anchor: '#q2-what-is-npm', line: 7 },
    ]);
  });

  test('## sections with their lines; the TOC heading is not a section', () => {
    expect(bank.sections).toEqual([
      { title: 'Basics', line: 9 },
      { title: 'Advanced', line: 22 },
    ]);
  });

  test('questions with number, title, section, lines and blocks', () => {
    const summary = bank.questions.map((q) => ({
      number: q.number,
      title: q.title,
      headingLine: q.headingLine,
      endLine: q.endLine,
      sourceSection: q.sourceSection,
      blocks: q.blocks.map((block) => [block.type, plainText(block)]),
      aliases: q.aliases,
    }));
    expect(summary).toEqual([
      {
        number: 1,
        title: 'What is Node?',
        headingLine: 11,
        endLine: 20,
        sourceSection: 'Basics',
        blocks: [
          ['paragraph', 'Difficulty: Easy'],
          ['paragraph', 'A runtime.'],
          ['code', '# not a heading\n## Not a section\n### Q9: Not a question'],
        ],
        aliases: [],
      },
      {
        number: 2,
        title: 'What is npm?',
        headingLine: 24,
        endLine: 26,
        sourceSection: 'Advanced',
        blocks: [['paragraph', 'A package manager.']],
        aliases: [],
      },
    ]);
  });

  test('text before the first section is the intro, with no warning', () => {
    expect(bank.intro.map((block) => plainText(block))).toEqual(['Intro text.']);
    expect(context.report).toEqual([]);
  });
});

describe('outline edge cases', () => {
  test.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \n\t\n'],
  ])('%s is an error at line 1', (_, markdown) => {
    const { context } = draftFrom(markdown);
    expect(context.report.filter((entry) => entry.severity === 'error')).toEqual([
      { pass: 'outline', severity: 'error', line: 1, message: 'the file is empty' },
    ]);
  });

  test('a file with no questions is an error at line 1', () => {
    const { bank, context } = draftFrom('# Bank\n\n## Section\n\n### What is Node?\n\nText.\n');
    expect(bank.questions).toEqual([]);
    expect(context.report).toContainEqual({
      pass: 'outline',
      severity: 'error',
      line: 1,
      message:
        'no questions found: a question is a heading ("### Q1: …", "## 1. …", "## Q. …", repeated "### …"), a "1. ### …" list item, a <details><summary> block or a bold line ending in "?"',
    });
  });

  test('no "# Title": a warning, and the id is the title', () => {
    const { bank, context } = draftFrom('### Q1: What?\n\nAnswer.\n');
    expect(bank.title).toBe('test');
    expect(context.report).toEqual([
      { pass: 'outline', severity: 'warning', line: 1, message: 'no "# Title" heading: the bank is titled "test"' },
    ]);
  });

  test('text under a section before its first question goes to the intro with a warning', () => {
    const { bank, context } = draftFrom('# Bank\n\nIntro.\n\n## Basics\n\nAbout basics.\n\n---\n\n### Q1: What?\n\nAnswer.\n');
    expect(bank.intro.map((block) => plainText(block))).toEqual(['Intro.', 'About basics.']);
    expect(bank.questions[0]?.sourceSection).toBe('Basics');
    expect(bank.questions[0]?.blocks.map((block) => plainText(block))).toEqual(['Answer.']);
    expect(context.report).toEqual([
      {
        pass: 'outline',
        severity: 'warning',
        line: 7,
        message: 'text under "Basics" before its first question goes to the bank\'s introduction',
      },
    ]);
  });

  test.each([
    ['### Q7: Colon', 7, 'Colon'],
    ['### Q7. Dot', 7, 'Dot'],
    ['### Q7) Paren', 7, 'Paren'],
    ['### Q7 - Dash', 7, 'Dash'],
    ['## Q12:   Spaced title  ', 12, 'Spaced title'],
  ])('question heading %j → Q%i %j', (heading, number, title) => {
    const { bank } = draftFrom(`# Bank\n\n${heading}\n\nAnswer.\n`);
    expect(bank.questions.map((q) => [q.number, q.title, q.headingLine])).toEqual([[number, title, 3]]);
  });

  test('a question after a section heading is closed off: the section text is not its answer', () => {
    const { bank } = draftFrom('# Bank\n\n### Q1: One?\n\nOne.\n\n## Later\n\nLater prose.\n\n### Q2: Two?\n\nTwo.\n');
    expect(bank.questions.map((q) => [q.sourceSection, q.blocks.map((block) => plainText(block)), q.endLine])).toEqual([
      [undefined, ['One.'], 5],
      ['Later', ['Two.'], 13],
    ]);
    expect(bank.intro.map((block) => plainText(block))).toEqual(['Later prose.']);
  });
});
