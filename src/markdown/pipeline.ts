/** Our passes of the markdown pipeline, in the order Sätteri runs them: what astro.config.mjs gives it. */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { HastPluginEntry } from 'satteri';
import { CODE_THEMES } from './code-themes.ts';
import { calloutsPlugin } from './hast-callouts.ts';
import { codeFramesPlugin } from './hast-code-frames.ts';
import { headingLinksPlugin } from './hast-heading-links.ts';
import { highlightPlugin } from './hast-highlight.ts';
import { searchWeightsPlugin } from './hast-search-weights.ts';

export { CODE_THEMES };

/**
 * Highlighting comes first (in place of Astro's, which is off: see hast-highlight.ts). Astro adds its own
 * heading-ids pass only after ours, so it runs here first; its later run keeps these ids.
 */
export const hastPlugins: HastPluginEntry[] = [
  highlightPlugin(),
  satteriHeadingIdsPlugin(),
  headingLinksPlugin,
  codeFramesPlugin(),
  searchWeightsPlugin,
  calloutsPlugin,
];
