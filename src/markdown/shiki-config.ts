/** How code is highlighted: the theme Shiki tokenizes with and the transformers each block goes through. */
import type { ShikiTransformer } from 'shiki';
import { CODE_THEMES } from './code-themes.ts';
import { shikiCodeTitle } from './shiki-code-title.ts';
import { shikiRawLines } from './shiki-raw-lines.ts';
import { shikiTokenClasses, tokenClassifier } from './shiki-token-classes.ts';

const classifier = tokenClassifier(CODE_THEMES);

/** Run inside Shiki, on each block as it is highlighted; raw lines last, once the tokens have their classes. */
const shikiTransformers: ShikiTransformer[] = [shikiCodeTitle(), shikiTokenClasses(CODE_THEMES, classifier), shikiRawLines()];

/**
 * One theme carries both code themes, so each block is tokenized once (half the highlighting time); the
 * transformers turn its stand-in colours into each theme's classes.
 */
export const shikiConfig = { theme: classifier.theme, transformers: shikiTransformers };
