// Unit tests for the html-as-text pass: raw HTML is shown as literal text, never run.
import type { RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { htmlAsText } from '../../src/normalize/html-as-text.ts';
import { bankOf, draftFrom } from '../support/draft.ts';

/** The first question's blocks (positions dropped) after the pass, and the report. */
function run(body: string) {
  const { bank, context } = draftFrom(bankOf(body));
  const before = structuredClone(bank);
  const result = htmlAsText(bank, context);
  expect(bank).toEqual(before);
  const blocks = JSON.parse(
    JSON.stringify(result.questions[0]?.blocks ?? [], (key, value) => (key === 'position' ? undefined : value)),
  );
  return { blocks: blocks as RootContent[], report: context.report };
}

const htmlCount = (blocks: RootContent[]) => {
  let count = 0;
  for (const block of blocks) visit(block, 'html', () => void count++);
  return count;
};

describe('htmlAsText', () => {
  test('a block of HTML becomes a paragraph of text, with a fix', () => {
    const { blocks, report } = run('<div onclick=x>hi</div>');
    expect(blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: '<div onclick=x>hi</div>' }] }]);
    expect(report).toEqual([
      { pass: 'html-as-text', severity: 'fix', line: 4, message: 'raw HTML "<div onclick=x>hi</div>" is shown as text' },
    ]);
  });

  test('inline HTML becomes text in its paragraph, one fix per node', () => {
    const { blocks, report } = run('a <b>bold</b> c');
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'a ' },
          { type: 'text', value: '<b>' },
          { type: 'text', value: 'bold' },
          { type: 'text', value: '</b>' },
          { type: 'text', value: ' c' },
        ],
      },
    ]);
    expect(report.map((entry) => [entry.line, entry.message])).toEqual([
      [4, 'raw HTML "<b>" is shown as text'],
      [4, 'raw HTML "</b>" is shown as text'],
    ]);
  });

  test('HTML nested in list items is converted, inline and block', () => {
    const { blocks, report } = run('- <i>x</i> y\n\n- item\n\n  <div>z</div>');
    expect(htmlCount(blocks)).toBe(0);
    const second = blocks[0]?.type === 'list' ? blocks[0].children[1] : undefined;
    expect(second?.children[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: '<div>z</div>' }] });
    expect(report).toHaveLength(3);
  });

  test('HTML in the intro is converted too', () => {
    const { bank, context } = draftFrom('# Bank\n\n<p>intro</p>\n\n### Q1: Question 1?\nText.\n');
    const result = htmlAsText(bank, context);
    expect(htmlCount(result.intro)).toBe(0);
    expect(result.intro[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '<p>intro</p>' }] });
  });
});
