// Unit tests for the token-classes transformer: style → classes, the palettes, real Shiki output, the checked-in CSS.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { createHighlighter } from 'shiki';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { CODE_THEMES } from '../../src/markdown/code-themes.ts';
import { rulesOf } from '../../src/markdown/merged-theme.ts';
import { shikiTokenClasses, themePalette, tokenClassesCss, tokenClassifier } from '../../src/markdown/shiki-token-classes.ts';

const CSS_FILE = 'src/styles/code-tokens.css';
const light = themePalette(CODE_THEMES.light);
const dark = themePalette(CODE_THEMES.dark);
const l = (color: string) => `l${light.colors.indexOf(color)}`;
const d = (color: string) => `d${dark.colors.indexOf(color)}`;

const highlighter = await createHighlighter({ themes: [], langs: ['javascript', 'yaml'] });

describe('themePalette', () => {
  test('holds the editor colours and every token colour, lower-case and sorted', () => {
    expect(light).toMatchObject({ fg: '#1f2328', bg: '#ffffff' });
    expect(dark).toMatchObject({ fg: '#e6edf3', bg: '#0d1117' });
    expect(light.colors).toContain('#cf222e');
    expect(light.colors).toContain(light.fg);
    expect(light.colors).toEqual([...new Set(light.colors)].sort());
  });
});

const classifier = tokenClassifier(CODE_THEMES);
/** The stand-in colour the merged theme gives a pair of colours. */
const standIn = (lightColor: string, darkColor: string) => {
  const theme = classifier.theme;
  const rule = rulesOf(theme).find((candidate) => {
    const classes = classifier.classes(`color:${candidate.settings.foreground}`);
    return classes?.join(' ') === `${l(lightColor)} ${d(darkColor)}`;
  });
  if (!rule?.settings.foreground) throw new Error(`no rule colours ${lightColor}/${darkColor}`);
  return rule.settings.foreground;
};

describe('tokenClassifier', () => {
  test.each([
    ['a keyword', () => `color:${standIn('#cf222e', '#ff7b72')}`, () => [l('#cf222e'), d('#ff7b72')]],
    ['the default colour in both themes', () => `color:${classifier.theme.colors?.['editor.foreground']}`, () => []],
    ['no colour at all (the default)', () => '', () => []],
    ['bold', () => `color:${standIn('#116329', '#7ee787')};font-weight:bold`, () => [l('#116329'), d('#7ee787'), 'b']],
    ['italic with the default colour', () => 'font-style:italic', () => ['i']],
    [
      'upper-case hex, as vscode-textmate writes it',
      () => `color:${standIn('#cf222e', '#ff7b72').toUpperCase()}`,
      () => [l('#cf222e'), d('#ff7b72')],
    ],
  ])('%s', (_name, style, expected) => {
    expect(classifier.classes(style())).toEqual(expected());
  });

  test.each([
    ['a colour that is no stand-in', 'color:#123456'],
    ['a decoration no class expresses', 'text-decoration:line-through'],
    ['a declaration no class expresses', 'background-color:#fff'],
  ])('%s stays inline', (_name, style) => {
    expect(classifier.classes(style)).toBeUndefined();
  });

  test('a token with a background (diff markup) stays inline, in the light theme’s colours', () => {
    const inserted = rulesOf(classifier.theme).find((rule) => [rule.scope].flat().includes('markup.inserted'));
    const style = `color:${inserted?.settings.foreground}`;
    expect(classifier.classes(style)).toBeUndefined();
    expect(classifier.inlineStyle(style)).toBe('color:#116329;background-color:#dafbe1');
  });
});

describe('shikiTokenClasses in Shiki', () => {
  const highlight = (code: string, lang: string): Root =>
    highlighter.codeToHast(code, { lang, theme: classifier.theme, transformers: [shikiTokenClasses(CODE_THEMES, classifier)] });

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

  test('the <pre> names both themes, as Astro writes a pair', () => {
    const pre = highlight('a: 1', 'yaml').children[0] as Element;
    expect(pre.properties.class).toBe('astro-code astro-code-themes github-light-default github-dark-default');
    expect(pre.properties.style).toBeUndefined();
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
