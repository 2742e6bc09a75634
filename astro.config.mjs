// @ts-check
/** Site configuration: the normalizer runs first, MDX pages are highlighted by Shiki, Pagefind indexes the result. */
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { normalizeContent } from './src/integrations/normalize-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// Deploy anywhere: SITE_URL is the origin (for canonical links), BASE_PATH the sub-path the site lives under.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [normalizeContent(), mdx(), pagefindIndex()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: 'light' },
  },
  vite: { plugins: [tailwindcss()] },
});
