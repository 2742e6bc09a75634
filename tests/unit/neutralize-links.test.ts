// Unit tests for the neutralize-links pass: a link with an unsafe scheme becomes literal text, with a warning at its line.
import { compile } from '@mdx-js/mdx';
import type { RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { toMdxBody } from '../../src/normalize/emit-mdx.ts';
import { isUnsafeUrl, neutralizeLinks, urlScheme } from '../../src/normalize/neutralize-links.ts';
import { bankOf, draftFrom } from '../support/draft.ts';

/** The first question's blocks after the pass (the input draft must not change), and the report. */
function run(markdown: string) {
  const { bank, context } = draftFrom(markdown);
  const before = structuredClone(bank);
  const result = neutralizeLinks(bank, context);
  expect(bank).toEqual(before);
  return { result, blocks: result.questions[0]?.blocks ?? [], report: context.report };
}

/** Every URL a rendered page would still link to or load. */
function urls(blocks: RootContent[]): string[] {
  const found: string[] = [];
  visit({ type: 'root', children: blocks }, (node) => {
    if ('url' in node && typeof node.url === 'string') found.push(node.url);
  });
  return found;
}

const paragraphText = (blocks: RootContent[]) =>
  blocks.flatMap((block) =>
    block.type === 'paragraph' ? block.children.map((child) => ('value' in child ? child.value : '')) : [],
  );

describe('urlScheme and isUnsafeUrl', () => {
  test.each([
    ['javascript:alert(1)', 'javascript', true],
    ['JaVaScRiPt:alert(1)', 'javascript', true],
    ['  javascript:alert(1)', 'javascript', true],
    ['\u0001javascript:alert(1)', 'javascript', true],
    ['java\tscript:alert(1)', 'javascript', true],
    ['java\nscript:alert(1)', 'javascript', true],
    ['vbscript:msgbox', 'vbscript', true],
    ['data:text/html,<script>alert(1)</script>', 'data', true],
    ['file:///etc/passwd', 'file', true],
    ['https://nodejs.org/', 'https', false],
    ['HTTP://example.com', 'http', false],
    ['mailto:someone@example.com', 'mailto', false],
    ['tel:+15551234', 'tel', false],
    ['#section', undefined, false],
    ['./x', undefined, false],
    ['/questions/x/', undefined, false],
    ['//cdn.example.com/x.js', undefined, false],
    ['page?q=a:b', undefined, false],
    ['', undefined, false],
  ])('%j: scheme %j, unsafe %j', (url, scheme, unsafe) => {
    expect(urlScheme(url)).toBe(scheme);
    expect(isUnsafeUrl(url)).toBe(unsafe);
  });
});

describe('neutralizeLinks', () => {
  test('an inline javascript: link becomes its literal text, with a warning at its line', () => {
    const { blocks, report } = run(bankOf('A [click me](javascript:alert(1)) here.'));
    expect(urls(blocks)).toEqual([]);
    expect(paragraphText(blocks).join('')).toBe('A [click me](javascript:alert(1)) here.');
    expect(report).toEqual([
      {
        pass: 'neutralize-links',
        severity: 'warning',
        line: 4,
        message: 'link to "javascript:alert(1)" is shown as text: only http, https, mailto and tel links are kept',
      },
    ]);
  });

  test.each([
    ['mixed case', '[x](JaVaScRiPt:alert(1))', '[x](JaVaScRiPt:alert(1))'],
    ['a character reference', '[x](&#106;avascript:alert(1))', '[x](javascript:alert(1))'],
    ['an autolink', '<javascript:alert(1)>', '<javascript:alert(1)>'],
    ['an angle-bracket destination', '[x](<javascript:alert(1)>)', '[x](javascript:alert(1))'],
    ['a data: URL', '[x](data:text/html,hi)', '[x](data:text/html,hi)'],
    ['an image', '![pic](javascript:alert(1))', '![pic](javascript:alert(1))'],
    ['formatted link text', '[**bold** `code`](vbscript:x)', '[bold code](vbscript:x)'],
    ['an image inside a link, warned once', '[![a](javascript:1)](javascript:2)', '[a](javascript:2)'],
  ])('%s', (_, markdown, text) => {
    const { blocks, report } = run(bankOf(markdown));
    expect(urls(blocks)).toEqual([]);
    expect(paragraphText(blocks).join('')).toBe(text);
    expect(report).toHaveLength(1);
  });

  test('a reference to an unsafe definition is text, and so is the definition, which keeps its line', () => {
    const { blocks, report } = run(bankOf('See [full][evil], [evil][] and [evil].\n\n[evil]: javascript:alert(1)'));
    expect(urls(blocks)).toEqual([]);
    expect(paragraphText(blocks)).toEqual([
      'See ',
      '[full][evil]',
      ', ',
      '[evil][]',
      ' and ',
      '[evil]',
      '.',
      '[evil]: javascript:alert(1)',
    ]);
    expect(report.map((entry) => [entry.line, entry.message.slice(0, 30)])).toEqual([
      [4, 'link to "javascript:alert(1)" '],
      [4, 'link to "javascript:alert(1)" '],
      [4, 'link to "javascript:alert(1)" '],
      [6, 'link to "javascript:alert(1)" '],
    ]);
  });

  test('a reference in one question to an unsafe definition in another is text too', () => {
    const { result } = run(bankOf('Go [there][x].', 'Text.\n\n[x]: javascript:alert(1)'));
    expect(result.questions.flatMap((question) => urls(question.blocks))).toEqual([]);
  });

  test('a reference follows the first definition of its name, as CommonMark does: a later unsafe one is text only', () => {
    const { blocks, report } = run(bankOf('See [x].\n\n[x]: https://example.com\n\n[x]: javascript:alert(1)'));
    expect(urls(blocks)).toEqual(['https://example.com']);
    expect(paragraphText(blocks)).toContain('[x]: javascript:alert(1)');
    expect(paragraphText(blocks)).not.toContain('[x]');
    expect(report.map((entry) => entry.message.slice(0, 30))).toEqual(['link to "javascript:alert(1)" ']);
    const unsafeFirst = run(bankOf('See [x].\n\n[x]: javascript:alert(1)\n\n[x]: https://example.com'));
    expect(urls(unsafeFirst.blocks)).toEqual(['https://example.com']);
    expect(paragraphText(unsafeFirst.blocks)).toContain('[x]');
  });

  test('unsafe links in lists, tables, headings, block quotes and the intro are all converted', () => {
    const markdown = [
      '# Bank',
      '',
      'Intro [x](javascript:1).',
      '',
      '### Q1: One?',
      '',
      '#### See [y](javascript:2)',
      '',
      '- item [z](javascript:3)',
      '  - nested [w](javascript:4)',
      '',
      '> quoted [v](javascript:5)',
      '',
      '| a | b |',
      '| - | - |',
      '| [u](javascript:6) | ok |',
    ].join('\n');
    const { result, report } = run(markdown);
    expect([...urls(result.intro), ...urls(result.questions[0]?.blocks ?? [])]).toEqual([]);
    expect(report.map((entry) => entry.line)).toEqual([3, 7, 9, 10, 12, 16]);
  });

  test('safe links stay links, untouched and unreported', () => {
    const markdown = bankOf(
      '[a](https://nodejs.org) [b](mailto:x@y.z) [c](#part) [d](./other/) <https://e.org> [r]\n\n[r]: http://r.org',
    );
    const { blocks, report } = run(markdown);
    expect(urls(blocks)).toEqual(['https://nodejs.org', 'mailto:x@y.z', '#part', './other/', 'https://e.org', 'http://r.org']);
    expect(report).toEqual([]);
  });

  test('the MDX page shows the text and renders no javascript: link', async () => {
    const { blocks } = run(
      bankOf('A [click](javascript:alert(1)), <javascript:alert(2)> and [ref].\n\n[ref]: javascript:alert(3)'),
    );
    const js = String(await compile(toMdxBody(blocks)));
    expect(js).not.toMatch(/href: "javascript:/i);
    expect(js).toContain('[click](javascript:alert(1))');
    expect(js).toContain('[ref]: javascript:alert(3)');
  });

  test('the check above would catch a surviving link', async () => {
    expect(String(await compile('[click](javascript:alert\\(1\\))'))).toMatch(/href: "javascript:/i);
  });
});
