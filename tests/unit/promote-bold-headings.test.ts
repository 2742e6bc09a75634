// Unit tests for the promote-bold-headings pass: bold lines standing alone become h2/h3 headings.
import type { RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { promoteBoldHeadings } from '../../src/normalize/promote-bold-headings.ts';
import { bankOf, draftFrom } from '../support/draft.ts';

/** The first question's blocks after the pass, as `h2 text` / `p text`, and the report. */
function promote(body: string) {
  const { bank, context } = draftFrom(bankOf(body));
  const before = structuredClone(bank);
  const result = promoteBoldHeadings(bank, context);
  expect(bank).toEqual(before);
  const shape = (block: RootContent) =>
    `${block.type === 'heading' ? `h${block.depth}` : block.type === 'paragraph' ? 'p' : block.type} ${plainText(block)}`;
  return { blocks: result.questions[0]?.blocks.map(shape), report: context.report };
}

describe('promoteBoldHeadings', () => {
  test('a numbered bold line becomes an h2 without its colon', () => {
    expect(promote('**1. Dependency Management:**').blocks).toEqual(['h2 1. Dependency Management']);
  });

  test('an un-numbered bold line after a numbered one is an h3', () => {
    expect(promote('**1. Setup**\n\n**Details:**\n\n**2) Run**').blocks).toEqual(['h2 1. Setup', 'h3 Details', 'h2 2) Run']);
  });

  test('an un-numbered bold line with no numbered one before is an h2', () => {
    expect(promote('**Key Takeaways:**\n\nText.').blocks).toEqual(['h2 Key Takeaways', 'p Text.']);
  });

  test.each([
    ['bold inside a sentence', 'Use **strict mode** always.'],
    ['bold followed by text', '**Note:** this is prose.'],
    ['a bold line over 100 characters', `**${'a'.repeat(101)}**`],
  ])('%s stays a paragraph', (_, body) => {
    const { blocks, report } = promote(body);
    expect(blocks?.[0]?.startsWith('p ')).toBe(true);
    expect(report).toEqual([]);
  });

  test('one fix per promoted line, at its line', () => {
    const { report } = promote('**1. One**\n\nText.\n\n**Two**');
    expect(report).toEqual([
      { pass: 'promote-bold-headings', severity: 'fix', line: 4, message: 'bold line "1. One" became an h2' },
      { pass: 'promote-bold-headings', severity: 'fix', line: 8, message: 'bold line "Two" became an h3' },
    ]);
  });

  test('a real #### heading becomes depth 3, with no fix', () => {
    const { blocks, report } = promote('#### Deep heading\n\nText.');
    expect(blocks).toEqual(['h3 Deep heading', 'p Text.']);
    expect(report).toEqual([]);
  });
});
