/** The two Shiki themes of every code block, shared by the highlighter config and the token stylesheet. */
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import type { CodeThemes } from './shiki-token-classes.ts';

/** Light is the default (and what prints); dark applies under `.dark` on `<html>`. */
export const CODE_THEMES: CodeThemes = { light: githubLight, dark: githubDark };
