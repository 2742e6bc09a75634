// Unit tests for the raw-lines transformer: the lines become one raw HTML node with the same HTML, lines still counted.
import type { Element } from 'hast';
import { createHighlighter, hastToHtml } from 'shiki';
import { describe, expect, test } from 'vitest';
import { lineCount } from '../../src/markdown/hast-code-frames.ts';
import { shikiRawLines } from '../../src/markdown/shiki-raw-lines.ts';

const highlighter = await createHighlighter({ themes: ['github-light-default'], langs: ['javascript'] });
const code = "const a = '<b>&';\n\nfoo(a);";
const highlight = (transformers = [shikiRawLines()]) =>
  highlighter.codeToHast(code, { lang: 'javascript', theme: 'github-light-default', transformers }).children[0] as Element;

describe('shikiRawLines', () => {
  const pre = highlight();
  const codeElement = pre.children[0] as Element;

  // Raw HTML is written as is (Sätteri does, hast-util-to-html with allowDangerousHtml).
  const html = hastToHtml(pre, { allowDangerousHtml: true });

  test('the <code> holds one raw node: the same HTML Shiki writes for its lines', () => {
    expect(codeElement.children).toHaveLength(1);
    expect(codeElement.children[0]?.type).toBe('raw');
    expect(html).toBe(hastToHtml(highlight([])));
  });

  test('text is escaped once, as in any HTML', () => {
    expect(html).toContain(`'&#x3C;b>&#x26;'`);
  });

  test('lineCount counts the lines inside the raw HTML as it does nodes, empty lines included', () => {
    expect(lineCount(pre)).toBe(3);
    expect(lineCount(highlight([]))).toBe(3);
  });
});
