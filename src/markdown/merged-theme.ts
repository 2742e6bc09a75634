/** One Shiki theme standing for a light and a dark theme, so each code block is tokenized once instead of once per theme. */
import type { ThemeRegistrationRaw } from 'shiki';

/** A token's colours in the two themes; `undefined` is the theme's default foreground. */
export interface ColorPair {
  light: string | undefined;
  dark: string | undefined;
  /** The light theme's token background, if its rule sets one (diff markup, for instance). */
  background?: string;
}

/** The merged theme, and what each of its stand-in colours means. */
export interface MergedTheme {
  theme: ThemeRegistrationRaw;
  /** Stand-in colour (`#00000a`, lower-case) → the pair it stands for. */
  pairs: ReadonlyMap<string, ColorPair>;
}

type Rule = NonNullable<ThemeRegistrationRaw['tokenColors']>[number];

/** A theme's rules, wherever it keeps them (VS Code themes in `tokenColors`, raw TextMate ones in `settings`). */
export const rulesOf = (theme: ThemeRegistrationRaw): Rule[] => theme.tokenColors ?? theme.settings ?? [];
const lower = (color: string | undefined) => color?.toLowerCase();

/**
 * Which rule wins for a token depends only on the scope selectors and on which settings a rule sets, never on
 * their values. So two themes whose rules have the same selectors, font styles and set keys resolve every token
 * to the same rule, and one pass of the grammar with a theme that encodes both colours gives both answers.
 */
function assertParallel(light: ThemeRegistrationRaw, dark: ThemeRegistrationRaw): void {
  const shape = (rule: Rule) =>
    JSON.stringify([
      rule.scope,
      rule.settings.fontStyle,
      rule.settings.foreground === undefined,
      rule.settings.background === undefined,
    ]);
  const [lightRules, darkRules] = [rulesOf(light), rulesOf(dark)];
  const mismatch = lightRules.findIndex((rule, index) => !darkRules[index] || shape(rule) !== shape(darkRules[index]));
  if (mismatch >= 0 || lightRules.length !== darkRules.length) {
    const where = mismatch >= 0 ? `rule ${mismatch}` : 'the number of rules';
    throw new Error(`Code themes ${light.name} and ${dark.name} differ in ${where}: they cannot share one tokenization.`);
  }
}

/** Merges two parallel themes (same rules, different colours); throws if they are not parallel. */
export function mergeThemes(light: ThemeRegistrationRaw, dark: ThemeRegistrationRaw): MergedTheme {
  assertParallel(light, dark);
  const pairs = new Map<string, ColorPair>();
  const codes = new Map<string, string>();
  const standIn = (pair: ColorPair): string => {
    const key = `${pair.light}|${pair.dark}|${pair.background}`;
    let code = codes.get(key);
    if (code === undefined) {
      code = `#${codes.size.toString(16).padStart(6, '0')}`;
      codes.set(key, code);
      pairs.set(code, pair);
    }
    return code;
  };
  const foreground = standIn({ light: undefined, dark: undefined });
  const darkRules = rulesOf(dark);
  const tokenColors = rulesOf(light).map((rule, index) => {
    // The background travels inside the stand-in colour, so the grammar's answer is still one value per token.
    const { foreground: lightColor, background, ...settings } = rule.settings;
    if (lightColor === undefined) {
      if (background !== undefined)
        throw new Error(`Code theme ${light.name}: rule ${index} sets a background without a colour.`);
      return { ...rule, settings };
    }
    const pair: ColorPair = { light: lower(lightColor), dark: lower(darkRules[index]?.settings.foreground) };
    if (background !== undefined) pair.background = background.toLowerCase();
    return { ...rule, settings: { ...settings, foreground: standIn(pair) } };
  });
  const theme: ThemeRegistrationRaw = {
    name: `${light.name}+${dark.name}`,
    type: light.type ?? 'light',
    colors: { 'editor.foreground': foreground, 'editor.background': '#ffffff' },
    // A raw theme's rules go in `settings`; Shiki reads `tokenColors` only when `settings` is absent.
    settings: tokenColors,
  };
  return { theme, pairs };
}
