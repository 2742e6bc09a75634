// Unit tests for the lift-glued-labels pass: a label line glued onto the block above becomes a block of its own.
import type { Root } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { liftGluedLabels } from '../../src/normalize/lift-glued-labels.ts';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { contextFor } from '../support/draft.ts';

const run = (markdown: string) => {
  const context = contextFor(markdown);
  const tree = parseMarkdown(markdown);
  const before = structuredClone(tree);
  const out: Root = liftGluedLabels(tree, context);
  expect(tree).toEqual(before);
  return { blocks: out.children.map((block) => [block.type, plainText(block)]), out, report: context.report };
};

describe('lift-glued-labels', () => {
  test('the real source: a label glued to the last item of a numbered list', () => {
    const markdown = [
      '**Best Practices:**',
      '',
      '1. Always handle error events',
      '2. Use objectMode: true when working with objects',
      '**Difficulty: Hard**',
      '',
      '**Answer:**',
      'The Event Loop is the heart of Node.js.',
    ].join('\n');
    const { blocks, out, report } = run(markdown);
    expect(blocks).toEqual([
      ['paragraph', 'Best Practices:'],
      ['list', 'Always handle error eventsUse objectMode: true when working with objects'],
      ['paragraph', 'Difficulty: Hard'],
      ['paragraph', 'Answer:\nThe Event Loop is the heart of Node.js.'],
    ]);
    const list = out.children[1];
    expect(list?.type === 'list' && plainText(list.children[1])).toBe('Use objectMode: true when working with objects');
    expect(out.children[2]?.position?.start.line).toBe(5);
    expect(report).toEqual([
      {
        pass: 'lift-glued-labels',
        severity: 'fix',
        line: 5,
        message: 'label "Difficulty: Hard" was glued to the line above; it now starts a block of its own',
      },
    ]);
  });

  test.each([
    ['Answer glued to a paragraph', 'Some context.\n**Answer:**\n', ['Some context.', 'Answer:'], 2, 'Answer:'],
    ['Answer with its first sentence', 'Context.\n**Answer:** It is fast.\n', ['Context.', 'Answer: It is fast.'], 2, 'Answer:'],
    [
      'Difficulty after two lines',
      'One.\nTwo.\n**Difficulty: Easy**\n',
      ['One.\nTwo.', 'Difficulty: Easy'],
      3,
      'Difficulty: Easy',
    ],
    ['Difficulty with the word outside', 'Text.\n**Difficulty:** Medium\n', ['Text.', 'Difficulty: Medium'], 2, 'Difficulty:'],
    [
      'Answer glued under a Difficulty label',
      '**Difficulty: Hard**\n**Answer:**\nFirst.\n',
      ['Difficulty: Hard', 'Answer:\nFirst.'],
      2,
      'Answer:',
    ],
    ['label glued to a blockquote', '> Quoted.\n**Difficulty: Hard**\n', ['Quoted.', 'Difficulty: Hard'], 2, 'Difficulty: Hard'],
  ])('%s', (_, markdown, texts, line, label) => {
    const { blocks, report } = run(markdown);
    expect(blocks.map(([, text]) => text)).toEqual(texts);
    expect(report.map((entry) => [entry.severity, entry.line])).toEqual([['fix', line]]);
    expect(report[0]?.message).toContain(`label "${label}"`);
  });

  test.each([
    ['label at the start of its own paragraph', '**Difficulty: Hard**\n\nText.\n'],
    ['label starting a paragraph, text glued below it', '**Answer:**\nFirst sentence.\n'],
    ['bold text that is not a label', 'Some text.\n**Key Takeaways:**\n'],
    ['label mid-line, not at a line start', 'The **Answer:** is below.\n'],
    ['label in a list item of its own', '- **Difficulty: Hard**\n- next\n'],
  ])('leaves alone: %s', (_, markdown) => {
    const { blocks, report } = run(markdown);
    expect(blocks).toEqual(parseMarkdown(markdown).children.map((block) => [block.type, plainText(block)]));
    expect(report).toEqual([]);
  });
});
