// Unit tests for the token-classes transformer: style → classes, the palettes, real Shiki output, the checked-in CSS.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { createHighlighter } from 'shiki';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { CODE_THEMES } from '../../src/markdown/code-themes.ts';
import { shikiTokenClasses, themePalette, tokenClasses, tokenClassesCss } from '../../src/markdown/shiki-token-classes.ts';

const CSS_FILE = 'src/styles/code-tokens.css';
const light = themePalette(CODE_THEMES.light);
const dark = themePalette(CODE_THEMES.dark);
const l = (color: string) => `l${light.colors.indexOf(color)}`;
const d = (color: string) => `d${dark.colors.indexOf(color)}`;

const highlighter = await createHighlighter({ themes: [CODE_THEMES.light, CODE_THEMES.dark], langs: ['javascript', 'yaml'] });

describe('themePalette', () => {
  test('holds the editor colours and every token colour, lower-case and sorted', () => {
    expect(light).toMatchObject({ fg: '#1f2328', bg: '#ffffff' });
    expect(dark).toMatchObject({ fg: '#e6edf3', bg: '#0d1117' });
    expect(light.colors).toContain('#cf222e');
    expect(light.colors).toContain(light.fg);
    expect(light.colors).toEqual([...new Set(light.colors)].sort());
  });
});

describe('tokenClasses', () => {
  test.each([
    ['a keyword', 'color:#CF222E;--shiki-dark:#FF7B72', [l('#cf222e'), d('#ff7b72')]],
    ['the default colour in both themes', 'color:#1F2328;--shiki-dark:#E6EDF3', []],
    ['a colour in light only: dark gets its default class', 'color:#0550AE;--shiki-dark:#E6EDF3', [l('#0550ae'), d('#e6edf3')]],
    [
      'bold in both themes',
      'color:#116329;--shiki-dark:#7EE787;--shiki-light-font-weight:bold;--shiki-dark-font-weight:bold',
      [l('#116329'), d('#7ee787'), 'b'],
    ],
    [
      'italic with default colours',
      'color:#1F2328;--shiki-dark:#E6EDF3;--shiki-light-font-style:italic;--shiki-dark-font-style:italic',
      ['i'],
    ],
  ])('%s', (_name, style, expected) => {
    expect(tokenClasses(style, light, dark)).toEqual(expected);
  });

  test.each([
    ['a colour outside the palette', 'color:#123456;--shiki-dark:#FF7B72'],
    [
      'a font style in one theme only',
      'color:#CF222E;--shiki-dark:#FF7B72;--shiki-light-font-style:italic;--shiki-dark-font-style:inherit',
    ],
    [
      'a font style no class expresses',
      'color:#CF222E;--shiki-dark:#FF7B72;--shiki-light-text-decoration:line-through;--shiki-dark-text-decoration:line-through',
    ],
    ['a background', 'color:#CF222E;--shiki-dark:#FF7B72;background-color:#fff'],
  ])('%s stays inline', (_name, style) => {
    expect(tokenClasses(style, light, dark)).toBeUndefined();
  });
});

describe('shikiTokenClasses in Shiki', () => {
  const highlight = (code: string, lang: string): Root =>
    highlighter.codeToHast(code, {
      lang,
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: 'light',
      transformers: [shikiTokenClasses(CODE_THEMES)],
    });

  test('no inline style is left, and default-coloured tokens lose their span', () => {
    const tree = highlight('const answer = 42; // why\nfoo(answer);', 'javascript');
    const styled: Element[] = [];
    const tokens: Array<[string, string]> = [];
    const bareText: string[] = [];
    // Shiki writes `class`, the transformer `className`.
    const classesOf = (node: Element) => [node.properties.className ?? node.properties.class ?? []].flat().join(' ');
    visit(tree, (node, _index, parent) => {
      if (node.type === 'text' && parent?.type === 'element' && classesOf(parent) === 'line') bareText.push(node.value);
      if (node.type !== 'element') return;
      if (node.properties.style !== undefined) styled.push(node);
      const classes = classesOf(node);
      if (node.tagName === 'span' && classes !== 'line') tokens.push([textOf(node), classes]);
    });
    expect(styled).toEqual([]);
    expect(tokens).toContainEqual(['const', `${l('#cf222e')} ${d('#ff7b72')}`]);
    expect(tokens.filter(([, classes]) => classes === '')).toEqual([]);
    expect(bareText.join('')).toContain('(');
  });

  test('the text is unchanged', () => {
    const code = 'key: value # note\nlist:\n  - "a"';
    expect(textOf(highlight(code, 'yaml'))).toBe(code);
  });
});

if (process.env.UPDATE === '1') writeFileSync(CSS_FILE, tokenClassesCss(CODE_THEMES));

test(`${CSS_FILE} is what tokenClassesCss() writes for the configured themes (UPDATE=1 regenerates it)`, () => {
  expect(readFileSync(CSS_FILE, 'utf8')).toBe(tokenClassesCss(CODE_THEMES));
});
