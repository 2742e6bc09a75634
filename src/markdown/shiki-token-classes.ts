/** Shiki transformer: token colours as short per-theme classes instead of inline styles, so long code stays small. */
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer, ThemeRegistrationRaw } from 'shiki';
import { type ColorPair, type MergedTheme, mergeThemes, rulesOf } from './merged-theme.ts';

/** The two themes of every code block; light is Shiki's default colour, dark is applied under `.dark`. */
export interface CodeThemes {
  light: ThemeRegistrationRaw;
  dark: ThemeRegistrationRaw;
}

interface Palette {
  /** Every foreground colour the theme can give a token, lower-case, sorted: a class is `<prefix><index>`. */
  colors: string[];
  fg: string;
  bg: string;
}

const FONT_CLASSES: Readonly<Record<string, string>> = {
  'font-style:italic': 'i',
  'font-weight:bold': 'b',
  'text-decoration:underline': 'u',
};

function themeColor(theme: ThemeRegistrationRaw, key: string, fallback: string): string {
  return (theme.colors?.[key] ?? fallback).toLowerCase();
}

/** The colours of one theme: its editor foreground and background, and every token foreground. */
export function themePalette(theme: ThemeRegistrationRaw): Palette {
  const fg = themeColor(theme, 'editor.foreground', theme.type === 'dark' ? '#ffffff' : '#000000');
  const bg = themeColor(theme, 'editor.background', theme.type === 'dark' ? '#000000' : '#ffffff');
  const colors = new Set([fg]);
  for (const rule of rulesOf(theme)) {
    const color = rule.settings.foreground;
    if (color) colors.add(color.toLowerCase());
  }
  return { colors: [...colors].sort(), fg, bg };
}

function declarations(style: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0)
      map.set(
        part.slice(0, colon).trim(),
        part
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return map;
}

/** Maps the style Shiki gives a token under the merged theme to palette classes. */
export interface TokenClassifier {
  /** The theme to highlight with: one grammar pass per block gives both themes' colours. */
  theme: MergedTheme['theme'];
  /**
   * Classes for one token's style (`color:#00000a;font-style:italic`): `[]` when the token has the default colour
   * in both themes, `undefined` when something no class expresses is left (then `inlineStyle` gives its style).
   */
  classes(style: string): string[] | undefined;
  /** The light theme's colours as an inline style, for a token `classes` cannot express. */
  inlineStyle(style: string): string;
}

/** The classifier for two themes, which must be parallel (see mergeThemes). */
export function tokenClassifier(themes: CodeThemes): TokenClassifier {
  const { theme, pairs } = mergeThemes(themes.light, themes.dark);
  const light = themePalette(themes.light);
  const dark = themePalette(themes.dark);
  const pairOf = (styles: Map<string, string>): ColorPair | undefined =>
    pairs.get(styles.get('color') ?? theme.colors?.['editor.foreground'] ?? '');
  return {
    theme,
    classes(style) {
      const styles = declarations(style);
      const pair = pairOf(styles);
      if (!pair || pair.background !== undefined) return undefined;
      styles.delete('color');
      const font: string[] = [];
      for (const [key, value] of styles) {
        // A value can hold several decorations at once: each word needs a class of its own.
        for (const word of value.split(/\s+/)) {
          const name = FONT_CLASSES[`${key}:${word}`];
          if (!name) return undefined;
          font.push(name);
        }
      }
      const lightColor = pair.light ?? light.fg;
      const darkColor = pair.dark ?? dark.fg;
      if (lightColor === light.fg && darkColor === dark.fg) return font;
      // Both classes always travel together: a token with only a light class would keep its light colour in dark mode.
      return [`l${light.colors.indexOf(lightColor)}`, `d${dark.colors.indexOf(darkColor)}`, ...font];
    },
    inlineStyle(style) {
      const styles = declarations(style);
      const pair = pairOf(styles);
      styles.set('color', pair?.light ?? light.fg);
      if (pair?.background) styles.set('background-color', pair.background);
      return [...styles].map(([key, value]) => `${key}:${value}`).join(';');
    },
  };
}

function restyle(child: ElementContent, classifier: TokenClassifier): ElementContent[] {
  if (child.type !== 'element' || typeof child.properties.style !== 'string') return [child];
  const classes = classifier.classes(child.properties.style);
  if (classes === undefined)
    return [{ ...child, properties: { ...child.properties, style: classifier.inlineStyle(child.properties.style) } }];
  if (classes.length === 0) return child.children;
  const { style: _style, ...properties } = child.properties;
  return [{ ...child, properties: { ...properties, className: classes } }];
}

/** The `<pre>`'s classes, as Astro writes them for a pair of themes (`astro-code` is what code.css styles). */
const preClass = (themes: CodeThemes) => `astro-code astro-code-themes ${themes.light.name} ${themes.dark.name}`;

/**
 * The transformer, for blocks highlighted with `classifier.theme`: token spans get palette classes (or lose their
 * span), and the `<pre>` loses its inline colours.
 */
export function shikiTokenClasses(themes: CodeThemes, classifier = tokenClassifier(themes)): ShikiTransformer {
  return {
    name: 'token-classes',
    line(line: Element) {
      line.children = line.children.flatMap((child) => restyle(child, classifier));
    },
    pre(pre: Element) {
      // code.css and the token stylesheet own colours and scrolling.
      delete pre.properties.style;
      pre.properties.class = preClass(themes);
    },
  };
}

/** A CSS rule laid out as Biome formats it, so the checked-in file stays lint-clean. */
function rule(selector: string, declarations: string[], indent = ''): string {
  return [`${indent}${selector} {`, ...declarations.map((line) => `${indent}  ${line};`), `${indent}}`].join('\n');
}

/** The stylesheet for those classes: light colours always (and in print), dark ones on screen under `.dark`. */
export function tokenClassesCss(themes: CodeThemes): string {
  const light = themePalette(themes.light);
  const dark = themePalette(themes.dark);
  const colors = (palette: Palette, prefix: string, scope: string, indent = '') =>
    palette.colors.map((color, index) => rule(`${scope}.astro-code .${prefix}${index}`, [`color: ${color}`], indent));
  return [
    `/* Generated by tokenClassesCss() in src/markdown/shiki-token-classes.ts from ${themes.light.name} and ${themes.dark.name}: do not edit; regenerate with UPDATE=1 npm run test:unit. */`,
    rule('.astro-code', [
      `--code-fg: ${light.fg}`,
      `--code-bg: ${light.bg}`,
      'color: var(--code-fg)',
      'background-color: var(--code-bg)',
    ]),
    ...colors(light, 'l', ''),
    rule('.astro-code .i', ['font-style: italic']),
    rule('.astro-code .b', ['font-weight: 700']),
    rule('.astro-code .u', ['text-decoration: underline']),
    '@media screen {',
    rule('.dark .astro-code', [`--code-fg: ${dark.fg}`, `--code-bg: ${dark.bg}`], '  '),
    ...colors(dark, 'd', '.dark ', '  '),
    '}',
    '',
  ].join('\n');
}
