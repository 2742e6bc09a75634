/** Our passes of the markdown pipeline, in the order they run: what astro.config.mjs gives Shiki and Sätteri. */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { HastPluginEntry } from 'satteri';
import type { ShikiTransformer } from 'shiki';
import { CODE_THEMES } from './code-themes.ts';
import { codeFramesPlugin } from './hast-code-frames.ts';
import { headingLinksPlugin } from './hast-heading-links.ts';
import { searchWeightsPlugin } from './hast-search-weights.ts';
import { shikiCodeTitle } from './shiki-code-title.ts';
import { shikiRawLines } from './shiki-raw-lines.ts';
import { shikiTokenClasses, tokenClassifier } from './shiki-token-classes.ts';

export { CODE_THEMES };

const classifier = tokenClassifier(CODE_THEMES);

/** Run inside Shiki, on each block as it is highlighted. */
export const shikiTransformers: ShikiTransformer[] = [
  shikiCodeTitle(),
  shikiTokenClasses(CODE_THEMES, classifier),
  shikiRawLines(),
];

/**
 * Astro's `markdown.shikiConfig`. One theme carries both code themes, so each block is tokenized once (half the
 * build's highlighting time); the transformers turn its stand-in colours into each theme's classes.
 */
export const shikiConfig = { theme: classifier.theme, transformers: shikiTransformers };

/**
 * Run by Sätteri after highlighting. Astro adds its own heading-ids pass only after ours, so it runs here first;
 * its later run keeps these ids.
 */
export const hastPlugins: HastPluginEntry[] = [
  satteriHeadingIdsPlugin(),
  headingLinksPlugin,
  codeFramesPlugin(),
  searchWeightsPlugin,
];
