// Unit tests for section-cuts: candidate cuts are ATX headings at column 1, never lines inside fenced code.
import { describe, expect, test } from 'vitest';
import { lineEnd, sectionCuts } from '../../src/normalize/section-cuts.ts';

/** The 1-based lines of the cuts, checking each offset against the line it names. */
const cutLines = (text: string) =>
  sectionCuts(text).map((cut) => {
    expect(text.slice(0, cut.offset).split('\n').length).toBe(cut.line);
    return cut.line;
  });

describe('section-cuts', () => {
  test('the text starts a section, and so does every ATX heading at column 1', () => {
    expect(cutLines('Intro.\n\n# Title\n\n## Section\ntext\n###### Deep\n#\n')).toEqual([1, 3, 5, 7, 8]);
  });

  test('a heading on the first line is not cut twice', () => {
    expect(cutLines('# Title\n\n## Section\n')).toEqual([1, 3]);
  });

  test('lines that only look like headings are no cuts', () => {
    expect(cutLines('a\n#hashtag\n ## indented\n####### seven\n\\# escaped\n')).toEqual([1]);
  });

  test('a fence containing a "## " line is not cut, and a heading after it is', () => {
    expect(cutLines('## A\n\n```bash\n## not a heading\n# comment\n```\n\n## B\n')).toEqual([1, 8]);
    expect(cutLines('~~~\n# in tilde fence\n~~~\n# after\n')).toEqual([1, 4]);
  });

  test('only a matching fence closes: same character, at least as long, nothing after it', () => {
    expect(cutLines('````\n```\n# still code\n~~~~\n# still code\n```` \n# heading\n')).toEqual([1, 7]);
    expect(cutLines('```\n```js\n# still code\n```\n# heading\n')).toEqual([1, 5]);
  });

  test('an unclosed fence runs to the end of the text', () => {
    expect(cutLines('# A\n```\n# B\n# C\n')).toEqual([1]);
  });

  test('a backtick in a backtick fence info string makes a code span, not a fence', () => {
    expect(cutLines('``` a`b\n# heading\n')).toEqual([1, 2]);
    expect(cutLines('~~~ a`b\n# code\n~~~\n')).toEqual([1]);
  });

  test('a fence indented four spaces is indented code, not a fence', () => {
    expect(cutLines('    ```\n# heading\n')).toEqual([1, 2]);
  });

  test('lineEnd is the offset of the next line ending, or the end of the text', () => {
    expect(lineEnd('ab\ncd', 0)).toBe(2);
    expect(lineEnd('ab\ncd', 3)).toBe(5);
  });
});
