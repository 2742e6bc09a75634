// Unit tests for the merged code theme: one tokenization gives exactly what two give, on every block of the real bank.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BundledLanguage, type BundledTheme, createHighlighter, type ThemedToken } from 'shiki';
import { describe, expect, test } from 'vitest';
import { CODE_THEMES } from '../../src/markdown/code-themes.ts';
import { mergeThemes, rulesOf } from '../../src/markdown/merged-theme.ts';

const GOLDEN_QUESTIONS = 'tests/golden/nodejs-interview-questions/questions';
const FENCE = /^```(\w+)[^\n]*\n([\s\S]*?)\n```$/gm;

const blocks = readdirSync(GOLDEN_QUESTIONS).flatMap((file) =>
  [...readFileSync(join(GOLDEN_QUESTIONS, file), 'utf8').matchAll(FENCE)].map(([, lang, code]) => ({
    lang: (lang ?? '') as BundledLanguage,
    code: code ?? '',
  })),
);
const merged = mergeThemes(CODE_THEMES.light, CODE_THEMES.dark);
const highlighter = await createHighlighter({
  themes: [CODE_THEMES.light, CODE_THEMES.dark, merged.theme],
  langs: [...new Set(blocks.map((block) => block.lang))],
});

type Look = [light: string, dark: string, fontStyle: number];

/** What each non-blank character looks like: its colour in each theme and its font style. */
function looks(lines: ThemedToken[][], look: (token: ThemedToken) => Look): Look[] {
  return lines.flat().flatMap((token) => [...token.content.replace(/\s/g, '')].map(() => look(token)));
}

describe('mergeThemes', () => {
  test('the source has code blocks in several languages to compare', () => {
    expect(blocks.length).toBe(121);
    expect(new Set(blocks.map((block) => block.lang)).size).toBeGreaterThan(4);
  });

  test('one pass with the merged theme colours every character as the two themes do, in every block', () => {
    const lightName = (CODE_THEMES.light.name ?? '') as BundledTheme;
    const darkName = (CODE_THEMES.dark.name ?? '') as BundledTheme;
    const lower = (color: string | undefined) => color?.toLowerCase() ?? '';
    for (const { lang, code } of blocks) {
      const [lightLines, darkLines] = [lightName, darkName].map((theme) => highlighter.codeToTokensBase(code, { lang, theme }));
      const expected = looks(lightLines ?? [], (token) => [lower(token.color), '', token.fontStyle ?? 0]);
      looks(darkLines ?? [], (token) => [lower(token.color), '', 0]).forEach((look, index) => {
        (expected[index] as Look)[1] = look[0];
      });
      const fg = [lower(CODE_THEMES.light.colors?.['editor.foreground']), lower(CODE_THEMES.dark.colors?.['editor.foreground'])];
      const actual = looks(
        highlighter.codeToTokensBase(code, { lang, theme: (merged.theme.name ?? '') as BundledTheme }),
        (token) => {
          const pair = merged.pairs.get(lower(token.color));
          return [pair?.light ?? fg[0] ?? '', pair?.dark ?? fg[1] ?? '', token.fontStyle ?? 0];
        },
      );
      expect(actual, `${lang} block starting ${JSON.stringify(code.slice(0, 40))}`).toEqual(expected);
    }
  });

  test('every stand-in colour is distinct and means one pair', () => {
    const standIns = rulesOf(merged.theme)
      .map((rule) => rule.settings.foreground)
      .filter(Boolean);
    expect(standIns.every((color) => merged.pairs.has(color ?? ''))).toBe(true);
    expect(new Set([...merged.pairs.values()].map((pair) => JSON.stringify(pair))).size).toBe(merged.pairs.size);
    expect(merged.pairs.get(merged.theme.colors?.['editor.foreground'] ?? '')).toEqual({ light: undefined, dark: undefined });
  });

  test('themes whose rules differ cannot be merged', () => {
    const { light, dark } = CODE_THEMES;
    const shorter = { ...dark, tokenColors: rulesOf(dark).slice(1) };
    expect(() => mergeThemes(light, shorter)).toThrow(/differ in rule 0/);
    const italic = rulesOf(dark).map((rule, index) =>
      index === 0 ? { ...rule, settings: { ...rule.settings, fontStyle: 'italic' } } : rule,
    );
    expect(() => mergeThemes(light, { ...dark, tokenColors: italic })).toThrow(/differ in rule 0/);
  });

  test('a rule with a background but no colour is refused, not merged wrongly', () => {
    const withBackground = (theme: typeof CODE_THEMES.light) => ({
      ...theme,
      tokenColors: [...rulesOf(theme), { scope: 'x.y', settings: { background: '#ffffff' } }],
    });
    expect(() => mergeThemes(withBackground(CODE_THEMES.light), withBackground(CODE_THEMES.dark))).toThrow(
      /sets a background without a colour/,
    );
  });
});
