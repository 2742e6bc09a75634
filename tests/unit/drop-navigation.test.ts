// Unit tests for drop-navigation and front matter: lines that served only the raw file are blanked and reported.
import { describe, expect, test } from 'vitest';
import { dropNavigation } from '../../src/normalize/drop-navigation.ts';
import { readFrontMatter } from '../../src/normalize/front-matter.ts';
import type { ReportEntry } from '../../src/normalize/report.ts';
import { unbreakListHeadings } from '../../src/normalize/unbreak-list-headings.ts';

function dropped(text: string) {
  const report: ReportEntry[] = [];
  const out = dropNavigation(text, report);
  return { out, spans: report.map((entry) => [entry.line, entry.endLine, entry.message.split(' (')[0]]) };
}

describe('dropNavigation', () => {
  test('back-to-top links, in markdown or an HTML block, are blanked with their lines; line numbers stay', () => {
    const text = [
      '# Hills', // 1
      '',
      '## Q. What is a tarn?', // 3
      'A lake.',
      '**[⬆ Back to Top](#contents)**', // 5
      '',
      '<div align="right">', // 7
      '    <b><a href="#contents">↥ back to top</a></b>',
      '</div>', // 9
      '',
      'See [the top of the hill](#summit) for views.', // 11: prose with a link, kept
    ].join('\n');
    const { out, spans } = dropped(text);
    expect(spans).toEqual([
      [5, 5, '"back to top" link'],
      [7, 9, '"back to top" link'],
    ]);
    expect(out.split('\n')).toHaveLength(11);
    expect(out.split('\n')[10]).toBe('See [the top of the hill](#summit) for views.');
  });

  test('badges and an image banner before the first heading, HTML comments and <br> spacers; not inside code', () => {
    const text = [
      '# Hills', // 1
      '[![build](https://img.example/badge.svg)](https://ci.example) ![x](https://img.example/x.svg)', // 2
      '<p align="center">', // 3
      '<img src="banner.png">',
      '</p>', // 5
      '<!-- TOC -->', // 6
      '<br/>', // 7
      '## Q. What?', // 8
      '![a diagram](diagram.png)', // 9: an image in an answer is content
      '```html',
      '<br/>', // 11: code
      '```',
    ].join('\n');
    expect(dropped(text).spans).toEqual([
      [2, 2, 'badge line'],
      [3, 5, 'banner image'],
      [6, 6, 'HTML comment'],
      [7, 7, 'spacer <br>'],
    ]);
  });
});

test('a badge line inside a fence whose code has an indented fence line is code, not navigation', () => {
  const text = ['- item', '', '  ```', '      ```', '  ![badge](b.svg)', '  ```', '', '## Q. One?'].join('\n');
  expect(dropped(text)).toEqual({ out: text, spans: [] });
});

test('an unindented comment between a list and indented code stays: without it the code would join the list', () => {
  const text = ['### Q1: One?', '', '- item', '', '<!-- note -->', '', '    const x = 1;', '', '<!-- end -->'].join('\n');
  const { out, spans } = dropped(text);
  expect(out.split('\n')[4]).toBe('<!-- note -->');
  expect(spans).toEqual([[9, 9, 'HTML comment']]);
});

test('a documentation table-of-contents component is dropped; other components are not navigation', () => {
  const text = '# Hills\n\n<TOCInline toc={toc} />\n\n<Autocomplete />\n';
  expect(dropped(text).spans).toEqual([[3, 3, 'table-of-contents component']]);
});

describe('readFrontMatter', () => {
  test('title and description are metadata; the block is blanked and reported with its lines', () => {
    const report: ReportEntry[] = [];
    const { text, metadata } = readFrontMatter(
      '---\ntitle: Hill Questions\ndescription: About hills.\nslug: x\n---\n\n### One\n',
      report,
    );
    expect(metadata).toEqual({ title: 'Hill Questions', description: 'About hills.' });
    expect(text).toBe('\n\n\n\n\n\n### One\n');
    expect(report).toEqual([
      expect.objectContaining({ pass: 'front-matter', line: 1, endLine: 5, message: expect.stringContaining('not used: slug') }),
    ]);
  });

  test('a --- block that is not a YAML map stays text, with a warning', () => {
    const report: ReportEntry[] = [];
    const source = '---\njust a line: [unclosed\n---\n';
    expect(readFrontMatter(source, report).text).toBe(source);
    expect(report.map((entry) => entry.severity)).toEqual(['warning']);
  });
});

describe('unbreakListHeadings', () => {
  test('"27. ### …" after indented text is renumbered 1. with the same width; other lines unchanged', () => {
    const report: ReportEntry[] = [];
    const text = '1. ### One\n\n    Answer.\n\n        indented code\n\n27. ### Two\n\n    Answer.\n';
    const out = unbreakListHeadings(text, report);
    expect(out.split('\n')[6]).toBe('1.  ### Two');
    expect(out.split('\n').filter((_, index) => index !== 6)).toEqual(text.split('\n').filter((_, index) => index !== 6));
    expect(report.map((entry) => entry.line)).toEqual([7]);
  });
});
