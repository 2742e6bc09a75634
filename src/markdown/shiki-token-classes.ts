/** Shiki transformer: token colours as short per-theme classes instead of inline styles, so long code stays small. */
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer, ThemeRegistrationRaw } from 'shiki';

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
  for (const rule of theme.tokenColors ?? theme.settings ?? []) {
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

/**
 * Classes for one token's Shiki style (`color:#D73A49;--shiki-dark:#F97583`): `[]` when the token has the
 * default colour in both themes, `undefined` when the style holds something no class expresses (kept inline).
 */
export function tokenClasses(style: string, light: Palette, dark: Palette): string[] | undefined {
  const styles = declarations(style);
  const lightColor = styles.get('color') ?? 'inherit';
  const darkColor = styles.get('--shiki-dark') ?? 'inherit';
  styles.delete('color');
  styles.delete('--shiki-dark');
  const font: string[] = [];
  for (const key of ['font-style', 'font-weight', 'text-decoration']) {
    const ownLight = styles.get(`--shiki-light-${key}`) ?? 'inherit';
    const ownDark = styles.get(`--shiki-dark-${key}`) ?? 'inherit';
    styles.delete(`--shiki-light-${key}`);
    styles.delete(`--shiki-dark-${key}`);
    if (ownLight !== ownDark) return undefined;
    if (ownLight === 'inherit') continue;
    const name = FONT_CLASSES[`${key}:${ownLight}`];
    if (!name) return undefined;
    font.push(name);
  }
  if (styles.size > 0) return undefined;
  const isDefault = (color: string, palette: Palette) => color === 'inherit' || color === palette.fg;
  if (isDefault(lightColor, light) && isDefault(darkColor, dark)) return font;
  const lightIndex = light.colors.indexOf(isDefault(lightColor, light) ? light.fg : lightColor);
  const darkIndex = dark.colors.indexOf(isDefault(darkColor, dark) ? dark.fg : darkColor);
  if (lightIndex < 0 || darkIndex < 0) return undefined;
  // Both classes always travel together: a token with only a light class would keep its light colour in dark mode.
  return [`l${lightIndex}`, `d${darkIndex}`, ...font];
}

function restyle(child: ElementContent, light: Palette, dark: Palette): ElementContent[] {
  if (child.type !== 'element' || typeof child.properties.style !== 'string') return [child];
  const classes = tokenClasses(child.properties.style, light, dark);
  if (classes === undefined) return [child];
  if (classes.length === 0) return child.children;
  const { style: _style, ...properties } = child.properties;
  return [{ ...child, properties: { ...properties, className: classes } }];
}

/** The transformer: token spans get palette classes (or lose their span), and the `<pre>` loses its inline colours. */
export function shikiTokenClasses(themes: CodeThemes): ShikiTransformer {
  const light = themePalette(themes.light);
  const dark = themePalette(themes.dark);
  return {
    name: 'token-classes',
    line(line: Element) {
      line.children = line.children.flatMap((child) => restyle(child, light, dark));
    },
    pre(pre: Element) {
      // code.css and the token stylesheet own colours and scrolling.
      delete pre.properties.style;
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
