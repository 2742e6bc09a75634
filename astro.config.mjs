// @ts-check
/** Site configuration: the normalizer runs first, MDX pages are highlighted by Shiki, Pagefind indexes the result. */
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cspConfig, cspHeaders } from './src/integrations/csp-headers.ts';
import { normalizeContent } from './src/integrations/normalize-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// Deploy anywhere: SITE_URL is the origin (for canonical links), BASE_PATH the sub-path the site lives under.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [normalizeContent(), mdx(), cspHeaders(), pagefindIndex()],
  // A strict policy in every page's <meta>; the same, plus frame-ancestors, in dist/_headers.
  security: { csp: cspConfig() },
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: 'light' },
  },
  vite: { plugins: [tailwindcss()] },
});
