/** The two Shiki themes of every code block (the "default" GitHub pair: their colours pass WCAG AA contrast). */
import githubDark from 'shiki/themes/github-dark-default.mjs';
import githubLight from 'shiki/themes/github-light-default.mjs';
import type { CodeThemes } from './shiki-token-classes.ts';

// Light comments (#6e7781) reach only 4.35:1 on the tinted frame background; the theme's own
// darker grey (#57606a) reads as a comment still and passes AA.
const light = JSON.parse(JSON.stringify(githubLight).replaceAll('#6e7781', '#57606a')) as typeof githubLight;

/** Light is the default (and what prints); dark applies under `.dark` on `<html>`. */
export const CODE_THEMES: CodeThemes = { light, dark: githubDark };
