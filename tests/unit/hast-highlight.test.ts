// Unit tests for the highlight pass and the build's highlighter: what the pass asks for, and what Shiki answers.
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { highlightPlugin } from '../../src/markdown/hast-highlight.ts';
import { highlightBlock } from '../../src/markdown/shiki-highlighter.ts';

describe('highlightPlugin', () => {
  test('asks for each fenced block with its code (no final newline), language and meta; math is left alone', async () => {
    const asked: Array<[string, string, string | undefined]> = [];
    const fake = async (code: string, lang: string, meta: string | undefined): Promise<Element> => {
      asked.push([code, lang, meta]);
      return { type: 'element', tagName: 'pre', properties: { className: ['fake'] }, children: [] };
    };
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, hastPlugins: [highlightPlugin(fake)] });
    const markdown = '```js title="a.js"\nconst a = 1;\n```\n\n```\nplain\n```\n\n```math\nx^2\n```';
    const { code: html } = await processor.render(markdown);
    expect(asked).toEqual([
      ['const a = 1;', 'js', 'title="a.js"'],
      ['plain', 'plaintext', undefined],
    ]);
    expect(html.match(/class="fake"/g)).toHaveLength(2);
    expect(html).toContain('x^2');
  });
});

describe('highlightBlock', () => {
  test('highlights in both themes’ classes, with the language on the <pre>', async () => {
    const pre = await highlightBlock({ code: 'const a = 1;', lang: 'javascript', meta: 'title="a.js"' });
    expect(pre.properties).toMatchObject({ dataLanguage: 'javascript', dataTitle: 'a.js' });
    expect(JSON.stringify(pre)).toMatch(/class=\\"l\d+ d\d+\\">const</);
  });

  test('an unknown language falls back to plain text, as Astro does', async () => {
    const pre = await highlightBlock({ code: 'x', lang: 'no-such-language', meta: undefined });
    expect(pre.properties.dataLanguage).toBe('plaintext');
  });
});
