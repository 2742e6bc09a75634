// @ts-check
/** Site configuration: the normalizer runs first, MDX pages are highlighted by Shiki, Pagefind indexes the result. */
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { markdownPlugins } from './src/integrations/markdown-plugins.ts';
import { normalizeContent } from './src/integrations/normalize-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { rehypeSearchWeights } from './src/markdown/rehype-search-weights.ts';

// Deploy anywhere: SITE_URL is the origin (for canonical links), BASE_PATH the sub-path the site lives under.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [normalizeContent(), markdownPlugins([rehypeSearchWeights]), mdx(), pagefindIndex()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: 'light' },
  },
  vite: { plugins: [tailwindcss()] },
});
