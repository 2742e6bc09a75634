/** The two Shiki themes of every code block (the "default" GitHub pair: their comments pass WCAG AA contrast). */
import githubDark from 'shiki/themes/github-dark-default.mjs';
import githubLight from 'shiki/themes/github-light-default.mjs';
import type { CodeThemes } from './shiki-token-classes.ts';

/** Light is the default (and what prints); dark applies under `.dark` on `<html>`. */
export const CODE_THEMES: CodeThemes = { light: githubLight, dark: githubDark };
