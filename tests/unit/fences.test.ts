// Unit tests for fencedLines: which lines of a bank's text are fenced code, as CommonMark opens and closes fences.
import { describe, expect, test } from 'vitest';
import { fencedLines } from '../../src/normalize/fences.ts';

/** The 1-based numbers of the lines taken as fenced code. */
const fenced = (text: string, depth: 'any' | 'top-level' = 'any') =>
  fencedLines(text.split('\n'), depth).flatMap((inside, index) => (inside ? [index + 1] : []));

describe('fencedLines', () => {
  test('a fence runs from its opening line to a closing one of the same character, at least as long', () => {
    expect(fenced('text\n```js\ncode\n```\nafter')).toEqual([2, 3, 4]);
    expect(fenced('~~~~\n```\n~~~\ncode\n~~~~\nafter')).toEqual([1, 2, 3, 4, 5]);
  });

  test('a line with an info string, or indented four columns past the fence, is code, not a closing fence', () => {
    expect(fenced('```\n```js\n```\nafter')).toEqual([1, 2, 3]);
    expect(fenced('```\ncode\n    ```\n```\nafter')).toEqual([1, 2, 3, 4]);
    // In a list item the fence is indented; a fence line indented four more is a line of its code.
    const item = ['- item', '', '  ```', '      ```', '  ![badge](b.svg)', '  ```', 'after'].join('\n');
    expect(fenced(item)).toEqual([3, 4, 5, 6]);
  });

  test("a fence opened in a list item ends with the item, at a line indented less than the item's content", () => {
    const item = ['1. ### Q', '', '     ```js', '     code', '', '       more', 'Prose after the list.'].join('\n');
    expect(fenced(item)).toEqual([3, 4, 5, 6]);
  });

  test('at the top level a closing fence may sit anywhere from no indent to three spaces, whatever the opening', () => {
    expect(fenced('  ```\ncode\n```\n# Heading', 'top-level')).toEqual([1, 2, 3]);
    expect(fenced('```\ncode\n   ```\n# Heading', 'top-level')).toEqual([1, 2, 3]);
    // Anywhere, the opening might sit in a list item whose content starts at its column: the line stays code.
    expect(fenced('  ```\ncode\n```\n# Heading')).toEqual([1, 2, 3, 4]);
  });

  test('backticks in a backtick fence info string make a code span; top-level fences open at three spaces at most', () => {
    expect(fenced('``` a `span` ```\ntext')).toEqual([]);
    expect(fenced('    ```\n    code\n    ```', 'top-level')).toEqual([]);
    expect(fenced('    ```\n    code\n    ```')).toEqual([1, 2, 3]);
  });
});
