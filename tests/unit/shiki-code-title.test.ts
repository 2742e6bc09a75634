// Unit tests for the code-title transformer: reading `title="…"` from fence meta and putting it on the <pre>.
import type { Element } from 'hast';
import { createHighlighter } from 'shiki';
import { describe, expect, test } from 'vitest';
import { fenceTitle, shikiCodeTitle } from '../../src/markdown/shiki-code-title.ts';

const highlighter = await createHighlighter({ themes: ['github-light'], langs: ['javascript'] });

describe('fenceTitle', () => {
  test.each([
    ['title="server.js"', 'server.js'],
    ['title="/etc/nginx/conf.d/nodejs-app.conf"', '/etc/nginx/conf.d/nodejs-app.conf'],
    ["title='app.js'", 'app.js'],
    ['{1,3} title="a b.js" showLineNumbers', 'a b.js'],
    ['title="say \\"hi\\".js"', 'say "hi".js'],
  ])('%j → %j', (meta, title) => {
    expect(fenceTitle(meta)).toBe(title);
  });

  test.each([undefined, '', 'subtitle="x.js"', 'title=""', 'title=server.js'])('%j has no title', (meta) => {
    expect(fenceTitle(meta)).toBeUndefined();
  });
});

describe('shikiCodeTitle in Shiki', () => {
  const pre = (meta?: string) =>
    highlighter.codeToHast('a()', {
      lang: 'javascript',
      theme: 'github-light',
      ...(meta === undefined ? {} : { meta: { __raw: meta } }),
      transformers: [shikiCodeTitle()],
    }).children[0] as Element;

  test('puts the title on the <pre> as data-title', () => {
    expect(pre('title="server.js"').properties.dataTitle).toBe('server.js');
  });

  test('leaves a block without a title alone', () => {
    expect(pre().properties.dataTitle).toBeUndefined();
  });
});
