// Build test: every code block on every question page is framed, numbered, complete and free of inline colours.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLLAPSE_OVER } from '../../src/markdown/hast-code-frames.ts';
import { normalizedRealBank } from '../support/real-bank.ts';

const questions = normalizedRealBank().questions.map((question) => question.record);
const pages = questions.map((question) => ({
  question,
  html: readFileSync(join('dist', 'questions', question.slug, 'index.html'), 'utf8'),
}));

/** Each framed block of a page: its id, declared line count, whether collapsed, and its lines in the HTML. */
function blocks(html: string) {
  return html
    .split('<figure class="code not-prose"')
    .slice(1)
    .map((chunk) => {
      const figure = chunk.slice(0, chunk.indexOf('</figure>'));
      return {
        id: /^ id="([^"]+)"/.exec(figure)?.[1],
        lines: Number(/data-lines="(\d+)"/.exec(figure)?.[1]),
        collapsed: /^[^>]*data-collapsed/.test(figure),
        lineSpans: figure.split('<span class="line">').length - 1,
      };
    });
}

describe('code blocks in dist/', () => {
  test('the bank has 121 code blocks, every one framed', () => {
    const framed = pages.reduce((sum, { html }) => sum + blocks(html).length, 0);
    const pres = pages.reduce((sum, { html }) => sum + (html.split('<pre').length - 1), 0);
    expect(framed).toBe(121);
    expect(pres).toBe(121);
  });

  test.each(pages.map(({ question, html }) => [question.number, html] as const))(
    'Q%i: blocks are code-1…code-n, every line is in the HTML, long ones collapsed',
    (_number, html) => {
      const found = blocks(html);
      expect(found.map((block) => block.id)).toEqual(found.map((_, index) => `code-${index + 1}`));
      for (const block of found) {
        expect(block.lineSpans).toBe(block.lines);
        expect(block.collapsed).toBe(block.lines > COLLAPSE_OVER);
      }
    },
  );

  test('Q19 holds its 611-line block whole', () => {
    const q19 = pages.find(({ question }) => question.number === 19);
    expect(blocks(q19?.html ?? '')).toEqual([{ id: 'code-1', lines: 611, collapsed: true, lineSpans: 611 }]);
  });

  test('no token or block carries an inline style: colours come from the token stylesheet', () => {
    for (const { html } of pages) expect(html).not.toMatch(/<(pre|span)\b[^>]*\bstyle=/);
  });

  test.each(pages.map(({ question, html }) => [question.number, question, html] as const))(
    'Q%i: every section heading has an anchor to its id',
    (_number, question, html) => {
      for (const section of question.sections) expect(html).toContain(`<a class="anchor" href="#${section.id}"`);
    },
  );
});
