// Unit tests for the check-fences pass: an unclosed code fence is an error at the line that opened it.
import { describe, expect, test } from 'vitest';
import { checkFences } from '../../src/normalize/check-fences.ts';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { contextFor } from '../support/draft.ts';

const run = (markdown: string) => {
  const context = contextFor(markdown);
  const tree = parseMarkdown(markdown);
  const before = structuredClone(tree);
  const out = checkFences(tree, context);
  expect(out).toEqual(before);
  return context.report;
};

describe('check-fences', () => {
  test.each([
    ['backtick fence at the top', '```js\nconst x = 1;\n', 1, '```'],
    ['tilde fence at the top', '~~~\nconst x = 1;\n', 1, '~~~'],
    ['fence after prose', 'Intro.\n\nMore intro.\n\n```sh\nnpm install\n\n## Not a heading\n', 5, '```'],
    ['fence that opens on the last line', 'Text.\n\n```', 3, '```'],
    ['a shorter fence does not close a longer one', '````\ncode\n```\n', 1, '````'],
    ['a tilde fence does not close a backtick one', '```\ncode\n~~~\n', 1, '```'],
    ['a fence with an info string does not close', '```\ncode\n```js\n', 1, '```'],
    ['unclosed fence in a list item', '- item\n  ```\n  code\n', 2, '```'],
  ])('%s: error at line %i', (_, markdown, line, opening) => {
    expect(run(markdown)).toEqual([
      { pass: 'check-fences', severity: 'error', line, message: `code fence ${opening} opened here is never closed` },
    ]);
  });

  test.each([
    ['closed backtick fence', '```js\nconst x = 1;\n```\n'],
    ['closed tilde fence', '~~~\nconst x = 1;\n~~~\n'],
    ['empty closed fence', '```\n```\n'],
    ['longer closing fence', '```\ncode\n`````\n'],
    ['closing fence with trailing spaces', '```\ncode\n```   \n'],
    ['closed fence without a final newline', '```\ncode\n```'],
    ['indented code', 'Text.\n\n    code without a fence\n    ```\n'],
    ['fence inside a list item', '1. Step one:\n\n   ```sh\n   npm test\n   ```\n\n2. Step two.\n'],
    ['two closed fences', '```\na\n```\n\ntext\n\n~~~~\nb\n~~~~\n'],
  ])('%s: no entries', (_, markdown) => {
    expect(run(markdown)).toEqual([]);
  });

  test('reports every unclosed fence once, at its own line', () => {
    const markdown = '```\nclosed\n```\n\n> quote\n\n- item\n  ```\n  open in list\n\nText.\n\n~~~\nopen to the end\n';
    expect(run(markdown).map((entry) => [entry.line, entry.message])).toEqual([
      [8, 'code fence ``` opened here is never closed'],
      [13, 'code fence ~~~ opened here is never closed'],
    ]);
  });
});
