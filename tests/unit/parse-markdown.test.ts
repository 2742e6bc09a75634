// Unit tests for parse-markdown: parsing section by section gives the very tree, positions included, of one whole parse.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { decodeSource } from '../../src/normalize/decode-source.ts';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { repairEncoding } from '../../src/normalize/repair-encoding.ts';
import { bankDocument, block, inline } from '../support/markdown-arbitraries.ts';

const whole = (text: string): Root => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
// FUZZ_RUNS=5000 searches deeper, as in fuzz.test.ts.
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const TIMEOUT = 30_000 * Math.max(1, RUNS / 200);
const same = (text: string): void => {
  expect(parseMarkdown(text)).toStrictEqual(whole(text));
};

describe('parse-markdown', () => {
  test.each([
    ['a fence containing a "## " line', '# T\n\n```md\n## Not a heading\n```\n\n## S\n\ntext\n'],
    ['an unclosed fence swallowing later headings', '# T\n\n## A\n\n```\ncode\n## B\n\n## C\ntext\n'],
    ['a fence the cut finder sees but the parser does not', '# T\n\n- item\n\n  ```\n# heading\n  ```\n# swallowed?\n\n## C\n'],
    ['raw HTML right before a heading, which it swallows', '# T\n\n<div>\nhtml\n## Swallowed\n\n## Real\n\ntext\n'],
    ['an unclosed HTML comment', '# T\n\ntext\n\n<!-- open\n\n## A\n\n## B\n\n## C\n'],
    [
      'a lazy continuation line right before a heading',
      '# T\n\n- item\ncontinued lazily\n## Next\n\n> quote\nlazy\n### Q1: x\ny\n',
    ],
    ['a table right before a heading', '# T\n\n| a | b |\n| - | - |\n| 1 | 2 |\n## After\n'],
    ['a heading under a paragraph, and a rule under the heading', 'Para\n## H\n---\n## I\n===\n'],
    ['no heading at all', 'Just text.\n\n- a list\n'],
    ['a heading on the last line, without a line ending', 'text\n## End'],
    ['a heading on the first line', '# Title\n## Sub\n'],
    ['blank lines and spaces around the cuts', '\n\n# T\n\n\n## A  \n   \n\t\n## B\n\n'],
    ['an empty text', ''],
    ['CRLF line endings', '# T\r\n\r\n## A\r\ntext\r\n## B\r\n'],
    ['a byte order mark', '\uFEFF# T\n\n## A\n'],
    ['indented code first, a footnote defined in the next section', '    code\n## A\n[^n]: note\n'],
  ])('%s', (_, text) => same(text));

  test('positions are those of the whole text: lines, columns and offsets', () => {
    const text = '# T\n\nIntro.\n\n## A\n\n- one\n- two\n\n## B\n\n```js\nx\n```\n';
    const tree = parseMarkdown(text);
    expect(tree).toStrictEqual(whole(text));
    const code = tree.children.at(-1);
    expect(code?.position?.start).toEqual({ line: 12, column: 1, offset: text.indexOf('```js') });
  });

  test('a reference resolves to a definition in another section, before or after it', () => {
    const text = [
      '# T\n\nSee [docs], [x][Docs], ![img][pic] and [^1], [^note].',
      '## A\n\n[docs]: https://a.example\n\nAlso [late] and [^2].',
      '## B\n\n- [pic]: p.png "title"\n\n> [^note]: in a quote\n\n[^1]: one',
      '## C\n\n[late]: /late\n\n[^2]: two\n\n[unused]: /u',
    ].join('\n\n');
    same(text);
    expect(JSON.stringify(parseMarkdown(text))).toContain('"referenceType":"full"');
  });

  test('labels that fold case or carry escapes match across sections as in one parse', () => {
    same('[ẞ] [\u212A] [a\\]b] [Foo  Bar] [^X]\n\n## A\n\n[SS]: /ss\n[k]: /k\n[a\\]b]: /ab\n[foo\nbar]: /fb\n\n[^x]: note\n');
  });

  test('a "]:" in code is no definition', () => {
    same('# T\n\n[a]\n\n## A\n\n```js\nconst o = { [a]: 1 };\n```\n');
  });

  test('the real bank', () => {
    const file = 'content/nodejs-interview-questions.md';
    same(repairEncoding(decodeSource(readFileSync(file), file), []));
  });

  test(
    'generated banks',
    () => {
      fc.assert(fc.property(bankDocument, same), { numRuns: RUNS });
    },
    TIMEOUT,
  );

  // Blocks with a stake in the cuts, glued to headings with and without a blank line between them.
  const piece = fc.oneof(
    { weight: 4, arbitrary: block },
    { weight: 3, arbitrary: inline.map((text) => `## ${text}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ...['<div>', '<!-- open', '-->', '<pre>', '</pre>', '```', '~~~', '\t```', '- item', '> quote', '1. one'],
        ...['| a | b |', '| - | - |', '===', '***', '    ## indented', '[^n]:', '    indented'],
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('[a]: /a', '[^n]: note', '[B]: /b "t"', '    [c]: /c', '- [d]: /d') },
    { weight: 1, arbitrary: fc.constantFrom('See [a], [b][], [c][B], [d] and [^n].', '[a] [^m]', 'lazy line') },
  );
  const glued = fc
    .array(fc.tuple(piece, fc.constantFrom('\n', '\n\n')), { maxLength: 12 })
    .map((pieces) => pieces.map(([text, glue]) => text + glue).join(''));

  test(
    'generated texts with fences, HTML, lists and definitions around the headings',
    () => {
      fc.assert(fc.property(glued, same), { numRuns: RUNS * 2 });
    },
    TIMEOUT,
  );
});
